/// How a run's canonical events group gold events of different articles (`clusters.json`).
///
/// Over the gold events that were matched to a run event mention (`EventScorer`), a pair is
/// a gold pair when both lie in one gold cluster, and a run pair when both mentions carry one
/// `event_id`. Precision is the share of run pairs that are gold pairs, recall the share of
/// gold pairs that are run pairs. Pairs of an optional campaign cluster count when merged and
/// are not missed otherwise; pairs with a partial relation (overlapping aggregates, an
/// instance and its whole) are left out of both. Every `distinct_but_similar` pair merged is a
/// violation. A gold near-duplicate article pair is found when the run gives both articles
/// one representative (`duplicate_of`).
public struct ClusterScore: Sendable {
  /// Pairwise precision, recall and F1.
  public var pairs = Score()
  /// Gold clusters with at least two matched members.
  public var scorableClusters = 0
  /// Those whose matched members all share one event id.
  public var fullyMerged = 0
  /// Gold clusters (labels) whose matched members were split, with the split.
  public var split: [String] = []
  /// Merged run pairs that are not gold pairs (`000#4 + 001#20`).
  public var wrongMerges: [String] = []
  /// `distinct_but_similar` pairs that were merged.
  public var distinctMerged: [String] = []
  /// `distinct_but_similar` pairs with both events matched (so checkable).
  public var distinctCheckable = 0
  /// Gold near-duplicate article pairs.
  public var nearDuplicatePairs = 0
  /// Those the run flagged.
  public var nearDuplicatesFound = 0
  /// Articles the run flags as duplicates that gold does not pair.
  public var extraDuplicates: [String] = []

  /// Creates an empty score.
  public init() {}
}
