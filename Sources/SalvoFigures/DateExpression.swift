import SalvoModel

/// A date expression as written, before it is resolved against the publication date.
enum DateExpression: Sendable {
  /// A calendar date with the parts the text gives: "27 September", "in April", "1991",
  /// "7 October 2023".
  case calendar(year: Int?, month: CalendarMonth?, day: Int?)
  /// A month in a year relative to publication: "October last year" (-1), "October of
  /// the previous year", "earlier this year, in January" (0).
  case monthOfYear(CalendarMonth, yearShift: Int)
  /// A month named with a deictic: "last October" (-1), "this January" (0), "next March".
  case deicticMonth(CalendarMonth, shift: Int)
  /// A weekday: "on Monday" (0: the latest on or before publication), "last Monday" (-1),
  /// "next Monday" (1).
  case weekday(Int, shift: Int)
  /// A weekend: "over the weekend" (0: the latest Saturday on or before publication and
  /// the Sunday after it), "last weekend" (-1: the same on a weekday, the one before when
  /// published on a weekend).
  case weekend(shift: Int)
  /// A day counted from publication: "yesterday" (-1), "today" (0).
  case dayOffset(Int)
  /// A calendar period relative to publication: "last month", "this year", "earlier this
  /// year".
  case period(PeriodUnit, shift: Int, part: DatePart?)
  /// A time before publication: "two days ago", "more than 40 years ago".
  case ago(amount: Double, unit: PeriodUnit, qualifier: QuantityQualifier)
  /// The span of time up to publication: "in the past two and a half weeks", "over the last
  /// year", "a two-and-a-half-week period".
  case recentSpan(amount: Double, unit: PeriodUnit)
  /// From one date to another: "between October and June", "from March to May".
  indirect case range(DateExpression, DateExpression)

  /// The first day of a date written with its year and at least a month ("7 October 2023",
  /// "late January 2024"): what anchors dates without a year when the article has no
  /// publication date. A bare year ("the 1991 Gulf War") does not count: it is more often
  /// history than the time of writing.
  var writtenDate: CalendarDate? {
    switch self {
    case .calendar(let year?, let month?, let day):
      return CalendarDate(year: year, month: month.rawValue, day: day ?? 1)
    case .range(let from, let to):
      return [from.writtenDate, to.writtenDate].compactMap { $0 }.max()
    default:
      return nil
    }
  }
}
