import SalvoModel

extension EventDate {
  /// The day `days` after this day-precise date (before, when negative), told by the
  /// phrase at `range` ("a day after", "A day later"); nil when the date is no single day.
  func day(shiftedBy days: Int, toldAt range: TextRange) -> EventDate? {
    guard time.precision == .day, let day = time.start else { return nil }
    let shifted = CalendarDate(dayNumber: day.dayNumber + days)
    var time = self.time
    (time.start, time.end) = (shifted, shifted)
    return EventDate(time: time, range: range)
  }
}

extension Event {
  /// Where the latest sentence that told it starts: the later, the more recently told.
  var lastTold: Int { evidence.map(\.utf8Start).max() ?? 0 }
}
