import SalvoModel

extension CanonicalBuilder {
  /// The figure a canonical event reports for a slot.
  ///
  /// Policy: the reading given by the most articles; ties go to the more precise hedge
  /// (exact, range, about, at least / more than, up to / less than, vague), then to the
  /// latest-published source (later reports carry updated tolls), then to the larger value.
  /// When two readings cannot both hold under their hedges (180 vs 200), every reading is
  /// kept in a conflict; compatible readings ("about 40" and 40) are not a conflict.
  func reconcile(
    _ members: [Int], slot: String, _ figure: KeyPath<EventReport, EventReport.Figure?>,
    _ conflicts: inout [EventCluster.Conflict]
  ) -> EventReport.Figure? {
    let readings = members.compactMap { member -> (figure: EventReport.Figure, member: Int)? in
      reports[member][keyPath: figure].map { ($0, member) }
    }
    guard !readings.isEmpty else { return nil }
    func label(_ figure: EventReport.Figure) -> String { FigureText.label(figure.quantity) }
    var support: [String: Set<Int>] = [:]
    for reading in readings {
      support[label(reading.figure), default: []].insert(reports[reading.member].article)
    }
    func published(_ member: Int) -> String {
      articles[reports[member].article].published?.description ?? ""
    }
    let chosen = readings.min { a, b in
      let supportA = support[label(a.figure)]?.count ?? 0
      let supportB = support[label(b.figure)]?.count ?? 0
      if supportA != supportB { return supportA > supportB }
      let rankA = Self.precisionRank(a.figure.quantity.qualifier)
      let rankB = Self.precisionRank(b.figure.quantity.qualifier)
      if rankA != rankB { return rankA < rankB }
      if published(a.member) != published(b.member) {
        return published(a.member) > published(b.member)
      }
      let valueA = a.figure.quantity.value ?? a.figure.quantity.low ?? 0
      let valueB = b.figure.quantity.value ?? b.figure.quantity.low ?? 0
      if valueA != valueB { return valueA > valueB }
      return label(a.figure) < label(b.figure)
    }
    guard let chosen else { return nil }
    let intervals = readings.map { Profile.figure($0.figure) }
    let disagree = intervals.indices.contains { i in
      intervals.indices.contains { j in
        intervals[i].high < intervals[j].low || intervals[j].high < intervals[i].low
      }
    }
    if disagree {
      conflicts.append(
        conflict(
          slot, chosen: label(chosen.figure),
          readings.map { (label($0.figure), reports[$0.member].article) }))
    }
    return chosen.figure
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
