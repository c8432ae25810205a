import SalvoModel

/// Links incidents to the aggregates they are instances of ("a drone strike on Eilat on 2
/// October" is one of "about 40 attacks on Israel in two and a half weeks"), as
/// `partOf`: an incident is never merged into an aggregate.
///
/// An incident is part of an aggregate of the same family when both locations are known and
/// the aggregate's encloses or equals the incident's, the aggregate's dates (when known)
/// contain the incident's, and their attackers are both known and compatible. Aggregates are
/// filed under their place (a country's under the country code), and an incident looks up
/// its place, the places that enclose it and its country: at most `limit` each, in id order.
struct ContainmentLinker {
  let rules: Compatibility
  /// The most aggregates an incident is checked against.
  var limit = 64
  /// The threads incidents are checked on (the result does not depend on it).
  var threads = 1

  func link(_ events: [EventCluster], articles: [ArticleDigest]) -> [EventCluster] {
    var aggregatesByPlace: [String: [Int]] = [:]
    var profiles: [Int: Profile] = [:]
    for (index, event) in events.enumerated() where event.event.kind == .aggregate {
      guard let place = event.event.location?.place else { continue }
      let key = place.feature == "country" ? "country:" + (place.country ?? "") : place.gazetteerID
      aggregatesByPlace[key, default: []].append(index)
      profiles[index] = Profile(event.event, knowledge: rules.knowledge, articles: [])
    }
    guard !aggregatesByPlace.isEmpty else { return events }
    for key in aggregatesByPlace.keys {
      aggregatesByPlace[key]?.sort { events[$0].id < events[$1].id }
    }
    let byPlace = aggregatesByPlace
    let aggregateProfiles = profiles
    let parentsOf = Parallel.map(events.count, threads: threads) { index -> [String]? in
      parents(of: events[index], events, byPlace, aggregateProfiles)
    }
    var linked = events
    for (index, parents) in parentsOf.enumerated() {
      if let parents { linked[index].partOf = parents }
    }
    return linked
  }

  /// The ids of the aggregates `event` is part of (sorted), or nil when it is no incident
  /// with a known place in a country.
  private func parents(
    of event: EventCluster, _ events: [EventCluster], _ aggregatesByPlace: [String: [Int]],
    _ profiles: [Int: Profile]
  ) -> [String]? {
    guard event.event.kind == .incident, let location = event.event.location?.place,
      let country = location.country
    else { return nil }
    let keys =
      [location.gazetteerID] + rules.knowledge.ancestors(ofPlace: location.gazetteerID)
      + ["country:" + country]
    let candidates = keys.flatMap { (aggregatesByPlace[$0] ?? []).prefix(limit) }
    guard !candidates.isEmpty else { return nil }
    let incident = Profile(event.event, knowledge: rules.knowledge, articles: [])
    guard let place = incident.place, !incident.attackers.isEmpty else { return nil }
    var parents: [String] = []
    for candidate in candidates {
      guard let aggregate = profiles[candidate], aggregate.family == incident.family,
        let outer = aggregate.place
      else { continue }
      if let span = aggregate.days, let days = incident.days {
        guard span.start <= days.start + days.slack, days.end <= span.end + days.slack else {
          continue
        }
      }
      guard outer.id == place.id || Compatibility.encloses(outer, place) else { continue }
      guard
        rules.actors(incident.attackers, aggregate.attackers, role: "attacker", explain: false)
          .isAgreement
      else { continue }
      parents.append(events[candidate].id)
    }
    return Array(Set(parents)).sorted()
  }
}
