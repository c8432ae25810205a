/// A calendar day (proleptic Gregorian), without time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year (`2024`).
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int

  /// Creates a date; callers keep the fields valid.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// ISO 8601, `YYYY-MM-DD`.
  public var description: String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }
    // The common case, written straight into the string's storage.
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func put(_ value: Int, at index: Int) {
        buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
        buffer[index + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
      }
      put(year / 100, at: 0)
      put(year % 100, at: 2)
      put(month, at: 5)
      put(day, at: 8)
      buffer[4] = UInt8(ascii: "-")
      buffer[7] = UInt8(ascii: "-")
      return 10
    }
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `value` in decimal, left-padded with zeros to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// How precisely a date expression pins down time.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable {
  /// One day ("on 27 September", "yesterday").
  case day
  /// A Monday-to-Sunday week ("last week").
  case week
  /// A month ("in March", "last month").
  case month
  /// A year ("in 2023").
  case year
  /// A span of days that is not one calendar unit ("3–5 May", "in the past three days",
  /// "more than a week ago").
  case range
  /// Not resolved to any span.
  case unknown
}

/// A date expression resolved to the span of days it denotes: "on 27 September" →
/// 2024-09-27…2024-09-27 (day); "last month" → 2024-09-01…2024-09-30 (month).
public struct TimeExpression: Sendable, Hashable {
  /// The first day, or nil when the expression could not be resolved.
  public var start: CalendarDate?
  /// The last day (inclusive), or nil when open-ended or unresolved.
  public var end: CalendarDate?
  /// How precisely the expression pins down time.
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
