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
    _ members: [Int], slot: String, _ conflicts: inout [EventCluster.Conflict],
    _ figure: (EventReport) -> EventReport.Figure?
  ) -> EventReport.Figure? {
    var readers: [Int] = []
    var figures: [EventReport.Figure] = []
    for member in members {
      guard let found = figure(reports[member]) else { continue }
      readers.append(member)
      figures.append(found)
    }
    guard let first = figures.first else { return nil }
    if figures.count == 1 {
      // One reading conflicts only with itself, when its range is inverted ("10–5").
      let bounds = Profile.interval(first.quantity)
      guard bounds.high < bounds.low else { return first }
    }
    // Each reading's label, and the distinct articles that give each label.
    var labels = Tally<String>()
    let label = figures.map { labels.add(FigureText.label($0.quantity)) }
    var supporters = [[Int]](repeating: [], count: labels.values.count)
    for (position, member) in readers.enumerated()
    where !supporters[label[position]].contains(reports[member].article) {
      supporters[label[position]].append(reports[member].article)
    }
    let published = readers.map { articles[reports[$0].article].published?.description ?? "" }
    let chosen = figures.indices.min { a, b in
      let supportA = supporters[label[a]].count
      let supportB = supporters[label[b]].count
      if supportA != supportB { return supportA > supportB }
      let rankA = Self.precisionRank(figures[a].quantity.qualifier)
      let rankB = Self.precisionRank(figures[b].quantity.qualifier)
      if rankA != rankB { return rankA < rankB }
      if published[a] != published[b] { return published[a] > published[b] }
      let valueA = figures[a].quantity.value ?? figures[a].quantity.low ?? 0
      let valueB = figures[b].quantity.value ?? figures[b].quantity.low ?? 0
      if valueA != valueB { return valueA > valueB }
      return labels.values[label[a]] < labels.values[label[b]]
    }
    guard let chosen else { return nil }
    // Two readings cannot both hold when one's interval ends below where another's starts.
    let intervals = figures.map { Profile.interval($0.quantity) }
    let lowestHigh = intervals.reduce(Double.infinity) { $1.high < $0 ? $1.high : $0 }
    let highestLow = intervals.reduce(-Double.infinity) { $1.low > $0 ? $1.low : $0 }
    if lowestHigh < highestLow {
      conflicts.append(
        conflict(
          slot, chosen: labels.values[label[chosen]],
          readers.indices.map { (labels.values[label[$0]], reports[readers[$0]].article) }))
    }
    return figures[chosen]
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
