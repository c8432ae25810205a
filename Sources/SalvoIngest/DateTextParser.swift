import SalvoModel

/// Parses publication dates as datelines and metadata write them: `27/07/2024 23h56`,
/// `2024-07-27T23:56:00Z`, `July 27, 2024`, `Saturday 27 July 2024, 11:56 PM GMT`,
/// `Sat, 27 Jul 2024 23:56:00 +0000`, optionally after `Published:`, `Updated` or `Posted on`.
///
/// The whole string must be a date: any word left over means it is not one, so prose that
/// merely contains a date is never taken for a dateline.
struct DateTextParser {
  /// The outcome: a date, and whether day/month order had to be guessed.
  struct Parsed {
    var date: PublicationDate
    var ambiguousOrder: Bool
  }

  private static let prefixes: Set<String> = [
    "published", "posted", "updated", "last", "on", "date", "dated", "at", "first",
  ]
  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  private static let zones: Set<String> = [
    "gmt", "utc", "z", "bst", "cet", "cest", "eet", "eest", "est", "edt", "pst", "pdt", "cst",
    "cdt", "ast", "idt", "ist", "msk", "irst", "eat", "cat", "wat", "sast", "pkt", "gst", "trt",
    "aest", "aedt", "jst", "kst", "hkt", "sgt", "wib",
  ]

  /// Words that may remain in a date besides month names: `time(_:)` also accepts `T`,
  /// `h`, `am` and `pm`.
  private static let dateWords = prefixes.union(weekdays).union(zones).union([
    "t", "h", "am", "pm",
  ])

  /// Parses `text` as a date, or returns nil.
  func parse(_ text: Substring, source: PublicationDate.Source) -> Parsed? {
    guard Self.mayBeDate(text) else { return nil }
    return parseAll(text, source: source)
  }

  /// Whether `text` may parse, decided on its bytes without building pieces: false when a
  /// run of ASCII letters is no date word (a prefix, weekday, month, zone or time word),
  /// unless it is the first after a `.` other than a zone or "at", which `time(_:)` skips
  /// as fractional seconds or a sentence's next word. Text with non-ASCII bytes is left to
  /// the full parse.
  static func mayBeDate(_ text: Substring) -> Bool {
    var utf8 = text.utf8
    let verdict = utf8.withContiguousStorageIfAvailable(mayBeDate(bytes:))
    if let verdict { return verdict }
    utf8 = Substring(String(text)).utf8
    return utf8.withContiguousStorageIfAvailable(mayBeDate(bytes:)) ?? true
  }

