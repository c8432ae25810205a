import SalvoModel
import Testing

/// Every case of the event suites.
let allEventCases: [EventCase] =
  VoiceTests.cases + ClaimTests.cases + SuspicionTests.cases + NegationTests.cases
  + ThreatTests.cases + SpeculationTests.cases + PlaceListTests.cases + AggregateTests.cases
  + CasualtyTests.cases + ReferenceTests.cases + TypingTests.cases + OriginTests.cases
  + DateTests.cases

/// The event cases rely on the earlier stages: every place, actor, weapon and figure an
/// expectation names must be a mention of the text, so an event failure is the events
/// stage's and not a gazetteer gap.
@Suite("Events: fixtures are anchored in mentions")
struct FixtureTests {
  @Test(arguments: allEventCases)
  func anchored(_ testCase: EventCase) throws {
    let article = try analyze(testCase.text, published: testCase.published)
    var actors: Set<String> = []
    var states: Set<String> = []
    var places: Set<String> = []
    var weapons: Set<String> = []
    var values: Set<Double> = []
    for mention in article.mentions {
      switch mention.value {
      case .place(let place):
        places.insert(place.name)
        if place.feature == "country", let country = place.country { states.insert(country) }
      case .actor(let actor):
        actors.insert(actor.gazetteerID)
        if let sponsor = actor.sponsor { actors.insert(sponsor) }
      case .demonym(let country): if let country { states.insert(country) }
      case .weapon(let weapon): weapons.insert(weapon.weaponClass)
      case .quantity(let quantity): if let value = quantity.value { values.insert(value) }
      case .date: break
      }
    }
    // Coordinated tolls add up ("36 soldiers and six members"): a sum of two figures counts;
    // so does one more than a figure ("was killed along with three other fighters").
    for a in values { for b in values { values.insert(a + b) } }
    for a in values { values.insert(a + 1) }
    // One victim may be told by a name alone ("commander Wissam al-Tawil was killed").
    values.insert(1)
    var missing: [String] = []
    for spec in testCase.expected {
      for case .id(let id) in [spec.attacker, spec.target, spec.sponsor, spec.interceptor] {
        let known =
          id.hasPrefix("state:") ? states.contains(String(id.dropFirst(6))) : actors.contains(id)
        if !known { missing.append("actor \(id)") }
      }
      for case .named(let name) in [spec.location, spec.origin] where !places.contains(name) {
        missing.append("place \(name)")
      }
      if case .named(let weapon) = spec.weapon, !weapons.contains(weapon) {
        missing.append("weapon \(weapon)")
      }
      for case .value(let value) in [spec.count, spec.killed, spec.injured]
      where !values.contains(value) {
        missing.append("figure \(value)")
      }
    }
    #expect(
      missing.isEmpty,
      "not mentioned: \(missing.joined(separator: ", ")) in “\(testCase.text)”")
  }
}
