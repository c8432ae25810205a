/// The verdicts of a run of visited profiles on their candidates, compared on threads before
/// the clusterer's sequential first pass reads them.
///
/// A profile's candidates are the profiles filed under the keys it looks up (its probes),
/// each once. Comparing them does not depend on the clusters, so it is done ahead, on
/// `threads` threads, a run of the visiting order at a time (so that memory stays bounded),
/// and the first pass only looks the verdicts up. Each verdict is the one the first pass
/// would have computed itself: the visiting profile compared with the candidate, in that
/// direction.
struct CandidateVerdicts {
  /// A verdict packed in a byte: `incompatible`, `compatibleOnly`, or the merging score
  /// (at least `Compatibility.threshold`).
  typealias Code = Int8
  /// Some rule rules the merge out.
  static let incompatible: Code = -2
  /// Compatible, but not anchored or scoring below the threshold.
  static let compatibleOnly: Code = -1

  /// The first visiting position covered.
  let first: Int
  /// For each covered position, the range of its candidates in `candidates`.
  private(set) var starts: [Int32] = [0]
  /// The candidates visited before the profile (the only ones the first pass compares it
  /// with), in the order found.
  private(set) var candidates: [Int32] = []
  /// Their verdicts.
  private(set) var codes: [Code] = []
  /// For each covered position, the range of its compatible candidates (earlier or later)
  /// in `compatible`.
  private(set) var compatibleStarts: [Int32] = [0]
  /// The candidates each profile is compatible with, in the order found.
  private(set) var compatible: [Int32] = []
  /// Their verdicts.
  private(set) var compatibleCodes: [Code] = []

  /// The code of a verdict.
  static func code(_ verdict: Verdict) -> Code {
    guard verdict.compatible else { return incompatible }
    // Scores are sums of a few small weights, far below `Code.max`.
    return verdict.merges ? Code(clamping: verdict.score) : compatibleOnly
  }

  /// The candidates (and their codes) of the profile at visiting position `position`.
  func entries(at position: Int) -> Range<Int> {
    Int(starts[position - first])..<Int(starts[position - first + 1])
  }

  func candidate(_ entry: Int) -> Int { Int(candidates[entry]) }
  func code(_ entry: Int) -> Code { codes[entry] }

  /// Compares the profiles at visiting positions `positions` with their candidates, on
  /// `threads` threads (the result does not depend on it).
  ///
  /// - Parameters:
  ///   - rank: each profile's visiting position (`Int32.max` for one not visited).
  static func compute(
    _ positions: Range<Int>, clusterer: EventClusterer, index: BlockIndex, rank: [Int32],
    threads: Int
  ) -> CandidateVerdicts {
    let pieces = max(1, min(threads, positions.count))
    let size = (positions.count + pieces - 1) / pieces
    let parts = Parallel.map(pieces, threads: pieces) { piece -> CandidateVerdicts in
      let start = positions.lowerBound + piece * size
      let span = start..<min(positions.upperBound, start + size)
      // Compared in date order: reports of nearby days share candidates, which then stay in
      // the cache (comparing is mostly waiting for memory). Filed in visiting order after.
      let firstDay = { (position: Int) in
        clusterer.profiles[clusterer.order[position]].days?.start ?? .max
      }
      let dated = span.sorted { (firstDay($0), $0) < (firstDay($1), $1) }
      var byDate = CandidateVerdicts(first: 0)
      var found: [Int32] = []
      var slot = [Int](repeating: 0, count: span.count)
      for (processed, position) in dated.enumerated() {
        byDate.add(position, clusterer: clusterer, index: index, rank: rank, found: &found)
        slot[position - start] = processed
      }
      var part = CandidateVerdicts(first: start)
      for position in span { part.copy(slot[position - start], of: byDate) }
      return part
    }
    var whole = CandidateVerdicts(first: positions.lowerBound)
    for part in parts {
      let offset = Int32(whole.candidates.count)
      whole.starts += part.starts.dropFirst().map { $0 + offset }
      whole.candidates += part.candidates
      whole.codes += part.codes
      let compatibleOffset = Int32(whole.compatible.count)
      whole.compatibleStarts += part.compatibleStarts.dropFirst().map { $0 + compatibleOffset }
      whole.compatible += part.compatible
      whole.compatibleCodes += part.compatibleCodes
    }
    return whole
  }

  /// The runs of the whole visiting order, one after another, each `verdictRun` long: on
  /// several threads, the next run is compared while this one is read.
  struct Stream {
    /// The run being read.
    private(set) var current: CandidateVerdicts
    private var following: Background<CandidateVerdicts>?
    private var nextPosition = 0
    private let make: (Int) -> CandidateVerdicts
    private let length: Int
    private let threads: Int

