import SalvoModel
import Testing

@testable import SalvoDedup

/// The canonical profile the clusterer compares is made from the members' profiles without
/// building the merged event: it must be the profile of that event, whatever the members.
@Suite struct CanonicalProfileTests {
  typealias F = Fixtures

  /// Reports that disagree on every slot the merge chooses: type, date and its precision,
  /// place and launch place, actors by role, weapons, and figures under different hedges.
  static func reports(seed: UInt64, count: Int) -> [EventReport] {
    var random = SplitMix64(seed: seed)
    func pick<T>(_ options: [T]) -> T { options[Int.random(in: 0..<options.count, using: &random)] }
    let places: [EventReport.Place?] = [
      nil, F.israel, F.southernDistrict, F.eilat, F.portOfEilat, F.telAviv, F.syria, F.conoco,
    ]
    let actors = [
      F.houthis, F.hezbollah, F.kataibHezbollah, F.islamicResistance, F.syrianMilitia,
      F.iraqiGroups, F.israelState,
    ]
    let figures: [EventReport.Figure?] = [
      nil, F.figure(3, .exact, "three"), F.figure(40, .approx, "about 40"),
      F.figure(85, .moreThan, "more than 85"), F.figure(5, .exact, "five"),
    ]
    return (0..<count).map { index in
      var report = F.report(
        index, type: pick(["Explosions/Remote violence", "Battles"]),
        sub: pick(["Air/drone strike", "Shelling/artillery/missile attack", nil]),
        date: pick([F.undated, F.month(2024, 10), F.day(2024, 10, 2), F.day(2024, 10, 3)]),
        location: pick(places), attackers: [pick(actors)],
        targets: Bool.random(using: &random) ? [pick(actors)] : [],
        weapons: Array(["drone", "ballistic missile", "rocket"].prefix(pick([0, 1, 2, 3]))),
        count: pick(figures), killed: pick(figures), injured: pick(figures),
        mention: "em-\(seed)-\(index)")
      report.origin = pick(places)
      return report
    }
  }

  @Test("equals the profile of the merged event", arguments: Array(1...12) as [UInt64])
  func equalsTheMergedEventsProfile(seed: UInt64) {
    let reports = Self.reports(seed: seed, count: 40)
    let rules = Compatibility(links: F.links)
    let profiles = reports.map { Profile($0, knowledge: rules.knowledge) }
    let builder = CanonicalBuilder(
      reports: reports, profiles: profiles, articles: F.articles(reports.count), rules: rules)
    var random = SplitMix64(seed: seed &+ 100)
    for _ in 0..<30 {
      let members = (0..<Int.random(in: 2...5, using: &random)).map { _ in
        Int.random(in: 0..<reports.count, using: &random)
      }
      let articles = Array(Set(members)).sorted()
      let fast = builder.mergedProfile(members, articles: articles)
      let made = Profile(
        builder.merged(members).event, knowledge: rules.knowledge, articles: articles)
      #expect(Self.slots(fast) == Self.slots(made), "members \(members)")
      #expect(fast.place === made.place && fast.origin === made.origin, "members \(members)")
    }
  }

  /// Every slot the compatibility rules read, as text.
  static func slots(_ profile: Profile) -> [String] {
    let figure = { (figure: Profile.Figure?) in
      figure.map { "\($0.label) [\($0.low), \($0.high)] \($0.isExact)" } ?? "-"
    }
    return [
      "\(profile.kind) \(profile.eventType) \(profile.family) \(profile.subEventType ?? "-")",
      profile.days.map { "\($0.start)–\($0.end) ±\($0.slack)" } ?? "undated",
      profile.place?.id ?? "-", profile.origin?.id ?? "-",
      profile.attackers.map(\.id).joined(separator: ","),
      profile.targets.map(\.id).joined(separator: ","), profile.weapons.joined(separator: ","),
      figure(profile.count), figure(profile.killed), figure(profile.injured),
      "\(profile.articles) \(profile.story ?? -1)",
    ]
  }
}
