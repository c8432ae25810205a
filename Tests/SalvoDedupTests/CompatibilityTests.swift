import SalvoDedup
import SalvoModel
import Testing

/// One test per compatibility rule: what agrees, what only says nothing, what vetoes.
@Suite struct CompatibilityTests {
  let rules = Compatibility(links: Fixtures.links)
  typealias F = Fixtures

  /// The outcome of comparing two reports that differ only in the given slots.
  func verdict(_ a: EventReport, _ b: EventReport) -> Verdict { rules.compare(a, b) }

  @Test("a day-precise date agrees with the same day, the day either side, and its month")
  func datesOverlap() {
    let base = F.report(0, date: F.day(2024, 1, 28), location: F.tower22)
    for other in [F.day(2024, 1, 28), F.day(2024, 1, 27), F.day(2024, 1, 29), F.month(2024, 1)] {
      let result = verdict(base, F.report(1, date: other, location: F.tower22))
      #expect(result.compatible)
      #expect(result.reasons.contains { $0.hasPrefix("date:") })
    }
  }

  @Test("dates days apart, or in different months, rule the merge out")
  func datesDisjoint() {
    let base = F.report(0, date: F.day(2024, 7, 24), location: F.conoco)
    #expect(!verdict(base, F.report(1, date: F.day(2024, 8, 5), location: F.conoco)).compatible)
    #expect(!verdict(base, F.report(1, date: F.month(2024, 9), location: F.conoco)).compatible)
    // An undated report says nothing about the date.
    #expect(verdict(base, F.report(1, location: F.conoco)).compatible)
  }

  @Test("a city lies in its country and a site in its city, through the hierarchy")
  func placesNest() {
    let pairs: [(EventReport.Place, EventReport.Place, String)] = [
      (F.eilat, F.israel, "Eilat ⊂ Israel"),
      (F.conoco, F.deirEzZor, "Conoco gas field ⊂ Deir ez-Zor Governorate"),
      (F.conoco, F.syria, "Conoco gas field ⊂ Syria"),
      (F.portOfEilat, F.eilat, "Port of Eilat ⊂ Eilat"),
      (F.tower22, F.jordan, "Tower 22 ⊂ Jordan"),
      (F.eilat, F.southernDistrict, "Eilat ⊂ Southern District"),
    ]
    for (inner, outer, reason) in pairs {
      let result = verdict(
        F.report(0, date: F.day(2024, 9, 1), location: inner),
        F.report(1, date: F.day(2024, 9, 1), location: outer))
      #expect(result.compatible)
      #expect(result.reasons.contains("location: " + reason), "\(result.reasons)")
    }
  }

