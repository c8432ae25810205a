import SalvoModel

extension CalendarDate {
  /// The ISO weekday: 1 (Monday) … 7 (Sunday).
  var weekday: Int {
    let days = dayNumber + 3  // 1970-01-01 was a Thursday (4).
    return ((days % 7) + 7) % 7 + 1
  }

  /// The date `days` days later (earlier when negative).
  func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// The same day `months` months later, clamped to the month's length.
  func adding(months: Int) -> CalendarDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    let newMonth = index - newYear * 12 + 1
    let length = Self.length(year: newYear, month: newMonth)
    return CalendarDate(year: newYear, month: newMonth, day: min(day, length))
  }

  /// The first day of a month.
  static func first(year: Int, month: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: 1)
  }

  /// The last day of a month.
  static func last(year: Int, month: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: length(year: year, month: month))
  }

  /// The number of days in a month.
  static func length(year: Int, month: Int) -> Int {
    CalendarMonth(rawValue: month)?.days(in: year) ?? 30
  }

  /// Whether a year, month and day name a real date.
  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= length(year: year, month: month)
  }
}
