extension EventLine.Figure {
  /// The count in a few words: `40`, `about 40`, `more than 100`, `10-20`, or the text's
  /// own words for a vague amount (`dozens`).
  public var phrase: String {
    let number = value ?? low ?? high
    switch qualifier {
    case "range":
      if let low, let high { return EventLine.number(low) + "-" + EventLine.number(high) }
    case "vague":
      return text ?? "vague"
    default:
      break
    }
    guard let number else { return text ?? qualifier ?? "unknown" }
    let words: [String: String] = [
      "approx": "about", "more_than": "more than", "at_least": "at least",
      "less_than": "fewer than", "up_to": "up to",
    ]
    let amount = EventLine.number(number)
    return words[qualifier ?? "exact"].map { $0 + " " + amount } ?? amount
  }

  /// The count as a whole number for a numeric column: the value, else the lower bound
  /// (ACLED codes the lowest reported figure); `nil` for a vague amount.
  public var lowestCount: Int? {
    guard let number = value ?? low, number.isFinite, abs(number) < 1e15 else { return nil }
    return Int(number.rounded(.down))
  }
}

extension EventLine.EventDate {
  /// The date in a few words: `2024-10-01`, `week of 2024-09-30`, `2024-10`, `2024`,
  /// `2024-10-01 to 2024-10-14`, or `unknown`.
  public var phrase: String {
    guard let start else { return text.map { "unknown (\($0))" } ?? "unknown" }
    switch precision {
    case "day": return start
    case "week": return "week of " + start
    case "month": return String(start.prefix(7))
    case "year": return String(start.prefix(4))
    default: return end.map { $0 == start ? start : start + " to " + $0 } ?? start
    }
  }
}

extension EventLine.Location {
  /// The place's name with its country code when it names another place: `Eilat (IL)`.
  public var phrase: String {
    guard let country, country != name else { return name }
    return "\(name) (\(country))"
  }
}

extension EventLine {
  /// A number without a fraction when it is whole: `40`, `2.5`.
  public static func number(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return String(value)
  }
}
