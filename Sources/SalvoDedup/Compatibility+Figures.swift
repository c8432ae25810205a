import SalvoModel

extension Compatibility {
  /// Figures agree when the intervals their hedges allow overlap ("about 40" ~ 40; "more
  /// than 85" ~ 90): 3 when both read the same number above 5 with the same hedge ("180" and
  /// "180", "about 40" and "about 40"), 2 for the same small exact number (3 killed and 3
  /// killed), else 1. A vague figure says nothing. Figures that do not overlap ("180" vs
  /// "200 missiles") disagree: the disagreement is recorded, never a veto, since outlets
  /// report different tolls of one event.
  static func figures(
    _ a: Profile.Figure?, _ b: Profile.Figure?, slot: String, explain: Bool = true
  ) -> RuleOutcome {
    guard let a, let b else { return .neutral }
    let open = { (figure: Profile.Figure) in figure.low <= 0 && figure.high == .infinity }
    if open(a) || open(b) { return .neutral }
    guard a.low <= b.high && b.low <= a.high else {
      return .disagree(reason: explain ? "\(slot): \(a.label) vs \(b.label) (conflict)" : "")
    }
    let weight =
      a.label == b.label && a.low == b.low && a.high == b.high
      ? (max(a.low, 0) > 5 || (a.isExact && a.low != a.low.rounded()) ? 3 : a.isExact ? 2 : 1)
      : 1
    return .agree(weight: weight, reason: explain ? "\(slot): \(a.label) ~ \(b.label)" : "")
  }
}
