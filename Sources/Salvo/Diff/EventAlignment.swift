import SalvoIO

/// Which old event became which new one. Events are paired in three passes, each over
/// the events the previous passes left: by id; by shared evidence (a source of each in
/// the same article with overlapping offsets), most shared sources first; by similarity
/// of their fields (`EventAlignment.similarity`) at or above `threshold`, most similar
/// first, among events that share an article. Ties go to the most similar pair, then to
/// file order, so the result is deterministic.
public struct EventAlignment: Sendable {
  /// How a pair was found.
  public enum Basis: String, Sendable, Equatable {
    /// The same id.
    case id
    /// Overlapping evidence in the same article.
    case evidence
    /// Similar type, date, place, actors and articles.
    case similarity
  }

  /// A pair of indexes into the old and new events.
  public struct Pair: Sendable, Equatable {
    /// Index in the old events.
    public var old: Int
    /// Index in the new events.
    public var new: Int
    /// How the pair was found.
    public var basis: Basis
  }

  /// The minimum similarity for the last pass.
  public static let threshold = 0.7

  /// The pairs, in old-event order.
  public var pairs: [Pair]
  /// Old events with no partner.
  public var removed: [Int]
  /// New events with no partner.
  public var added: [Int]

  /// Aligns two runs' events.
  public init(old: [EventLine], new: [EventLine]) {
    var pairs: [Pair] = []
    var oldFree = Set(old.indices)
    var newFree = Set(new.indices)
    var newByID: [String: Int] = [:]
    for (index, event) in new.enumerated() where newByID[event.id] == nil {
      newByID[event.id] = index
    }
    for (index, event) in old.enumerated() {
      if let match = newByID[event.id], newFree.contains(match) {
        pairs.append(Pair(old: index, new: match, basis: .id))
        oldFree.remove(index)
        newFree.remove(match)
      }
    }
    // Only events that share an article can pair: no quadratic scan over the run.
    var byKey: [String: [Int]] = [:]
    for j in newFree.sorted() {
      for key in Self.blockingKeys(new[j]) { byKey[key, default: []].append(j) }
    }
    var candidates: [(old: Int, new: Int, shared: Int, similarity: Double)] = []
    for i in oldFree.sorted() {
      let near = Set(Self.blockingKeys(old[i]).flatMap { byKey[$0] ?? [] })
      for j in near.sorted() {
        let shared = Self.sharedEvidence(old[i], new[j])
        let similarity = Self.similarity(old[i], new[j])
        if shared > 0 || similarity >= Self.threshold {
          candidates.append((i, j, shared, similarity))
        }
      }
    }
    func take(_ list: [(old: Int, new: Int, shared: Int, similarity: Double)], _ basis: Basis) {
      for candidate in list where oldFree.contains(candidate.old) && newFree.contains(candidate.new)
      {
        pairs.append(Pair(old: candidate.old, new: candidate.new, basis: basis))
        oldFree.remove(candidate.old)
        newFree.remove(candidate.new)
      }
    }
    take(
      candidates.filter { $0.shared > 0 }.sorted {
        ($0.shared, $0.similarity, -$0.old, -$0.new) > ($1.shared, $1.similarity, -$1.old, -$1.new)
      }, .evidence)
    take(
      candidates.filter { $0.similarity >= Self.threshold }.sorted {
        ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new)
      }, .similarity)
    self.pairs = pairs.sorted { ($0.old, $0.new) < ($1.old, $1.new) }
    removed = oldFree.sorted()
    added = newFree.sorted()
  }

  /// The keys under which an event meets its possible partners: its articles. Events of
  /// different articles are never paired by evidence, nor by similarity (an article renamed
  /// between runs shows its events as removed and added).
  static func blockingKeys(_ event: EventLine) -> Set<String> {
    Set(event.sources.map(\.articleID))
  }

  /// How many pairs of sources lie in the same article with overlapping offsets.
  public static func sharedEvidence(_ a: EventLine, _ b: EventLine) -> Int {
    var count = 0
    for x in a.sources {
      guard let xStart = x.start, let xEnd = x.end else { continue }
      for y in b.sources where y.articleID == x.articleID {
        guard let yStart = y.start, let yEnd = y.end else { continue }
        if max(xStart, yStart) < min(xEnd, yEnd) { count += 1 }
      }
    }
    return count
  }

  /// Agreement of two events' fields, 0 to 1: event type (weight 3), sub-event type (1),
  /// kind (1), date (2), location (2), actors (2, the Jaccard index of role and actor) and
  /// articles (2, any shared).
  public static func similarity(_ a: EventLine, _ b: EventLine) -> Double {
    var score = 0.0
    if a.eventType == b.eventType { score += 3 }
    if a.subEventType == b.subEventType { score += 1 }
    if a.kind == b.kind { score += 1 }
    if a.date.start == b.date.start && a.date.end == b.date.end
      && a.date.precision == b.date.precision
    {
      score += 2
    }
    switch (a.location, b.location) {
    case (nil, nil): score += 2
    case (let x?, let y?)
    where (x.gazetteerID != nil && x.gazetteerID == y.gazetteerID)
      || x.name == y.name:
      score += 2
    default: break
    }
    func roles(_ event: EventLine) -> Set<String> {
      Set(event.actors.map { $0.role + ":" + ($0.gazetteerID ?? $0.name) })
    }
    let (x, y) = (roles(a), roles(b))
    score +=
      x.isEmpty && y.isEmpty ? 2 : 2 * Double(x.intersection(y).count) / Double(x.union(y).count)
    if !Set(a.sources.map(\.articleID)).isDisjoint(with: b.sources.map(\.articleID)) {
      score += 2
    }
    return score / 13
  }
}
