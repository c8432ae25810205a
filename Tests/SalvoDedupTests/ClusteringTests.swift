import SalvoDedup
import SalvoModel
import Testing

/// Clustering: what merges, what does not chain, and what the canonical event keeps.
@Suite struct ClusteringTests {
  typealias F = Fixtures
  let dedup = Deduplicator(links: Fixtures.links)

  func clusters(_ reports: [EventReport], articles: Int) -> DeduplicationResult {
    dedup.run(articles: F.articles(articles), reports: reports)
  }

  @Test("four outlets' accounts of one drone strike become one event with every source")
  func oneEventManyOutlets() {
    let reports = [
      F.report(
        0, date: F.day(2024, 1, 28), location: F.tower22, attackers: [F.syrianMilitia],
        weapons: ["drone"], killed: F.figure(3, .exact, "three US soldiers"),
        injured: F.figure(30, .approx, "about 30")),
      F.report(
        1, date: F.day(2024, 1, 28), location: F.jordan, attackers: [F.iraqiGroups],
        killed: F.figure(3, .exact, "3 American troops")),
      F.report(2, date: F.month(2024, 1), location: F.jordan, killed: F.figure(3, .exact, "three")),
      F.report(
        3, date: F.day(2024, 1, 27), location: F.jordan, attackers: [F.kataibHezbollah],
        weapons: ["drone"], killed: F.figure(3, .exact, "three")),
    ]
    let result = clusters(reports, articles: 4)
    #expect(result.events.count == 1)
    let event = result.events[0]
    #expect(event.numArticles == 4)
    #expect(event.numMentions == 4)
    #expect(event.event.location?.place.gazetteerID == "salvo:tower-22")
    #expect(event.event.date.precision == .day)
    #expect(event.event.killed?.quantity.value == 3)
    #expect(event.event.injured?.quantity.value == 30)
    #expect(event.event.actors.first?.actor.gazetteerID == "actor:kataib-hezbollah")
    #expect(event.mergeReasons.count == 3)
    #expect(event.conflicts.contains { $0.field == "date" })
    #expect(Set(result.eventIDs) == [event.id])
  }

