import SalvoModel
import Testing

@testable import SalvoFigures

@Suite("Calendar arithmetic")
struct CalendarTests {
  struct Known: Sendable, CustomTestStringConvertible {
    let date: CalendarDate
    let weekday: Int
    var testDescription: String { date.description }
  }

  static let known: [Known] = [
    Known(date: CalendarDate(year: 1970, month: 1, day: 1), weekday: 4),
    Known(date: CalendarDate(year: 2000, month: 2, day: 29), weekday: 2),
    Known(date: CalendarDate(year: 2023, month: 10, day: 7), weekday: 6),
    Known(date: CalendarDate(year: 2024, month: 7, day: 27), weekday: 6),
    Known(date: CalendarDate(year: 2024, month: 10, day: 15), weekday: 2),
    Known(date: CalendarDate(year: 1899, month: 12, day: 31), weekday: 7),
  ]

  @Test(arguments: known)
  func weekdays(_ known: Known) {
    #expect(known.date.weekday == known.weekday)
    #expect(CalendarDate(dayNumber: known.date.dayNumber) == known.date)
  }

  @Test func dayNumbersRoundTripAndAreConsecutive() {
    var generator = SplitMix64(seed: 20_240_727)
    for _ in 0..<2000 {
      let number = Int(generator.next() % 200_000) - 100_000
      let date = CalendarDate(dayNumber: number)
      #expect(date.dayNumber == number)
      #expect(CalendarDate.isValid(year: date.year, month: date.month, day: date.day))
      let next = date.adding(days: 1)
      #expect(next == CalendarDate(dayNumber: number + 1))
      let sameMonth = next.year == date.year && next.month == date.month
      #expect(
        sameMonth
          ? next.day == date.day + 1
          : next.day == 1
            && !CalendarDate.isValid(year: date.year, month: date.month, day: date.day + 1))
    }
  }

  @Test func monthsClampToTheirLength() {
    let date = CalendarDate(year: 2024, month: 3, day: 31)
    #expect(date.adding(months: -1) == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(date.adding(months: -13) == CalendarDate(year: 2023, month: 2, day: 28))
    #expect(date.adding(months: 10) == CalendarDate(year: 2025, month: 1, day: 31))
  }
}
