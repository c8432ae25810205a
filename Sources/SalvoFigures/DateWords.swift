import SalvoModel

/// The class of a date word (`dates.tsv`, column `class`).
enum DateWordClass: String, Sendable {
  case weekday, weekend
  case relativeDay = "relative-day"
  case deictic, recent, period, ago, part
  case yearPrefix = "year-prefix"
  case preposition
  case spanNoun = "span-noun"
}

/// A unit of time.
enum PeriodUnit: String, Sendable, CaseIterable {
  case hour, day, week, fortnight, month, year, decade, century
}

/// The part of a month or year: "early November", "mid-2023", "late January".
enum DatePart: String, Sendable {
  case early, mid, late
}

/// What a date preposition does.
enum DatePreposition: String, Sendable {
  case `in`, on, since, between, from, to, and, span, of
}

/// A word of a date expression other than a month name.
struct DateWord: Sendable {
  var wordClass: DateWordClass
  /// Weekday 1…7, day offset, deictic shift, or ±1 for a year prefix.
  var value: Int = 0
  var period: PeriodUnit?
  var part: DatePart?
  var preposition: DatePreposition?
  var line: Int
}

/// A month name as written: full (`September`) or abbreviated (`Sept.`), which needs a day
/// or year beside it.
struct MonthName: Sendable {
  var month: CalendarMonth
  var abbreviated: Bool
}
