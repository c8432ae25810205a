/// Distinct values in the order they first appear, each with how often it appears: what the
/// canonical builder's votes count.
///
/// A cluster's members give few distinct values (event types, places, dates, weapons), so a
/// linear scan of them costs less than hashing each reading into a dictionary.
struct Tally<Value: Equatable> {
  /// The distinct values, in the order they first appeared, with how often each was added.
  private(set) var entries: [(value: Value, count: Int)] = []

  /// Counts `value` once more; returns its position in `entries`.
  @discardableResult
  mutating func add(_ value: Value) -> Int {
    if let position = entries.firstIndex(where: { $0.value == value }) {
      entries[position].count += 1
      return position
    }
    entries.append((value, 1))
    return entries.count - 1
  }

  /// The distinct values, in the order they first appeared.
  var values: [Value] { entries.map(\.value) }

  /// The value added most often; ties go to the one that appeared first.
  var leader: Value? {
    guard var best = entries.indices.first else { return nil }
    for position in entries.indices where entries[position].count > entries[best].count {
      best = position
    }
    return entries[best].value
  }

  /// The distinct values, the most frequent first, ties in `tieOrder`.
  func byCount(then tieOrder: (Value, Value) -> Bool) -> [Value] {
    entries.sorted { a, b in a.count != b.count ? a.count > b.count : tieOrder(a.value, b.value) }
      .map(\.value)
  }
}
