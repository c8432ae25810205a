import SalvoModel
import Testing

@Suite("Calendar dates written as ISO 8601")
struct CalendarDateTextTests {
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  @Test("The description is the zero-padded year, month and day, in and out of the fast range")
  func descriptionMatchesPadding() {
    var dates = [
      CalendarDate(year: 2024, month: 7, day: 27), CalendarDate(year: 0, month: 1, day: 1),
      CalendarDate(year: 9999, month: 12, day: 31), CalendarDate(year: 10_000, month: 1, day: 1),
      CalendarDate(year: -44, month: 3, day: 15), CalendarDate(year: 987, month: 10, day: 5),
    ]
    for _ in 0..<2000 {
      dates.append(
        CalendarDate(
          year: Int.random(in: -100...12_000), month: Int.random(in: 1...12),
          day: Int.random(in: 1...31)))
    }
    for date in dates {
      let expected =
        "\(Self.padded(date.year, 4))-\(Self.padded(date.month, 2))-\(Self.padded(date.day, 2))"
      #expect(date.description == expected)
    }
  }
}
