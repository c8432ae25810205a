/// A calendar day (proleptic Gregorian), without time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Creates a date; callers keep the fields valid.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// ISO 8601, `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// How precisely a date expression pins down time.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable {
  case day, week, month, year, range, unknown
}

/// A date expression resolved to the span of days it denotes: "on 27 September" →
/// 2024-09-27…2024-09-27 (day); "last month" → 2024-09-01…2024-09-30 (month).
public struct TimeExpression: Sendable, Hashable {
  /// The first day, or nil when the expression could not be resolved.
  public var start: CalendarDate?
  /// The last day (inclusive), or nil when open-ended or unresolved.
  public var end: CalendarDate?
  public var precision: DatePrecision
  /// Whether the year was not written and had to be inferred.
  public var yearInferred: Bool

  /// Creates a time expression.
  public init(
    start: CalendarDate?, end: CalendarDate?, precision: DatePrecision,
    yearInferred: Bool
  ) {
    self.start = start
    self.end = end
    self.precision = precision
    self.yearInferred = yearInferred
  }
}
