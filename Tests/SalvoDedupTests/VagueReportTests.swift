import SalvoDedup
import SalvoModel
import Testing

/// Reports that cannot be placed in time (or in time and space) merge only on strong
/// evidence, and an undated report does not search a place with too many events.
@Suite struct VagueReportTests {
  typealias F = Fixtures
  let rules = Compatibility(links: Fixtures.links)
  let dedup = Deduplicator(links: Fixtures.links)

  /// "Kataib Hezbollah attacked US forces at Tower 22 on 28 January, killing 4 soldiers and
  /// wounding 31", as an outlet that gives the day and the base tells it.
  func located(_ article: Int, injured: Double = 31) -> EventReport {
    F.report(
      article, date: F.day(2024, 1, 28), location: F.tower22, attackers: [F.kataibHezbollah],
      targets: [F.usMilitary], weapons: ["drone"], killed: F.figure(4, .exact, "4 soldiers"),
      injured: F.figure(injured, .exact, "\(Int(injured)) wounded"))
  }

  @Test("a report with neither date nor place does not merge on actors and a small figure")
  func smallFigureIsNotEnough() {
    // "Kataib Hezbollah said 4 American soldiers were killed in the attack."
    let vague = F.report(
      1, attackers: [F.kataibHezbollah], targets: [F.usMilitary],
      killed: F.figure(4, .exact, "4 American soldiers"))
    let verdict = rules.compare(located(0), vague)
    #expect(verdict.compatible)
    #expect(!verdict.merges)
    #expect(verdict.reasons.contains { $0.hasPrefix("vague:") })
  }

  @Test("it merges when a named attacker and a specific figure agree")
  func namedAttackerAndSpecificFigure() {
    // "The attack claimed by Kataib Hezbollah killed 4 soldiers and wounded 31."
    let vague = F.report(
      1, attackers: [F.kataibHezbollah], targets: [F.usMilitary],
      killed: F.figure(4, .exact, "4 soldiers"), injured: F.figure(31, .exact, "31 wounded"))
    let verdict = rules.compare(located(0), vague)
    #expect(verdict.merges)
    #expect(verdict.reasons.contains("injured: 31 ~ 31"))
    // A generic attacker ("Iran-backed militias") with the same figures is not enough.
    let generic = F.report(
      1, attackers: [F.iraqiGroups], targets: [F.usMilitary],
      killed: F.figure(4, .exact, "4 soldiers"), injured: F.figure(31, .exact, "31 wounded"))
    #expect(!rules.compare(located(0), generic).merges)
  }

  @Test("a report without date or place merges with its near-duplicate article's event")
  func sameStory() {
    let text = """
      Four American soldiers were killed and dozens wounded when a drone struck a base in \
      northeastern Jordan near the Syrian border, US officials said, blaming Iran-backed \
      militias operating in Syria and Iraq for the attack on the logistics outpost.
      """
    let articles = [
      ArticleDuplicateTests.digest("wire", text, facts: [], day: 1),
      ArticleDuplicateTests.digest(
        "reprint", text + " Officials gave no further details.", facts: [], day: 2),
    ]
    let original = located(0)
    // The reprint's lead lost the day and the base: "the attack killed 4 soldiers".
    let vague = F.report(
      1, attackers: [F.kataibHezbollah], targets: [F.usMilitary],
      killed: F.figure(4, .exact, "4 soldiers"))
    let result = dedup.run(articles: articles, reports: [original, vague])
    #expect(result.duplicateOf[1] == "wire")
    #expect(result.events.count == 1)
    // Without the near duplicate, the two stay apart.
    let apart = dedup.run(articles: F.articles(2), reports: [original, vague])
    #expect(apart.events.count == 2)
  }

  @Test("an undated report in a town with many events stays unmerged; in a quiet one it merges")
  func busyPlaceCap() {
    // Drone attacks on Eilat claimed by the Islamic Resistance in Iraq every third day of 2024;
    // a report "the group said it targeted Eilat with drones" gives no date.
    var reports: [EventReport] = []
    for day in 0..<70 {
      reports.append(
        F.report(
          day, date: F.day(2024, 1 + 3 * day / 28, 1 + 3 * day % 28), location: F.eilat,
          attackers: [F.islamicResistance], weapons: ["drone"]))
    }
    let undated = F.report(
      70, location: F.eilat, attackers: [F.islamicResistance], weapons: ["drone"],
      mention: "em-undated-eilat")
    let busy = dedup.run(articles: F.articles(71), reports: reports + [undated])
    #expect(busy.events.count == 71)
    #expect(busy.events.contains { $0.mentionIDs == ["em-undated-eilat"] })
    // One attack on the Port of Eilat: the undated report of it merges.
    let quiet = dedup.run(
      articles: F.articles(2),
      reports: [
        F.report(
          0, date: F.day(2024, 10, 3), location: F.portOfEilat, attackers: [F.islamicResistance],
          weapons: ["drone"]),
        F.report(
          1, location: F.portOfEilat, attackers: [F.islamicResistance], weapons: ["drone"]),
      ])
    #expect(quiet.events.count == 1)
  }

  @Test("a dated report without place or attacker merges on what it shares, not on the day alone")
  func anonymousReportBlocking() {
    // "A drone strike on Thursday killed seven people": no place, no attacker.
    let anonymous = F.report(
      0, date: F.day(2024, 10, 3), weapons: ["armed drone"], killed: F.figure(7, .exact, "seven"))
    let placed = F.report(
      1, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.islamicResistance],
      weapons: ["drone"], killed: F.figure(7, .exact, "7 people"))
    // Same day, another strike that shares nothing but the day and the type.
    let other = F.report(
      2, date: F.day(2024, 10, 3), location: F.telAviv, attackers: [F.houthis],
      weapons: ["ballistic missile"], killed: F.figure(2, .exact, "two"))
    let result = dedup.run(articles: F.articles(3), reports: [anonymous, placed, other])
    #expect(result.eventIDs[0] == result.eventIDs[1])
    #expect(result.eventIDs[2] != result.eventIDs[0])

    // A weapon and the sub-event type together (1 + 1) with the day (3) reach the threshold.
    let bare = F.report(0, date: F.day(2024, 10, 3), weapons: ["drone"])
    let second = dedup.run(articles: F.articles(2), reports: [bare, placed])
    #expect(second.events.count == 1)
    // Without a shared weapon, the day and the type alone do not.
    let unarmed = F.report(0, date: F.day(2024, 10, 3))
    let third = dedup.run(articles: F.articles(2), reports: [unarmed, placed])
    #expect(third.events.count == 2)
  }
}
