/// What one compatibility rule says about a pair of event reports.
package enum RuleOutcome: Sendable, Hashable {
  /// The field agrees: evidence that the reports tell of one event, with its weight.
  case agree(weight: Int, reason: String)
  /// The field cannot decide (missing on a side, or too vague to compare).
  case neutral
  /// The field disagrees in a way that rules the merge out.
  case conflict(reason: String)
  /// The field disagrees in a way worth recording but not ruling out (reported numbers).
  case disagree(reason: String)

  /// The weight it adds to the pair's score.
  var weight: Int {
    if case .agree(let weight, _) = self { return weight }
    return 0
  }

  /// Whether it rules the merge out.
  package var isConflict: Bool {
    if case .conflict = self { return true }
    return false
  }

  /// Whether it agrees.
  package var isAgreement: Bool {
    if case .agree = self { return true }
    return false
  }

  /// Its reason, when it has one.
  var reason: String? {
    switch self {
    case .agree(_, let reason), .conflict(let reason), .disagree(let reason): reason
    case .neutral: nil
    }
  }
}

/// The verdict on a pair of event reports: whether they may be one event, how strongly
/// their fields agree, and why.
package struct Verdict: Sendable, Hashable {
  /// False when some rule rules the merge out.
  package var compatible: Bool
  /// The sum of the agreeing rules' weights.
  package var score: Int
  /// Whether some agreement can anchor a merge on its own terms: overlapping dates, the
  /// same place or a place finer than a country that encloses the other, the same exact
  /// figure. Actors, weapons and types alone never merge two reports.
  package var anchored = false
  /// The rules' reasons, agreements and disagreements, in rule order (empty unless asked).
  package var reasons: [String]

  /// Whether the pair may be merged: compatible, anchored and scoring at least the
  /// threshold.
  package var merges: Bool { compatible && anchored && score >= Compatibility.threshold }
}