    init(clusterer: EventClusterer, index: BlockIndex, rank: [Int32]) {
      let run = EventClusterer.verdictRun
      let count = clusterer.order.count
      make = { position in
        CandidateVerdicts.compute(
          position..<min(count, position + run), clusterer: clusterer, index: index, rank: rank,
          threads: clusterer.threads)
      }
      length = count
      threads = clusterer.threads
      current = CandidateVerdicts(first: 0)
    }

    /// Moves on to the next run and returns it.
    mutating func next() -> CandidateVerdicts {
      current = following?.value ?? make(nextPosition)
      nextPosition += EventClusterer.verdictRun
      let (make, position) = (make, nextPosition)
      following = threads > 1 && position < length ? Background { make(position) } : nil
      return current
    }
  }

  private init(first: Int) { self.first = first }

  /// Appends the verdicts `other` holds at its `entry`-th position.
  private mutating func copy(_ entry: Int, of other: CandidateVerdicts) {
    candidates += other.candidates[Int(other.starts[entry])..<Int(other.starts[entry + 1])]
    codes += other.codes[Int(other.starts[entry])..<Int(other.starts[entry + 1])]
    starts.append(Int32(candidates.count))
    let found = Int(other.compatibleStarts[entry])..<Int(other.compatibleStarts[entry + 1])
    compatible += other.compatible[found]
    compatibleCodes += other.compatibleCodes[found]
    compatibleStarts.append(Int32(compatible.count))
  }

  /// Adds the verdicts of the profile at `position`.
  ///
  /// - Parameters:
  ///   - found: room for the candidates, sorted so that each is compared once (a few dozen:
  ///     cheaper than stamping a list as long as the run's profiles).
  private mutating func add(
    _ position: Int, clusterer: EventClusterer, index: BlockIndex, rank: [Int32],
    found: inout [Int32]
  ) {
    let member = clusterer.order[position]
    let profile = clusterer.profiles[member]
    found.removeAll(keepingCapacity: true)
    for key in clusterer.probes(profile, index) { found += index.block(key) }
    found.sort()
    for (offset, entry) in found.enumerated() {
      let candidate = Int(entry)
      guard candidate != member, offset == 0 || found[offset - 1] != entry else { continue }
      let verdict = clusterer.compare(profile, with: candidate)
      if verdict.compatible {
        compatible.append(entry)
        compatibleCodes.append(Self.code(verdict))
      }
      if rank[candidate] < Int32(position) {
        candidates.append(entry)
        codes.append(Self.code(verdict))
      }
    }
    starts.append(Int32(candidates.count))
    compatibleStarts.append(Int32(compatible.count))
  }
}

/// Every compatible pair the first pass's comparisons found, by profile, with its code: the
/// link pass reads a single report's candidates here instead of probing its blocks again, and
/// looks a pair of members up here before comparing them again.
///
/// A profile's list holds every candidate filed under its probes that it is compatible with.
/// Those are the only candidates a single report can link with (a cluster holding a member it
/// conflicts with cannot), and two single reports link exactly when their code merges.
struct CompatiblePairs {
  /// Each profile's visiting position (the lists are filed by it).
  private let rank: [Int32]
  /// For each visiting position, the range of its pairs in `candidates`.
  private var starts: [Int32] = [0]
  private var candidates: [Int32] = []
  private var codes: [CandidateVerdicts.Code] = []

  /// An empty list, for profiles visited at `rank`.
  init(rank: [Int32]) { self.rank = rank }

  /// Adds the pairs of the next run of the visiting order.
  mutating func append(_ run: CandidateVerdicts) {
    let offset = Int32(candidates.count)
    starts += run.compatibleStarts.dropFirst().map { $0 + offset }
    candidates += run.compatible
    codes += run.compatibleCodes
  }

  /// The candidates `profile` is compatible with, each with its code.
  func compatible(with profile: Int)
    -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<CandidateVerdicts.Code>>
  {
    let found = range(of: profile)
    return zip(candidates[found], codes[found])
  }

  /// The code of `profile` compared with `candidate` when they are a compatible pair listed
  /// here; nil when they are not listed (incompatible, or never compared).
  func code(_ profile: Int, _ candidate: Int) -> CandidateVerdicts.Code? {
    guard rank[profile] != .max else { return nil }
    for slot in range(of: profile) where candidates[slot] == Int32(candidate) {
      return codes[slot]
    }
    return nil
  }

  private func range(of profile: Int) -> Range<Int> {
    let position = Int(rank[profile])
    return Int(starts[position])..<Int(starts[position + 1])
  }
}