  private static func mayBeDate(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var afterDot = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x80 { return true }
      let lower = byte | 0x20
      if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
        let start = index
        while index < bytes.count, bytes[index] | 0x20 >= UInt8(ascii: "a"),
          bytes[index] | 0x20 <= UInt8(ascii: "z")
        {
          index += 1
        }
        // The longest date word is nine letters: anything longer is none.
        let word =
          index - start <= 9
          ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
          : nil
        if afterDot {
          // `time(_:)` drops zones and "at" before it skips the piece after the dot: they
          // leave the skip to the word after them ("12:30. UTC day").
          if let word, isIgnoredInTime(word) { continue }
          afterDot = false
          continue
        }
        guard let word, isDateWord(word) else { return false }
        continue
      }
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"),
          bytes[index] <= UInt8(ascii: "9")
        {
          index += 1
        }
        afterDot = false
        continue
      }
      if byte == UInt8(ascii: ".") {
        afterDot = true
      } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "+")
      {
        afterDot = false
      }
      index += 1
    }
    return true
  }

  /// Whether `time(_:)` drops the word before reading the time: a zone or "at".
  private static func isIgnoredInTime(_ word: String) -> Bool {
    let lowered = word.lowercased()
    return lowered == "at" || zones.contains(lowered)
  }

  private static func isDateWord(_ word: String) -> Bool {
    let lowered = word.lowercased()
    return dateWords.contains(lowered) || CalendarMonth(name: lowered) != nil
  }

  /// Parses `text` as a date, or returns nil: the full parse, with no byte-level filter.
  func parseAll(_ text: Substring, source: PublicationDate.Source) -> Parsed? {
    var pieces = Self.pieces(of: text)
    while let first = pieces.first, first == ":" || Self.prefixes.contains(first.lowercased()) {
      pieces.removeFirst()
    }
    if let first = pieces.first, Self.weekdays.contains(first.lowercased()) { pieces.removeFirst() }
    guard !pieces.isEmpty else { return nil }
    var parsed: Parsed?
    var rest: ArraySlice<String> = []
    if let numeric = numericDate(pieces) {
      parsed = numeric.0
      rest = numeric.1
    } else if let named = namedDate(pieces) {
      parsed = named.0
      rest = named.1
    }
    guard var result = parsed else { return nil }
    guard let time = Self.time(rest) else { return nil }
    result.date.hour = time?.hour
    result.date.minute = time?.minute
    result.date.source = source
    return result
  }

  /// Splits into runs of digits, runs of letters, and the separators `/ - . : ,`.
  private static func pieces(of text: Substring) -> [String] {
    let ascii = text.utf8.withContiguousStorageIfAvailable(asciiPieces(of:))
    if let ascii, let pieces = ascii { return pieces }
    var pieces: [String] = []
    var current = ""
    var currentIsDigit = false
    func flush() {
      if !current.isEmpty { pieces.append(current) }
      current = ""
    }
    for character in text {
      if character.isNumber && character.isASCII {
        if !currentIsDigit { flush() }
        currentIsDigit = true
        current.append(character)
      } else if character.isLetter {
        if currentIsDigit { flush() }
        currentIsDigit = false
        current.append(character)
      } else {
        flush()
        if "/-.:+".contains(character) { pieces.append(String(character)) }
      }
    }
    flush()
    return pieces
  }

  /// `pieces(of:)` on bytes, for ASCII text (nil otherwise): there every character but
  /// CR LF is one byte, a digit or letter exactly when the byte is, and CR LF, a separator
  /// of neither kind, splits as its two bytes do.
  private static func asciiPieces(of bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var pieces: [String] = []
    var start = 0
    var kind: UInt8 = 0  // of the current run: 0 none, 1 digits, 2 letters
    func flush(_ end: Int) {
      if kind != 0 {
        pieces.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
      }
      kind = 0
    }
    for (index, byte) in bytes.enumerated() {
      guard byte < 0x80 else { return nil }
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      let next: UInt8 = isDigit ? 1 : isLetter ? 2 : 0
      if next != kind {
        flush(index)
        start = index
        kind = next
      }
      if next == 0 && "/-.:+".utf8.contains(byte) { pieces.append(String(UnicodeScalar(byte))) }
    }
    flush(bytes.count)
    return pieces
  }

  private func numericDate(_ pieces: [String]) -> (Parsed, ArraySlice<String>)? {
    guard pieces.count >= 5, let first = Int(pieces[0]), let second = Int(pieces[2]),
      let third = Int(pieces[4]), pieces[1] == pieces[3], "/-.".contains(pieces[1])
    else { return nil }
    let rest = pieces[5...]
    if pieces[0].count == 4 {
      guard let date = Self.date(year: first, month: second, day: third) else { return nil }
      return (Parsed(date: date, ambiguousOrder: false), rest)
    }
    let year = pieces[4].count == 2 ? 2000 + third : third
    guard pieces[4].count == 4 || pieces[4].count == 2 else { return nil }
    if first > 12, let date = Self.date(year: year, month: second, day: first) {
      return (Parsed(date: date, ambiguousOrder: false), rest)
    }
    if second > 12, let date = Self.date(year: year, month: first, day: second) {
      return (Parsed(date: date, ambiguousOrder: false), rest)
    }
    // Both readings are possible: day/month is the order of most of the world's press.
    guard let date = Self.date(year: year, month: second, day: first) else { return nil }
    return (Parsed(date: date, ambiguousOrder: first != second), rest)
  }

  private func namedDate(_ pieces: [String]) -> (Parsed, ArraySlice<String>)? {
    var slice = pieces[...]
    var day: Int?
    var month: CalendarMonth?
    if let number = slice.first.flatMap({ Int($0) }), slice.first?.count ?? 0 <= 2 {
      day = number
      slice = slice.dropFirst()
      if slice.first == "." || slice.first == "-" { slice = slice.dropFirst() }
      month = slice.first.flatMap { CalendarMonth(name: $0) }
      guard month != nil else { return nil }
      slice = slice.dropFirst()
    } else if let named = slice.first.flatMap({ CalendarMonth(name: $0) }) {
      month = named
      slice = slice.dropFirst()
      if slice.first == "." { slice = slice.dropFirst() }
      guard let number = slice.first.flatMap({ Int($0) }), slice.first?.count ?? 0 <= 2 else {
        return nil
      }
      day = number
      slice = slice.dropFirst()
    }
    while let first = slice.first, first == "." || first == "-" || first == "," {
      slice = slice.dropFirst()
    }
    guard let day, let month, let yearText = slice.first, yearText.count == 4,
      let year = Int(yearText), let date = Self.date(year: year, month: month.rawValue, day: day)
    else { return nil }
    return (Parsed(date: date, ambiguousOrder: false), slice.dropFirst())
  }

  /// The time in what follows a date: nil when something other than a time is left,
  /// `.some(nil)` when nothing is.
  private static func time(_ rest: ArraySlice<String>) -> (hour: Int, minute: Int)?? {
    var slice = rest.filter { !zones.contains($0.lowercased()) && $0 != "at" }[...]
    if slice.first == "T" || slice.first == "t" { slice = slice.dropFirst() }
    guard !slice.isEmpty else { return .some(nil) }
    guard var hour = slice.first.flatMap({ Int($0) }), hour < 24 else { return nil }
    slice = slice.dropFirst()
    guard let separator = slice.first, separator == ":" || separator.lowercased() == "h" else {
      return nil
    }
    slice = slice.dropFirst()
    guard let minute = slice.first.flatMap({ Int($0) }), minute < 60 else { return nil }
    slice = slice.dropFirst()
    if slice.first == ":", slice.dropFirst().first.flatMap({ Int($0) }) != nil {
      slice = slice.dropFirst(2)
    }
    if slice.first == "." { slice = slice.dropFirst(2) }  // fractional seconds
    if let meridiem = slice.first?.lowercased(), meridiem == "am" || meridiem == "pm" {
      if meridiem == "pm" && hour < 12 { hour += 12 }
      if meridiem == "am" && hour == 12 { hour = 0 }
      slice = slice.dropFirst()
    }
    // A numeric zone offset: +03:00, -0500.
    if let sign = slice.first, sign == "+" || sign == "-" {
      slice = slice.dropFirst()
      while let piece = slice.first, Int(piece) != nil || piece == ":" { slice = slice.dropFirst() }
    }
    return slice.isEmpty ? .some((hour, minute)) : nil
  }

  static func date(year: Int, month: Int, day: Int) -> PublicationDate? {
    guard (1900...2200).contains(year), let calendarMonth = CalendarMonth(rawValue: month),
      day >= 1, day <= calendarMonth.days(in: year)
    else { return nil }
    return PublicationDate(year: year, month: month, day: day, source: .dateline)
  }
}
