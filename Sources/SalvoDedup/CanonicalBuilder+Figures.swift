import SalvoModel

extension CanonicalBuilder {
  /// The member whose figure a canonical event reports for a slot, nil when none gives one.
  ///
  /// Policy: the reading given by the most articles; ties go to the more precise hedge
  /// (exact, range, about, at least / more than, up to / less than, vague), then to the
  /// latest-published source (later reports carry updated tolls), then to the larger value.
  /// When two readings cannot both hold under their hedges (180 vs 200), every reading is
  /// kept in a conflict; compatible readings ("about 40" and 40) are not a conflict.
  ///
  /// - Parameters:
  ///   - figure: the slot's figure in the report at an index.
  ///   - profiled: the same slot in its profile (its label and interval).
  func reconcile(
    _ members: [Int], slot: String, _ conflicts: inout [EventCluster.Conflict],
    _ figure: (Int) -> EventReport.Figure?, _ profiled: (Profile) -> Profile.Figure?
  ) -> Int? {
    // Each reading's member, its profiled figure, its label's position in `labels`, its
    // hedge's rank and its value.
    var readings: [(member: Int, figure: Profile.Figure, label: Int, rank: Int, value: Double)] =
      []
    var labels = Tally<String>()
    for member in members {
      guard let found = profiled(profiles[member]) else { continue }
      readings.append((member, found, labels.add(found.label), 0, 0))
    }
    guard let first = readings.first else { return nil }
    // One reading conflicts only with itself, when its range is inverted ("10–5").
    if readings.count == 1 && first.figure.low <= first.figure.high {
      return first.member
    }
    for position in readings.indices {
      guard let quantity = figure(readings[position].member)?.quantity else { continue }
      readings[position].rank = Self.precisionRank(quantity.qualifier)
      readings[position].value = quantity.value ?? quantity.low ?? 0
    }
    // The distinct articles that give each label.
    var supporters = [[Int]](repeating: [], count: labels.entries.count)
    for reading in readings
    where !supporters[reading.label].contains(reports[reading.member].article) {
      supporters[reading.label].append(reports[reading.member].article)
    }
    let published = readings.map {
      articles[reports[$0.member].article].published?.description ?? ""
    }
    let chosen = readings.indices.min { a, b in
      let (readingA, readingB) = (readings[a], readings[b])
      let supportA = supporters[readingA.label].count
      let supportB = supporters[readingB.label].count
      if supportA != supportB { return supportA > supportB }
      if readingA.rank != readingB.rank { return readingA.rank < readingB.rank }
      if published[a] != published[b] { return published[a] > published[b] }
      if readingA.value != readingB.value { return readingA.value > readingB.value }
      return readingA.figure.label < readingB.figure.label
    }
    guard let chosen else { return nil }
    // Two readings cannot both hold when one's interval ends below where another's starts.
    let lowestHigh = readings.reduce(Double.infinity) { min($0, $1.figure.high) }
    let highestLow = readings.reduce(-Double.infinity) { max($0, $1.figure.low) }
    if recordsConflicts && lowestHigh < highestLow {
      conflicts.append(
        conflict(
          slot, chosen: readings[chosen].figure.label,
          readings.map { ($0.figure.label, reports[$0.member].article) }))
    }
    return readings[chosen].member
  }

  static func precisionRank(_ qualifier: QuantityQualifier) -> Int {
    switch qualifier {
    case .exact: 0
    case .range: 1
    case .approx: 2
    case .atLeast, .moreThan: 3
    case .upTo, .lessThan: 4
    case .vague: 5
    }
  }
}
