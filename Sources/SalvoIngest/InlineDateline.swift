/// The dateline that opens a wire story's first paragraph: a place in capitals, a comma,
/// maybe a date, maybe the agency in parentheses, then a dash ("BAMAKO, 19 September 2024
/// (West Africa news service) -- More than 70 people …", "KYIV, March 13, 2024 (AP) — …",
/// "ADEN, Yemen (Reuters) - …"); on a line of its own the date may follow the dash.
/// Only a date with its year is a publication date.
struct InlineDateline {
  /// The publication date, when the dateline gives one with its year.
  var date: DateTextParser.Parsed?
  /// The agency or outlet in parentheses.
  var outlet: String?

  /// The most bytes a dateline spans before its dash.
  private static let maxBytes = 90
  /// The dashes that close a dateline, with the spaces around them.
  private static let dashes = [" -- ", " — ", " – ", " - ", "— ", "– "]

  /// Reads the dateline opening `line`; nil when the line does not open with one.
  init?(_ line: Substring, dates: DateTextParser) {
    let head = line.prefix(Self.maxBytes)
    guard
      let dash = Self.dashes.compactMap({ head.range(of: $0)?.lowerBound }).min(),
      let comma = head[..<dash].firstIndex(of: ",")
    else { return nil }
    // ("PORT SUDAN", "ADEN"): capital letters, spaces and hyphens only, two letters at least.
    let place = head[..<comma]
    guard place.count >= 2,
      place.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." }),
      place.contains(where: \.isLetter)
    else { return nil }
    date = read(head[head.index(after: comma)..<dash], dates: dates)
    // A dateline line may give the date after the dash: "PORT-AU-PRINCE, Haiti -- Saturday,
    // October 5, 2024 (Caribbean news site)".
    if date == nil, line.count <= Self.maxBytes,
      let after = Self.dashes.compactMap({ line.range(of: $0)?.upperBound }).min()
    {
      date = read(line[after...], dates: dates)
    }
  }

  /// The date of `text`, after taking an agency in parentheses at its end.
  private mutating func read(_ text: Substring, dates: DateTextParser) -> DateTextParser.Parsed? {
    var rest = text.trimmingWhitespace
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      let agency = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        .trimmingWhitespace
      if !agency.isEmpty, outlet == nil { outlet = agency }
      rest = rest[..<open].trimmingWhitespace
    }
    return dates.parse(rest[...], source: .dateline)
  }
}
