import SalvoModel

/// A span of days as day numbers (days since 1970-01-01), with how precisely the text gave
/// it; what date compatibility compares.
struct DayInterval: Sendable, Hashable {
  /// First day.
  var start: Int
  /// Last day (inclusive); `Int.max` for an open-ended span ("since November").
  var end: Int
  /// The expression's precision.
  var precision: DatePrecision

  /// An interval of day precision.
  init(start: Int, end: Int) {
    self.start = start
    self.end = end
    precision = .day
  }

  /// The interval of a time expression, nil when it was not resolved.
  init?(_ time: TimeExpression) {
    guard time.precision != .unknown, let first = time.start else { return nil }
    start = Self.dayNumber(first)
    end = time.end.map(Self.dayNumber) ?? Int.max
    precision = time.precision
  }

  /// How many days either side a date of this precision may be off: a day-precise date
  /// in a report is often the day before or after (time zones, "overnight", publication
  /// day); a week is given as Monday–Sunday while reports straddle it.
  var slack: Int {
    switch precision {
    case .day: 1
    case .week: Self.largestSlack
    default: 0
    }
  }

  /// The largest slack of any precision.
  static let largestSlack = 2

  /// The number of days it spans (a large number for an open span).
  var length: Int { end == Int.max ? 100_000 : end - start + 1 }

  /// Whether the two spans overlap once widened by the larger slack of the two (so a day
  /// agrees with the day either side, not with the day after next).
  func overlaps(_ other: DayInterval) -> Bool {
    let slack = max(self.slack, other.slack)
    let endA = end == Int.max ? Int.max : end + slack
    return start - slack <= other.end && other.start <= endA
  }

  /// Days since 1970-01-01 of a date.
  static func dayNumber(_ date: CalendarDate) -> Int { date.dayNumber }

  /// `YYYY-MM-DD` of a day number.
  static func isoDate(_ day: Int) -> String { CalendarDate(dayNumber: day).description }

  /// The span as text: `2024-01-28`, `2024-01-01…2024-01-31`, `2024-11-01…`.
  var label: String {
    if end == start { return Self.isoDate(start) }
    return Self.isoDate(start) + "…" + (end == Int.max ? "" : Self.isoDate(end))
  }

  /// The month index (year × 12 + month − 1) of a day number.
  static func monthIndex(_ day: Int) -> Int {
    let date = CalendarDate(dayNumber: day)
    return date.year * 12 + date.month - 1
  }
}
