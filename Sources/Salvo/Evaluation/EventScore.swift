/// A field of an event, compared over matched gold and run events (see `EventScorer`).
public enum EventField: String, Sendable, CaseIterable {
  /// ACLED event type.
  case type
  /// ACLED sub-event type, where gold gives one.
  case subType = "sub_event_type"
  /// Incident or aggregate.
  case kind
  /// Asserted, claimed or suspected.
  case modality
  /// The date, where gold gives one.
  case date
  /// The location.
  case location
  /// The attacker.
  case attacker
  /// The target.
  case target
  /// The weapons.
  case weapon
  /// The count.
  case count
  /// People killed.
  case killed
  /// People injured.
  case injured
}

/// How a run's event mentions compare with one article's gold events (or with all of them).
public struct EventScore: Sendable, Equatable {
  /// Matched events (true positives), run events counted (predicted) and gold events
  /// counted (gold): required gold events plus the optional ones that were matched.
  public var score = Score()
  /// The run's event mentions, all of them.
  public var runEvents = 0
  /// Gold events marked `scope: "campaign"`: optional.
  public var optionalGold = 0
  /// Optional gold events that were matched (and so are counted as gold and as true
  /// positives).
  public var optionalMatched = 0
  /// Unmatched run events that matched only optional gold events: not counted as
  /// predictions.
  public var excusedRun = 0
  /// Per field, over matched pairs: how many pairs were scorable and how many agreed.
  public var fields: [EventField: Accuracy] = [:]
  /// Gold `not_events` the run produced an event for, with the event (must be empty).
  public var notEventsHit: [String] = []
  /// Matched pairs with disagreeing fields: the gold event, the run trigger, and per field
  /// the gold and the run value.
  public var mismatches: [String] = []
  /// Gold events nothing matched (optional ones excluded), with their evidence.
  public var unmatchedGold: [String] = []
  /// Run events that matched no gold event and count as false positives, with their
  /// evidence.
  public var unmatchedRun: [String] = []

  /// Creates an empty score.
  /// For each matched gold event (its index in the gold file), the canonical event id of
  /// the run event it matched; per article only (not summed).
  public var matchedEventIDs: [Int: String] = [:]

  public init() {}

  /// Run events that matched no gold event.
  public var falsePositives: Int { score.predicted - score.truePositives }
  /// Gold events no run event matched.
  public var falseNegatives: Int { score.gold - score.truePositives }

  /// The accuracy of one field (nothing scored when the field was never scorable).
  public func accuracy(_ field: EventField) -> Accuracy { fields[field] ?? Accuracy() }

  static func + (lhs: EventScore, rhs: EventScore) -> EventScore {
    var sum = EventScore()
    sum.score = lhs.score + rhs.score
    sum.runEvents = lhs.runEvents + rhs.runEvents
    sum.optionalGold = lhs.optionalGold + rhs.optionalGold
    sum.optionalMatched = lhs.optionalMatched + rhs.optionalMatched
    sum.excusedRun = lhs.excusedRun + rhs.excusedRun
    sum.fields = lhs.fields.merging(rhs.fields, uniquingKeysWith: +)
    sum.notEventsHit = lhs.notEventsHit + rhs.notEventsHit
    sum.mismatches = lhs.mismatches + rhs.mismatches
    sum.unmatchedGold = lhs.unmatchedGold + rhs.unmatchedGold
    sum.unmatchedRun = lhs.unmatchedRun + rhs.unmatchedRun
    return sum
  }
}
