import SalvoModel

extension CalendarDate {
  /// Days since 1970-01-01 (proleptic Gregorian).
  var dayNumber: Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day number (days since 1970-01-01).
  init(dayNumber: Int) {
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

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
