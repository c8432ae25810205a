import Foundation
import SalvoTestSupport
import Testing

@testable import Salvo

/// `salvo eval` scores an event's date only where the text determines it: the article
/// states its publication date, or a date expression writes the gold date's year.
@Suite("Evaluation: which event dates are scorable")
struct EventDateScoringTests {
  private static func fixture(published: String?, dates: [[String: Any]])
    -> EventEvaluationTests
    .Fixture
  {
    var fixture = EventEvaluationTests.Fixture(
      text: "A drone hit a base in Jordan in late January 2024. Rockets struck Haifa on Monday.")
    fixture.published = published
    fixture.dates = dates
    fixture.gold = [
      EventEvaluationTests.goldEvent(
        evidence: "A drone hit a base in Jordan", location: "Jordan", date: "2024-01",
        precision: "month"),
      EventEvaluationTests.goldEvent(
        evidence: "Rockets struck Haifa on Monday", location: "Haifa", date: "2024-08-05"),
    ]
    fixture.run = [
      fixture.event(sentence: "A drone hit a base in Jordan in late January 2024.", trigger: "hit"),
      fixture.event(sentence: "Rockets struck Haifa on Monday.", trigger: "struck"),
    ]
    return fixture
  }

  @Test func withPublicationEveryGoldDateIsScored() throws {
    let events = try Self.fixture(published: "2024-08-07", dates: []).evaluate().events
    #expect(events.accuracy(.date) == Accuracy(correct: 0, total: 2))
  }

  @Test func withoutPublicationOnlyDatesWithTheirYearWrittenAreScored() throws {
    let dates: [[String: Any]] = [
      ["text": "late January 2024", "resolved": "2024-01", "precision": "month"],
      ["text": "on Monday", "resolved": "2024-08-05", "precision": "day"],
    ]
    let events = try Self.fixture(published: nil, dates: dates).evaluate().events
    // "on Monday" needs the (unknown) publication date: not scorable.
    #expect(events.accuracy(.date) == Accuracy(correct: 0, total: 1))
  }

  @Test func withoutPublicationOrDatesNothingIsScored() throws {
    let events = try Self.fixture(published: nil, dates: []).evaluate().events
    #expect(events.accuracy(.date) == Accuracy(correct: 0, total: 0))
  }
}
