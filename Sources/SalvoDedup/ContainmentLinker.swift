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

  /// The aggregates of a run as incidents look them up.
  struct Aggregates {
    /// Each aggregate's event id and footprint.
    var filed: [(id: String, footprint: Footprint)] = []
    /// Each aggregate's family (numbered) and days, side by side and without references:
    /// most incidents are told apart by these, and reading a shared footprint from two
    /// threads would count references on the same objects.
    var spans: [(family: Int, days: DayInterval?)] = []
    /// The families' numbers.
    var families: [String: Int] = [:]
    /// Each place's aggregates (positions in `filed`), in id order: a country's under
    /// `country:` and its code.
    var byPlace: [String: [Int]] = [:]
  }

  /// Sets `partOf` on every incident of `events` that is part of some aggregate (in place:
  /// a linked copy would hold every event twice).
  func link(_ events: inout [EventCluster]) {
    var aggregates = Aggregates()
    // Read in place by index: a copied event is dozens of reference counts.
    for index in events.indices where events[index].event.kind == .aggregate {
      guard let place = events[index].event.location?.place else { continue }
      let key = place.feature == "country" ? "country:" + (place.country ?? "") : place.gazetteerID
      let footprint = Footprint(events[index].event, knowledge: rules.knowledge)
      let family = aggregates.families[footprint.family] ?? aggregates.families.count
      aggregates.families[footprint.family] = family
      aggregates.byPlace[key, default: []].append(aggregates.filed.count)
      aggregates.filed.append((events[index].id, footprint))
      aggregates.spans.append((family, footprint.days))
    }
    guard !aggregates.byPlace.isEmpty else { return }
    let filed = aggregates.filed
    for key in aggregates.byPlace.keys {
      aggregates.byPlace[key]?.sort { filed[$0].id < filed[$1].id }
    }
    // Read through a parameter: a copy of `events` kept alive here would make setting
    // `partOf` below copy every event.
    let parentsOf = parentLists(events, aggregates)
    for (index, parents) in parentsOf.enumerated() {
      if let parents { events[index].partOf = parents }
    }
  }

  /// Each event's parents (see `parents(of:in:_:)`), found on `threads` threads.
  private func parentLists(_ events: [EventCluster], _ aggregates: Aggregates) -> [[String]?] {
    Parallel.map(events.count, threads: threads) { index in
      parents(of: index, in: events, aggregates)
    }
  }

  /// The ids of the aggregates event `index` is part of (sorted), or nil when it is no
  /// incident with a known place in a country and a known attacker. (The event is read in
  /// place, not copied out of `events`.)
  private func parents(of index: Int, in events: [EventCluster], _ aggregates: Aggregates)
    -> [String]?
  {
    guard events[index].event.kind == .incident, let location = events[index].event.location?.place,
      let country = location.country,
      events[index].event.actors.contains(where: { $0.role == .attacker })
    else { return nil }
    // Its place, the places that enclose it, its country: at most `limit` aggregates each.
    let lists =
      ([location.gazetteerID] + rules.knowledge.ancestors(ofPlace: location.gazetteerID)
      + ["country:" + country]).compactMap { aggregates.byPlace[$0]?.prefix(limit) }
    guard lists.contains(where: { !$0.isEmpty }) else { return nil }
    // The family and days first: most aggregates are of other days, and the footprint (its
    // place and actors looked up) is made only for one that is not.
    let family = aggregates.families[Profile.family(of: events[index].event.eventType)]
    let days = DayInterval(events[index].event.date)
    var incident: Footprint?
    var parents: [String] = []
    for position in lists.joined() {
      let span = aggregates.spans[position]
      guard span.family == family else { continue }
      if let outerDays = span.days, let days {
        guard outerDays.start <= days.start + days.slack,
          days.end <= outerDays.end + days.slack
        else { continue }
      }
      let aggregate = aggregates.filed[position]
      guard let outer = aggregate.footprint.place else { continue }
      let footprint = incident ?? Footprint(events[index].event, knowledge: rules.knowledge)
      incident = footprint
      guard let place = footprint.place,
        outer.id == place.id || Compatibility.encloses(outer, place),
        rules.actors(
          footprint.attackers, aggregate.footprint.attackers, role: "attacker", explain: false
        ).isAgreement
      else { continue }
      parents.append(aggregate.id)
    }
    // Sorted, each once (the keys may name one place twice).
    return MinHash.distinct(parents.sorted())
  }
}