  @Test("a vague report compatible with two distinct events does not chain them together")
  func noChaining() {
    // Two strikes in one month, in different towns; a third report gives only the month
    // and the country, which both strikes fit.
    let reports = [
      F.report(
        0, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.islamicResistance],
        weapons: ["drone"]),
      F.report(
        1, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.islamicResistance],
        weapons: ["drone"]),
      F.report(
        2, date: F.day(2024, 10, 20), location: F.telAviv, attackers: [F.islamicResistance],
        weapons: ["drone"]),
      F.report(
        3, date: F.day(2024, 10, 20), location: F.telAviv, attackers: [F.islamicResistance],
        weapons: ["drone"]),
      F.report(
        4, date: F.month(2024, 10), location: F.israel, attackers: [F.islamicResistance],
        weapons: ["drone"]),
    ]
    let result = clusters(reports, articles: 5)
    let eilat = result.eventIDs[0]
    let telAviv = result.eventIDs[2]
    #expect(result.eventIDs[1] == eilat)
    #expect(result.eventIDs[3] == telAviv)
    #expect(eilat != telAviv)
    // Whichever it joined, it did not bring the other with it.
    #expect(result.events.count == 2 || result.events.count == 3)
  }

  @Test("a chain of pairwise-compatible dates is cut where a member conflicts with the cluster")
  func noChainingThroughSlack() {
    // 1 Oct ~ 2 Oct ~ 3 Oct pairwise (a day's slack), but 1 Oct and 3 Oct differ by two days.
    let reports = [1, 2, 3].enumerated().map { index, day in
      F.report(
        index, date: F.day(2024, 10, day), location: F.eilat, attackers: [F.islamicResistance])
    }
    let result = clusters(reports, articles: 3)
    #expect(result.events.count == 2)
  }

  @Test("two reports of one article stay apart, even when alike")
  func sameArticle() {
    let reports = [
      F.report(
        0, 0, date: F.day(2024, 7, 24), location: F.conoco, attackers: [F.islamicResistance]),
      F.report(
        0, 1, date: F.day(2024, 7, 24), location: F.conoco, attackers: [F.islamicResistance]),
    ]
    #expect(clusters(reports, articles: 1).events.count == 2)
  }

  @Test("the same base attacked on two dates gives two events")
  func distinctButSimilar() {
    let base = F.place(
      "salvo:ain-al-asad", "Ain al-Asad Air Base", "base", .site, "IQ", "IQ-AN", 33.8, 42.44)
    let reports = [
      F.report(
        0, date: F.day(2024, 8, 5), location: base, weapons: ["rocket"],
        injured: F.figure(7, .exact, "seven")),
      F.report(1, date: F.day(2024, 7, 24), location: base, weapons: ["rocket"]),
    ]
    #expect(clusters(reports, articles: 2).events.count == 2)
  }

  @Test("reconciled numbers keep the disagreement: 180 vs 200 missiles")
  func conflictsKept() {
    let reports = [
      F.report(
        0, date: F.day(2024, 10, 1), location: F.israel, attackers: [F.iran],
        weapons: ["ballistic missile"], count: F.figure(180, .exact, "180 ballistic missiles")),
      F.report(
        1, date: F.day(2024, 10, 1), location: F.israel, attackers: [F.iran],
        weapons: ["ballistic missile"], count: F.figure(180, .exact, "180 missiles")),
      F.report(
        2, date: F.day(2024, 10, 1), location: F.israel, attackers: [F.iran], weapons: ["missile"],
        count: F.figure(200, .exact, "200 missiles")),
    ]
    let result = clusters(reports, articles: 3)
    #expect(result.events.count == 1)
    let event = result.events[0]
    #expect(event.event.count?.quantity.value == 180)
    let conflict = event.conflicts.first { $0.field == "quantity" }
    #expect(conflict?.chosen == "180")
    #expect(conflict?.readings.map(\.value) == ["180", "200"])
    #expect(conflict?.readings.first?.articleIDs == ["article-0", "article-1"])
  }

  @Test("an incident is linked to the aggregate it is part of, not merged into it")
  func containment() {
    let reports = [
      F.report(
        0, kind: .aggregate, date: F.month(2024, 10), location: F.israel,
        attackers: [F.islamicResistance], count: F.figure(40, .approx, "about 40 attacks")),
      F.report(
        1, kind: .aggregate, date: F.month(2024, 10), location: F.israel,
        attackers: [F.iraqiGroups], count: F.figure(40, .exact, "40 attacks")),
      F.report(
        2, date: F.day(2024, 10, 4), location: F.eilat, attackers: [F.islamicResistance],
        weapons: ["drone"]),
    ]
    let result = clusters(reports, articles: 3)
    #expect(result.events.count == 2)
    let aggregate = result.events.first { $0.event.kind == .aggregate }
    let incident = result.events.first { $0.event.kind == .incident }
    #expect(aggregate?.numArticles == 2)
    #expect(incident?.partOf == [aggregate?.id ?? "-"])
  }

  @Test("a singleton keeps the id the mention had before deduplication")
  func singletonID() {
    let report = F.report(
      0, date: F.day(2024, 9, 27), attackers: [F.israelState], mention: "em-00000000000000aa")
    let result = clusters([report], articles: 1)
    #expect(result.events[0].id == EventIdentity.eventID(anchorMentionID: "em-00000000000000aa"))
  }

  @Test("blocks by division still meet a country-level report and a site across a border")
  func divisionBlocks() {
    // A crossing a few kilometres outside Eilat, filed under the neighbouring division.
    let crossing = F.place(
      "salvo:yitzhak-rabin-crossing", "Yitzhak Rabin crossing", "site", .site, "IL", "IL-Z",
      29.58, 34.97)
    let site = F.report(
      0, date: F.day(2024, 10, 3), location: crossing, attackers: [F.kataibHezbollah],
      weapons: ["drone"], killed: F.figure(2, .exact, "two"))
    let town = F.report(
      1, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.kataibHezbollah],
      weapons: ["drone"], killed: F.figure(2, .exact, "two people"))
    // The same day in another division of the country, far away: another event.
    let elsewhere = F.report(
      2, date: F.day(2024, 10, 3), location: F.telAviv, attackers: [F.houthis],
      weapons: ["missile"])
    let across = clusters([site, town, elsewhere], articles: 3)
    #expect(across.events.count == 2)
    #expect(across.eventIDs[0] == across.eventIDs[1])
    #expect(across.eventIDs[2] != across.eventIDs[0])
    // A report placed only in the country meets the division's reports.
    let country = F.report(
      2, date: F.day(2024, 10, 3), location: F.israel, attackers: [F.kataibHezbollah],
      weapons: ["drone"], killed: F.figure(2, .exact, "2"))
    let coarse = clusters([town, country], articles: 3)
    #expect(coarse.events.count == 1)
  }
}
