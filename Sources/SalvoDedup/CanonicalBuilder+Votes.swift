import SalvoModel

extension CanonicalBuilder {
  /// The value most members give; ties go to the earliest member's. Records a conflict
  /// when members differ.
  ///
  /// - Parameter value: the value of the report at an index (read in place, not copied).
  func vote(
    _ members: [Int], field: String, _ conflicts: inout [EventCluster.Conflict],
    _ value: (Int) -> String?
  ) -> String? {
    var tally = Tally<String>()
    for member in members {
      if let reading = value(member) { tally.add(reading) }
    }
    guard let chosen = tally.leader else { return nil }
    if recordsConflicts && tally.entries.count > 1 {
      conflicts.append(
        EventCluster.Conflict(
          field: field, chosen: chosen,
          readings: tally.values.sorted().map { .init(value: $0, articleIDs: []) }))
    }
    return chosen
  }

  /// The member with the most precise date (see the type's summary), nil when none is
  /// dated. Records a conflict when members give different days.
  func bestDate(_ members: [Int], _ conflicts: inout [EventCluster.Conflict]) -> Int? {
    var known: [(member: Int, days: DayInterval, reading: Int)] = []
    var support = Tally<TimeExpression>()
    for member in members {
      guard let days = profiles[member].days else { continue }
      known.append((member, days, support.add(reports[member].date)))
    }
    let best = known.min { a, b in
      if a.days.length != b.days.length { return a.days.length < b.days.length }
      let countA = support.entries[a.reading].count
      let countB = support.entries[b.reading].count
      if countA != countB { return countA > countB }
      return a.days.start < b.days.start
    }
    guard let best else { return nil }
    let date = reports[best.member].date
    guard recordsConflicts else { return best.member }
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
    return best.member
  }

  /// The member with the most specific place (see the type's summary), nil when none has
  /// one.
  ///
  /// - Parameter place: the place of the report at an index.
  func bestPlace(_ members: [Int], _ place: (Int) -> EventReport.Place?) -> Int? {
    var candidates: [(member: Int, rank: Int, id: Int)] = []
    var support = Tally<String>()
    for member in members {
      guard let found = place(member) else { continue }
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
      let (idA, idB) = (support.entries[a.id], support.entries[b.id])
      if idA.count != idB.count { return idA.count > idB.count }
      return idA.value < idB.value
    }
    return best?.member
  }

  /// The actors by role (attacker, target, victim, sponsor, interceptor), each id once (its
  /// first mention), named before generic, then the most reported first, then by id.
  func mergedActors(_ members: [Int]) -> [EventReport.Actor] {
    // One entry per role and id, with its first mention (read in place, copied once).
    var entries: [(role: Int, id: String, isGeneric: Bool, count: Int, first: EventReport.Actor)] =
      []
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
        let id = reports[member].actors[position].actor.gazetteerID
        if let known = entries.firstIndex(where: { $0.role == role && $0.id == id }) {
          entries[known].count += 1
        } else {
          entries.append(
            (role, id, rules.knowledge.links.isGeneric(id), 1, reports[member].actors[position]))
        }
      }
    }
    entries.sort { a, b in
      if a.role != b.role { return a.role < b.role }
      if a.isGeneric != b.isGeneric { return !a.isGeneric }
      if a.count != b.count { return a.count > b.count }
      return a.id < b.id
    }
    return entries.map(\.first)
  }

  /// The members' weapons, each once, the most reported first, then by name.
  func rankedWeapons(_ members: [Int]) -> [String] {
    var weapons = Tally<String>()
    for member in members {
      for weapon in reports[member].weapons { weapons.add(weapon) }
    }
    return weapons.byCount(then: <)
  }
}
