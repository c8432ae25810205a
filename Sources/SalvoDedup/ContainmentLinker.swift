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

  /// What containment compares of an event: the slots of its `Profile` that the rules read
  /// (a class: an aggregate's is read by every incident filed near it).
  final class Footprint: Sendable {
    let family: String
    let days: DayInterval?
    let place: Profile.Place?
    let attackers: [Profile.Actor]

    init(_ event: EventReport, knowledge: Knowledge) {
      family = Profile.family(of: event.eventType)
      days = DayInterval(event.date)
      place = event.location.map { Profile.place($0, knowledge) }
      attackers = event.actors.filter { $0.role == .attacker }.map {
        Profile.actor($0, knowledge)
      }
    }
  }

  /// An aggregate as incidents look it up: its event id and footprint.
  typealias Aggregate = (id: String, footprint: Footprint)

  /// Sets `partOf` on every incident of `events` that is part of some aggregate (in place:
  /// a linked copy would hold every event twice).
  func link(_ events: inout [EventCluster]) {
    var aggregatesByPlace: [String: [Aggregate]] = [:]
    // Read in place by index: a copied event is dozens of reference counts.
    for index in events.indices where events[index].event.kind == .aggregate {
      guard let place = events[index].event.location?.place else { continue }
      let key = place.feature == "country" ? "country:" + (place.country ?? "") : place.gazetteerID
      aggregatesByPlace[key, default: []].append(
        (events[index].id, Footprint(events[index].event, knowledge: rules.knowledge)))
    }
    guard !aggregatesByPlace.isEmpty else { return }
    for key in aggregatesByPlace.keys {
      aggregatesByPlace[key]?.sort { $0.id < $1.id }
    }
    // Read through a parameter: a copy of `events` kept alive here would make setting
    // `partOf` below copy every event.
    let parentsOf = parentLists(events, aggregatesByPlace)
    for (index, parents) in parentsOf.enumerated() {
      if let parents { events[index].partOf = parents }
    }
  }

  /// Each event's parents (see `parents(of:in:_:)`), found on `threads` threads.
  private func parentLists(
    _ events: [EventCluster], _ aggregatesByPlace: [String: [Aggregate]]
  ) -> [[String]?] {
    Parallel.map(events.count, threads: threads) { index in
      parents(of: index, in: events, aggregatesByPlace)
    }
  }

  /// The ids of the aggregates event `index` is part of (sorted), or nil when it is no
  /// incident with a known place in a country and a known attacker. (The event is read in
  /// place, not copied out of `events`.)
  private func parents(
    of index: Int, in events: [EventCluster], _ aggregatesByPlace: [String: [Aggregate]]
  ) -> [String]? {
    guard events[index].event.kind == .incident, let location = events[index].event.location?.place,
      let country = location.country,
      events[index].event.actors.contains(where: { $0.role == .attacker })
    else { return nil }
    // Its place, the places that enclose it, its country: at most `limit` aggregates each.
    let lists =
      ([location.gazetteerID] + rules.knowledge.ancestors(ofPlace: location.gazetteerID)
      + ["country:" + country]).compactMap { aggregatesByPlace[$0]?.prefix(limit) }
    guard lists.contains(where: { !$0.isEmpty }) else { return nil }
    // The family and days first: most aggregates are of other days, and the footprint (its
    // place and actors looked up) is made only for one that is not.
    let family = Profile.family(of: events[index].event.eventType)
    let days = DayInterval(events[index].event.date)
    var incident: Footprint?
    var parents: [String] = []
    for (id, aggregate) in lists.joined() {
      guard aggregate.family == family, let outer = aggregate.place else { continue }
      if let span = aggregate.days, let days {
        guard span.start <= days.start + days.slack, days.end <= span.end + days.slack else {
          continue
        }
      }
      let footprint = incident ?? Footprint(events[index].event, knowledge: rules.knowledge)
      incident = footprint
      guard let place = footprint.place,
        outer.id == place.id || Compatibility.encloses(outer, place),
        rules.actors(footprint.attackers, aggregate.attackers, role: "attacker", explain: false)
          .isAgreement
      else { continue }
      parents.append(id)
    }
    // Sorted, each once (the keys may name one place twice).
    return MinHash.distinct(parents.sorted())
  }
}
