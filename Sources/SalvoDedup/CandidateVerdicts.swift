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
  /// Every compatible pair found, earlier or later candidate.
  private(set) var compatible: [CompatiblePairs.Pair] = []

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
      var part = CandidateVerdicts(first: start)
      var seen = [Int32](repeating: -1, count: clusterer.profiles.count)
      for position in start..<min(positions.upperBound, start + size) {
        part.add(position, clusterer: clusterer, index: index, rank: rank, seen: &seen)
      }
      return part
    }
    var whole = CandidateVerdicts(first: positions.lowerBound)
    for part in parts {
      let offset = Int32(whole.candidates.count)
      whole.starts += part.starts.dropFirst().map { $0 + offset }
      whole.candidates += part.candidates
      whole.codes += part.codes
      whole.compatible += part.compatible
    }
    return whole
  }

  private init(first: Int) { self.first = first }

  /// Adds the verdicts of the profile at `position`.
  ///
  /// - Parameters:
  ///   - seen: per profile, the last position that found it (a stamp, so each candidate is
  ///     compared once).
  private mutating func add(
    _ position: Int, clusterer: EventClusterer, index: BlockIndex, rank: [Int32],
    seen: inout [Int32]
  ) {
    let member = clusterer.order[position]
    let profile = clusterer.profiles[member]
    for key in clusterer.probes(profile, index) {
      for entry in index.block(key) {
        let candidate = Int(entry)
        guard candidate != member, seen[candidate] != Int32(position) else { continue }
        seen[candidate] = Int32(position)
        let verdict = clusterer.rules.compare(
          profile, clusterer.profiles[candidate], explain: false)
        if verdict.compatible {
          compatible.append(
            CompatiblePairs.Pair(profile: Int32(member), candidate: entry, code: Self.code(verdict))
          )
        }
        if rank[candidate] < Int32(position) {
          candidates.append(entry)
          codes.append(Self.code(verdict))
        }
      }
    }
    starts.append(Int32(candidates.count))
  }
}

/// Every compatible pair the first pass's comparisons found, by profile, with its code: the
/// link pass reads a single report's candidates here instead of probing its blocks again.
///
/// A profile's list holds every candidate filed under its probes that it is compatible with.
/// Those are the only candidates a single report can link with (a cluster holding a member it
/// conflicts with cannot), and two single reports link exactly when their code merges.
struct CompatiblePairs {
  /// A compatible pair: the looking-up profile, its candidate and their code.
  struct Pair {
    var profile: Int32
    var candidate: Int32
    var code: CandidateVerdicts.Code
  }

  /// For each profile, the range of its pairs in `candidates`.
  private var starts: [Int32]
  private var candidates: [Int32]
  private var codes: [CandidateVerdicts.Code]

  /// Files `pairs` by profile, for `profileCount` profiles.
  init(_ pairs: [Pair], profileCount: Int) {
    var starts = [Int32](repeating: 0, count: profileCount + 1)
    for pair in pairs { starts[Int(pair.profile) + 1] += 1 }
    for profile in 0..<profileCount { starts[profile + 1] += starts[profile] }
    var next = starts
    candidates = [Int32](repeating: 0, count: pairs.count)
    codes = [CandidateVerdicts.Code](repeating: 0, count: pairs.count)
    for pair in pairs {
      let slot = Int(next[Int(pair.profile)])
      next[Int(pair.profile)] += 1
      candidates[slot] = pair.candidate
      codes[slot] = pair.code
    }
    self.starts = starts
  }

  /// The candidates `profile` is compatible with.
  func candidates(of profile: Int) -> ArraySlice<Int32> {
    candidates[Int(starts[profile])..<Int(starts[profile + 1])]
  }

  /// The score with which `profile` merges with `candidate`, a profile filed under one of
  /// its probes; nil when they do not merge.
  func score(_ profile: Int, _ candidate: Int) -> Int? {
    for slot in Int(starts[profile])..<Int(starts[profile + 1])
    where candidates[slot] == Int32(candidate) {
      return codes[slot] >= 0 ? Int(codes[slot]) : nil
    }
    return nil
  }
}
