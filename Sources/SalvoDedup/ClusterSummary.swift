/// What the link pass knows of a cluster without visiting its members: the bounds of their
/// dates, and up to two of their places, attacker lists and target lists. Any of them can
/// prove that two clusters cannot merge: two of their members have disjoint dates, places
/// that exclude each other, or attackers or targets that cannot be the same parties
/// (`Compatibility` vetoes each). Most links that fail, fail so.
struct ClusterSummary: Sendable {
  /// The bounds of the members' dates.
  private var days: DayBounds
  private var places: TwoParts
  private var attackers: TwoParts
  private var targets: TwoParts

  /// The summary of profile `member`.
  init(_ member: Int, _ profile: Profile, _ table: PartTable) {
    days = DayBounds(profile.days)
    places = TwoParts(table.placeOf[member])
    attackers = TwoParts(table.attackersOf[member])
    targets = TwoParts(table.targetsOf[member])
  }

  /// Adds another cluster's members.
  mutating func formUnion(_ other: ClusterSummary) {
    days.formUnion(other.days)
    places.formUnion(other.places)
    attackers.formUnion(other.attackers)
    targets.formUnion(other.targets)
  }

  /// Whether some member of this cluster and some member of `other` cannot be one event,
  /// by their dates, places or actors.
  ///
  /// - Parameters:
  ///   - memo: the verdicts on pairs of parts already asked for (a run has a few thousand
  ///     distinct parts, and its clusters are compared millions of times).
  func excludes(_ other: ClusterSummary, _ table: PartTable, memo: inout PartTable.Memo) -> Bool {
    days.excludes(other.days)
      || places.anyPair(other.places) { memo.places($0, $1, table) }
      || attackers.anyPair(other.attackers) { memo.actors($0, $1, table) }
      || targets.anyPair(other.targets) { memo.actors($0, $1, table) }
  }
}

/// Up to two distinct numbers of parts (-1 for none): what the members of a cluster have,
/// or the first two of them; whatever those exclude, the cluster excludes.
private struct TwoParts: Sendable {
  private var first: Int32
  private var second: Int32 = -1

  init(_ part: Int32) { first = part }

  mutating func formUnion(_ other: TwoParts) {
    add(other.first)
    add(other.second)
  }

  private mutating func add(_ part: Int32) {
    guard part >= 0, part != first, part != second else { return }
    if first < 0 {
      first = part
    } else if second < 0 {
      second = part
    }
  }

  /// Whether `test` holds for some part of this and some part of `other`.
  func anyPair(_ other: TwoParts, where test: (Int32, Int32) -> Bool) -> Bool {
    guard first >= 0, other.first >= 0 else { return false }
    return test(first, other.first)
      || (other.second >= 0 && test(first, other.second))
      || (second >= 0
        && (test(second, other.first) || (other.second >= 0 && test(second, other.second))))
  }
}

/// The distinct places and actor lists of a run's reports, numbered for `ClusterSummary`.
///
/// Profiles share one object per distinct place and one list per distinct actor list
/// (`SharedParts`), so each is numbered by its identity.
struct PartTable: Sendable {
  private let rules: Compatibility
  private let places: [Profile.Place]
  private let actorLists: [[Profile.Actor]]
  /// Each profile's place number (-1 for none).
  let placeOf: [Int32]
  /// Each profile's attacker list number (-1 for none).
  let attackersOf: [Int32]
  /// Each profile's target list number (-1 for none).
  let targetsOf: [Int32]

  /// Numbers the parts of `profiles`.
  init(_ profiles: [Profile], rules: Compatibility) {
    var placeNumber: [ObjectIdentifier: Int32] = [:]
    var places: [Profile.Place] = []
    placeOf = profiles.map { profile in
      guard let place = profile.place else { return -1 }
      if let known = placeNumber[ObjectIdentifier(place)] { return known }
      places.append(place)
      placeNumber[ObjectIdentifier(place)] = Int32(places.count - 1)
      return Int32(places.count - 1)
    }
    var listNumber: [UnsafeRawPointer: Int32] = [:]
    var lists: [[Profile.Actor]] = []
    let number = { (list: [Profile.Actor]) -> Int32 in
      guard !list.isEmpty,
        let identity = list.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) })
      else { return -1 }
      if let known = listNumber[identity] { return known }
      lists.append(list)
      listNumber[identity] = Int32(lists.count - 1)
      return Int32(lists.count - 1)
    }
    attackersOf = profiles.map { number($0.attackers) }
    targetsOf = profiles.map { number($0.targets) }
    self.places = places
    actorLists = lists
    self.rules = rules
  }

  /// The verdicts of a table already asked for, by pair of parts: one per thread.
  ///
  /// An open-addressing table on the pair's key (a multiply mixes it; `Dictionary` would hash
  /// it again on each of the millions of lookups); a key is never 0, the free slot's mark.
  struct Memo {
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var verdicts = [Bool](repeating: false, count: 1024)
    private var used = 0

    init() {}

    /// `table.placesExclude(a, b)`, asked once.
    mutating func places(_ a: Int32, _ b: Int32, _ table: PartTable) -> Bool {
      verdict(0, a, b) { table.placesExclude(a, b) }
    }

    /// `table.actorsExclude(a, b)`, asked once.
    mutating func actors(_ a: Int32, _ b: Int32, _ table: PartTable) -> Bool {
      verdict(1, a, b) { table.actorsExclude(a, b) }
    }

    private mutating func verdict(_ kind: UInt64, _ a: Int32, _ b: Int32, _ ask: () -> Bool)
      -> Bool
    {
      let key =
        (kind + 1) << 62 | UInt64(UInt32(bitPattern: a)) << 31 | UInt64(UInt32(bitPattern: b))
      let slot = self.slot(of: key)
      if keys[slot] == key { return verdicts[slot] }
      let found = ask()
      keys[slot] = key
      verdicts[slot] = found
      used += 1
      if used * 2 > keys.count { grow() }
      return found
    }

    /// The slot holding `key`, or the free slot where it goes (linear probing).
    private func slot(of key: UInt64) -> Int {
      let mask = keys.count - 1
      var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      return slot
    }

    /// Doubles the table.
    private mutating func grow() {
      let (oldKeys, oldVerdicts) = (keys, verdicts)
      keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
      verdicts = [Bool](repeating: false, count: oldKeys.count * 2)
      for (key, verdict) in zip(oldKeys, oldVerdicts) where key != 0 {
        let slot = slot(of: key)
        keys[slot] = key
        verdicts[slot] = verdict
      }
    }
  }

  /// Whether places `a` and `b` exclude each other as the locations of one event.
  func placesExclude(_ a: Int32, _ b: Int32) -> Bool {
    a != b && rules.places(places[Int(a)], places[Int(b)], slot: "", explain: false).isConflict
  }

  /// Whether actor lists `a` and `b` (attackers, or targets) cannot be the same parties.
  func actorsExclude(_ a: Int32, _ b: Int32) -> Bool {
    rules.actors(actorLists[Int(a)], actorLists[Int(b)], role: "", explain: false).isConflict
  }
}
