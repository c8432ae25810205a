/// Distinct values in the order they first appear, each with how often it appears: what the
/// canonical builder's votes count.
///
/// A cluster's members give few distinct values (event types, places, dates, actor ids), so
/// a linear scan of them costs less than hashing each reading into a dictionary.
struct Tally<Value: Equatable> {
  /// The distinct values, in the order they first appeared.
  private(set) var values: [Value] = []
  /// How often each of `values` was added.
  private(set) var counts: [Int] = []

  /// Counts `value` once more; returns its position in `values`.
  @discardableResult
  mutating func add(_ value: Value) -> Int {
    if let position = values.firstIndex(of: value) {
      counts[position] += 1
      return position
    }
    values.append(value)
    counts.append(1)
    return values.count - 1
  }

  /// The value added most often; ties go to the one that appeared first.
  var leader: Value? {
    guard var best = counts.indices.first else { return nil }
    for position in counts.indices where counts[position] > counts[best] { best = position }
    return values[best]
  }

  /// The positions in `values`, the most frequent first, ties in `tieOrder`.
  func byCount(then tieOrder: (Int, Int) -> Bool) -> [Int] {
    values.indices.sorted { a, b in
      counts[a] != counts[b] ? counts[a] > counts[b] : tieOrder(a, b)
    }
  }
}
