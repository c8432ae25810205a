import SalvoModel

extension CanonicalBuilder {
  /// The value most members give; ties go to the earliest member's. Records a conflict
  /// when members differ.
  func vote(
    _ members: [Int], field: String, _ conflicts: inout [EventCluster.Conflict],
    _ value: (EventReport) -> String?
  ) -> String? {
    var tally = Tally<String>()
    for member in members {
      if let reading = value(reports[member]) { tally.add(reading) }
    }
    guard let chosen = tally.leader else { return nil }
    if tally.values.count > 1 {
      conflicts.append(
        EventCluster.Conflict(
          field: field, chosen: chosen,
          readings: tally.values.sorted().map { .init(value: $0, articleIDs: []) }))
    }
    return chosen
  }

  /// The most precise date (see the type's summary). Records a conflict when members give
  /// different days.
  func bestDate(_ members: [Int], _ conflicts: inout [EventCluster.Conflict]) -> TimeExpression {
    var known: [(member: Int, days: DayInterval, reading: Int)] = []
    var support = Tally<TimeExpression>()
    for member in members {
      guard let days = DayInterval(reports[member].date) else { continue }
      known.append((member, days, support.add(reports[member].date)))
    }
    let best = known.min { a, b in
      if a.days.length != b.days.length { return a.days.length < b.days.length }
      let (countA, countB) = (support.counts[a.reading], support.counts[b.reading])
      if countA != countB { return countA > countB }
      return a.days.start < b.days.start
    }
    guard let best else { return reports[members[0]].date }
    let date = reports[best.member].date
    let precise = known.filter { $0.days.length <= 1 }
    let firstDay = precise.first.flatMap { reports[$0.member].date.start }
    if precise.contains(where: { reports[$0.member].date.start != firstDay }) {
      conflicts.append(
        conflict(
          "date", chosen: date.start?.description ?? "",
          precise.compactMap { reading in
            reports[reading.member].date.start.map {
              ($0.description, reports[reading.member].article)
            }
          }))
    }
    return date
  }

  /// The most specific place (see the type's summary).
  func bestPlace(_ members: [Int], _ place: (EventReport) -> EventReport.Place?)
    -> EventReport.Place?
  {
    var candidates: [(member: Int, rank: Int, id: Int)] = []
    var support = Tally<String>()
    for member in members {
      guard let found = place(reports[member]) else { continue }
      let rank =
        switch found.precision {
        case .site: 0
        case .city: 1
        case .admin1: 2
        case .country: 3
        case .region: 4
        }
      candidates.append((member, rank, support.add(found.place.gazetteerID)))
    }
    let best = candidates.min { a, b in
      if a.rank != b.rank { return a.rank < b.rank }
      let (countA, countB) = (support.counts[a.id], support.counts[b.id])
      if countA != countB { return countA > countB }
      return support.values[a.id] < support.values[b.id]
    }
    return best.flatMap { place(reports[$0.member]) }
  }

  /// The actors by role (attacker, target, victim, sponsor, interceptor), each id once (its
  /// first mention), named before generic, then the most reported first, then by id.
  func mergedActors(_ members: [Int]) -> [EventReport.Actor] {
    // One pass over the members' actors, read in place, filed by role.
    var ids = [Tally<String>](repeating: Tally(), count: EventRole.allCases.count)
    var firsts = [[EventReport.Actor]](repeating: [], count: EventRole.allCases.count)
    for member in members {
      for position in reports[member].actors.indices {
        let role =
          switch reports[member].actors[position].role {
          case .attacker: 0
          case .target: 1
          case .victim: 2
          case .sponsor: 3
          case .interceptor: 4
          }
        if ids[role].add(reports[member].actors[position].actor.gazetteerID) == firsts[role].count {
          firsts[role].append(reports[member].actors[position])
        }
      }
    }
    var merged: [EventReport.Actor] = []
    let links = rules.knowledge.links
    for (tally, actors) in zip(ids, firsts) where !actors.isEmpty {
      let generic = tally.values.map(links.isGeneric)
      merged += tally.values.indices.sorted { a, b in
        if generic[a] != generic[b] { return !generic[a] }
        if tally.counts[a] != tally.counts[b] { return tally.counts[a] > tally.counts[b] }
        return tally.values[a] < tally.values[b]
      }.map { actors[$0] }
    }
    return merged
  }

  /// The members' weapons, each once, the most reported first, then by name.
  func rankedWeapons(_ members: [Int]) -> [String] {
    var weapons = Tally<String>()
    for member in members {
      for weapon in reports[member].weapons { weapons.add(weapon) }
    }
    return weapons.byCount { weapons.values[$0] < weapons.values[$1] }.map { weapons.values[$0] }
  }
}
