import SalvoModel

extension EventDate {
  /// The day `days` after this day-precise date (before, when negative), told by the
  /// phrase at `range` ("a day after", "Two days later"); nil when the date is no single
  /// day. With `slack`, the days that far either side ("a week after").
  func day(shiftedBy days: Int, slack: Int = 0, toldAt range: TextRange) -> EventDate? {
    guard time.precision == .day, let day = time.start else { return nil }
    let shifted = day.dayNumber + days
    var time = self.time
    time.start = CalendarDate(dayNumber: shifted - slack)
    time.end = CalendarDate(dayNumber: shifted + slack)
    if slack > 0 { time.precision = .range }
    return EventDate(time: time, range: range)
  }

  /// Whether this day-precise date falls in a coarser date's span: it says which day of the
  /// span it was ("last weekend", then "the Jan. 28 attack").
  func narrows(_ span: EventDate) -> Bool {
    guard time.precision == .day, span.time.precision != .day, span.time.precision != .unknown,
      let day = time.start, let start = span.time.start, let end = span.time.end
    else { return false }
    return start <= day && day <= end
  }

  /// This day-precise date moved by `shift`, told by `view`'s words of it.
  func day(shiftedBy shift: DayShift, in view: SentenceView) -> EventDate? {
    day(
      shiftedBy: shift.days, slack: shift.slack,
      toldAt: view.textRange(shift.match.start..<shift.match.end))
  }
}
