/// The twelve months, with their English names and abbreviations.
public enum CalendarMonth: Int, Sendable, Hashable, CaseIterable {
  case january = 1
  case february, march, april, may, june, july, august, september, october,
    november, december

  /// Parses a month name or abbreviation, any case, with or without a final dot
  /// (`July`, `jul`, `Sept.`).
  public init?<S: StringProtocol>(name: S) {
    var lowered = name.lowercased()
    if lowered.hasSuffix(".") { lowered.removeLast() }
    guard lowered.count >= 3 else { return nil }
    for month in CalendarMonth.allCases {
      let full = month.name.lowercased()
      if lowered == full || (lowered.count <= 4 && full.hasPrefix(lowered)) {
        self = month
        return
      }
    }
    return nil
  }

  /// The English name (`July`).
  public var name: String {
    switch self {
    case .january: "January"
    case .february: "February"
    case .march: "March"
    case .april: "April"
    case .may: "May"
    case .june: "June"
    case .july: "July"
    case .august: "August"
    case .september: "September"
    case .october: "October"
    case .november: "November"
    case .december: "December"
    }
  }

  /// The number of days in this month of `year` (Gregorian).
  public func days(in year: Int) -> Int {
    switch self {
    case .february:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case .april, .june, .september, .november: return 30
    default: return 31
    }
  }
}