  @Test("places in different countries, or two distinct towns, rule the merge out")
  func placesExclude() {
    let day = F.day(2024, 1, 28)
    #expect(
      !verdict(
        F.report(0, date: day, location: F.tower22), F.report(1, date: day, location: F.syria)
      ).compatible)
    #expect(
      !verdict(
        F.report(0, date: day, location: F.eilat), F.report(1, date: day, location: F.telAviv)
      ).compatible)
    // A region of another country excludes; a sea without a country cannot decide.
    #expect(
      !verdict(
        F.report(0, date: day, location: F.southernLebanon),
        F.report(1, date: day, location: F.eilat)
      ).compatible)
    #expect(
      verdict(F.report(0, date: day, location: F.redSea), F.report(1, date: day, location: F.eilat))
        .compatible)
  }

  @Test("a site agrees with a town a few kilometres away even without a gazetteer link")
  func placesNearby() {
    let harbour = F.place(
      "salvo:eilat-oil-terminal", "Eilat oil terminal", "site", .site, "IL", "IL-D", 29.52, 34.93)
    let result = verdict(
      F.report(0, date: F.day(2024, 10, 3), location: harbour),
      F.report(1, date: F.day(2024, 10, 3), location: F.eilat))
    #expect(result.compatible)
    #expect(result.reasons.contains { $0.contains("near Eilat") })
  }

  @Test(
    "generic and named attackers can be one party: 'Syrian militia', 'Iraqi groups' and Kataib Hezbollah",
    arguments: [
      (Fixtures.syrianMilitia, Fixtures.kataibHezbollah),
      (Fixtures.iraqiGroups, Fixtures.kataibHezbollah),
      (Fixtures.syrianMilitia, Fixtures.iraqiGroups),
    ])
  func genericAndNamedActors(_ a: ActorReference, _ b: ActorReference) {
    let day = F.day(2024, 1, 28)
    let result = verdict(
      F.report(0, date: day, location: F.tower22, attackers: [a]),
      F.report(1, date: day, location: F.jordan, attackers: [b]))
    #expect(result.compatible)
    #expect(result.reasons.contains { $0.hasPrefix("attacker:") })
  }

  @Test("membership, a state's own forces and sponsorship link actors")
  func linkedActors() {
    let pairs: [(ActorReference, ActorReference, String)] = [
      (F.kataibHezbollah, F.islamicResistance, "is part of"),
      (F.unitedStates, F.usMilitary, "same state"),
      (F.iran, F.kataibHezbollah, "backed by"),
    ]
    for (a, b, reason) in pairs {
      let result = verdict(
        F.report(0, date: F.day(2024, 2, 2), attackers: [a]),
        F.report(1, date: F.day(2024, 2, 2), attackers: [b]))
      #expect(result.compatible)
      #expect(result.reasons.contains { $0.contains(reason) }, "\(result.reasons)")
    }
  }

  @Test("unlinked named groups, different states, and groups with other sponsors exclude")
  func actorsExclude() {
    let pairs: [(ActorReference, ActorReference)] = [
      (F.hezbollah, F.houthis), (F.unitedStates, F.israelState),
      (F.iraqiGroups, F.usBackedFighters),
      (F.israelState, F.hezbollah),
    ]
    for (a, b) in pairs {
      let result = verdict(
        F.report(0, date: F.day(2024, 7, 19), attackers: [a]),
        F.report(1, date: F.day(2024, 7, 19), attackers: [b]))
      #expect(!result.compatible, "\(a.name) vs \(b.name)")
    }
  }

  @Test("hedged figures agree ('about 40' ~ 40; 3 ~ 3); 180 vs 200 is recorded, not a veto")
  func figures() {
    let day = F.day(2024, 10, 1)
    let about = verdict(
      F.report(
        0, kind: .aggregate, date: day, location: F.israel,
        count: F.figure(40, .approx, "about 40 attacks")),
      F.report(
        1, kind: .aggregate, date: day, location: F.israel,
        count: F.figure(40, .exact, "40 attacks")))
    #expect(about.reasons.contains("count: about 40 ~ 40"))
    let killed = verdict(
      F.report(0, date: day, location: F.tower22, killed: F.figure(3, .exact, "three")),
      F.report(1, date: day, location: F.tower22, killed: F.figure(3, .exact, "3")))
    #expect(killed.reasons.contains("killed: 3 ~ 3"))
    let missiles = verdict(
      F.report(
        0, date: day, location: F.israel, attackers: [F.iran],
        count: F.figure(180, .exact, "180 missiles")),
      F.report(
        1, date: day, location: F.israel, attackers: [F.iran],
        count: F.figure(200, .exact, "200 missiles")))
    #expect(missiles.compatible)
    #expect(missiles.merges)
    #expect(missiles.reasons.contains("count: 180 vs 200 (conflict)"))
    let more = verdict(
      F.report(
        0, date: day, location: F.israel, count: F.figure(85, .moreThan, "more than 85 targets")),
      F.report(1, date: day, location: F.israel, count: F.figure(90, .exact, "90 targets")))
    #expect(more.reasons.contains("count: more than 85 ~ 90"))
  }

  @Test("an incident is never merged with an aggregate, nor a report with one of its own article")
  func kindAndArticle() {
    let day = F.day(2024, 10, 1)
    #expect(
      !verdict(
        F.report(0, date: day, location: F.israel),
        F.report(1, kind: .aggregate, date: day, location: F.israel)
      ).compatible)
    #expect(
      !verdict(
        F.report(0, 0, date: day, location: F.eilat), F.report(0, 1, date: day, location: F.eilat)
      ).compatible)
    #expect(
      !verdict(
        F.report(0, date: day, location: F.eilat),
        F.report(1, type: "Strategic developments", sub: nil, date: day, location: F.eilat)
      ).compatible)
  }

  @Test("actors and a weapon alone never merge: a date, place or exact figure must anchor")
  func anchors() {
    let a = F.report(0, attackers: [F.israelState], targets: [F.hezbollah], weapons: ["airstrike"])
    let b = F.report(1, attackers: [F.israelState], targets: [F.hezbollah], weapons: ["airstrike"])
    let result = verdict(a, b)
    #expect(result.compatible)
    #expect(!result.merges)
    let dated = verdict(
      F.report(0, date: F.day(2024, 9, 27), attackers: [F.israelState], targets: [F.hezbollah]),
      F.report(1, date: F.day(2024, 9, 27), attackers: [F.israelState], targets: [F.hezbollah]))
    #expect(dated.merges)
  }

  @Test("undated aggregates against one country anchor on the place only with the same attacker")
  func coarseAggregates() {
    // "Iraqi factions have claimed numerous attacks on Israel since November" vs "Kataib
    // Hezbollah has launched dozens of drones at Israel": one front, maybe two campaigns.
    let generic = verdict(
      F.report(
        0, kind: .aggregate, location: F.israel, attackers: [F.iraqiGroups],
        targets: [F.israelState]),
      F.report(
        1, kind: .aggregate, location: F.israel, attackers: [F.kataibHezbollah],
        targets: [F.israelState]))
    #expect(generic.compatible)
    #expect(!generic.merges)
    // The same named group against the same country is one campaign told twice.
    let named = verdict(
      F.report(
        0, kind: .aggregate, location: F.israel, attackers: [F.houthis],
        targets: [F.israelState]),
      F.report(
        1, kind: .aggregate, location: F.israel, attackers: [F.houthis],
        targets: [F.israelState]))
    #expect(named.merges)
    // A shared figure still anchors a generic attribution.
    let counted = verdict(
      F.report(
        0, kind: .aggregate, location: F.israel, attackers: [F.iraqiGroups],
        targets: [F.israelState], count: F.figure(40, .approx, "about 40")),
      F.report(
        1, kind: .aggregate, location: F.israel, attackers: [F.kataibHezbollah],
        targets: [F.israelState], count: F.figure(40, .approx, "around 40")))
    #expect(counted.merges)
  }
}
