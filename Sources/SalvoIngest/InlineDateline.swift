import SalvoModel

/// The dateline that opens a wire story's first paragraph: a place in capitals, a comma,
/// maybe a date, maybe the agency in parentheses, then a dash ("BAMAKO, 19 September 2024
/// (West Africa news service) -- More than 70 people …", "KYIV, March 13, 2024 (AP) — …",
/// "ADEN, Yemen (Reuters) - …"); on a line of its own the date may follow the dash.
/// Only a date with its year is a publication date.
struct InlineDateline {
  /// The publication date, when the dateline gives one with its year.
  var date: PublicationDate?
  /// The agency or outlet in parentheses.
  var outlet: String?

  /// The most bytes a dateline spans before its dash.
  private static let maxBytes = 90

  /// Reads the dateline opening `line`; nil when the line does not open with one.
  init?(_ line: Substring, dates: DateTextParser) {
    // ("PORT SUDAN", "ADEN"): capital letters, spaces, hyphens and dots, then a comma;
    // checked on the bytes first, since most lines fail at once.
    guard let comma = Self.placeEnd(line) else { return nil }
    let head = line.prefix(Self.maxBytes)
    guard let dash = Self.dash(in: head[comma...]) else { return nil }
    date = read(head[head.index(after: comma)..<dash.lowerBound], dates: dates)
    // A dateline line may give the date after the dash: "PORT-AU-PRINCE, Haiti -- Saturday,
    // October 5, 2024 (Caribbean news site)".
    if date == nil, line.utf8.count <= Self.maxBytes {
      date = read(line[dash.upperBound...], dates: dates)
    }
  }

  /// The comma after a place in capitals that opens `line`, if one does.
  private static func placeEnd(_ line: Substring) -> Substring.Index? {
    var letters = 0
    for index in line.utf8.indices.prefix(40) {
      switch line.utf8[index] {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
      case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"):
        guard letters > 0 else { return nil }
      case UInt8(ascii: ","): return letters >= 2 ? index : nil
      default: return nil
      }
    }
    return nil
  }

  /// The dash that closes a dateline ("--", "—", "–", or " - "), with the spaces around it.
  private static func dash(in text: Substring) -> Range<Substring.Index>? {
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      var end: Substring.Index?
      if character == "—" || character == "–" {
        end = next
      } else if character == "-", next < text.endIndex {
        if text[next] == "-" {
          end = text.index(after: next)
        } else if text[next] == " ", index > text.startIndex,
          text[text.index(before: index)] == " "
        {
          end = next
        }
      }
      if var end {
        while end < text.endIndex, text[end] == " " { end = text.index(after: end) }
        var start = index
        while start > text.startIndex, text[text.index(before: start)] == " " {
          start = text.index(before: start)
        }
        return start..<end
      }
      index = next
    }
    return nil
  }

  /// The date of `text`, after taking an agency in parentheses at its end.
  private mutating func read(_ text: Substring, dates: DateTextParser) -> PublicationDate? {
    var rest = text.trimmingWhitespace
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      let agency = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        .trimmingWhitespace
      if !agency.isEmpty, outlet == nil { outlet = agency }
      rest = rest[..<open].trimmingWhitespace
    }
    return dates.parse(rest[...], source: .dateline)?.date
  }
}
