import SalvoModel

/// Decides whether two event reports may tell of one real-world event, rule by rule, each
/// with its reason.
///
/// A merge needs an anchor besides compatibility: overlapping dates, the same place (below
/// the country level for incidents) or a place finer than a country enclosing the other, the
/// same figure, or near-duplicate articles (a rewrite tells the original's events). Actors,
/// weapons and types alone never merge two reports.
///
/// A vague report, one with neither a date nor a place, cannot be placed in time or space:
/// actors and a small figure fit many events ("4 people were killed in the attack"). It is
/// merged only on strong evidence: it comes from a near-duplicate of the other's article
/// (the same story), or both name the same attacking party (a named, not a generic, actor)
/// and agree on a specific figure (the same number above 5 with the same hedge).
///
/// Vetoes: a different kind (an incident is never merged into an aggregate; it may be
/// linked to one as a part), a different event family, the same article (the events stage
/// owns within-article coreference), disjoint dates, places that exclude each other,
/// attackers or targets that cannot be the same party. Agreements add weight: dates that
/// overlap (more for precise dates), the same or an enclosing place, the same or linked
/// actors, a shared weapon, the same ACLED sub-event type, figures that agree under their
/// hedges. Disagreeing figures are recorded and never veto ("180" vs "200 missiles").
package struct Compatibility: Sendable {
  /// The least score at which two compatible reports are merged.
  package static let threshold = 5

  let knowledge: Knowledge

  /// Creates the rules over the gazetteer's links.
  package init(links: ReferenceLinks) { knowledge = Knowledge(links) }

  init(knowledge: Knowledge) { self.knowledge = knowledge }

  /// The verdict on two reports.
  ///
  /// - Parameters:
  ///   - explain: whether to collect the reasons (slower; done only for kept merges).
  func compare(_ a: Profile, _ b: Profile, explain: Bool) -> Verdict {
    var verdict = Verdict(compatible: true, score: 0, reasons: [])
    if a.kind != b.kind {
      verdict.compatible = false
      if explain { verdict.reasons.append("kind: \(a.kind.rawValue) vs \(b.kind.rawValue)") }
      return verdict
    }
    if a.family != b.family {
      verdict.compatible = false
      if explain { verdict.reasons.append("type: \(a.eventType) vs \(b.eventType)") }
      return verdict
    }
    let sameArticle =
      if let articleA = a.soleArticle, let articleB = b.soleArticle {
        articleA == articleB
      } else {
        a.articles.contains(where: b.articles.contains)
      }
    if sameArticle {
      verdict.compatible = false
      if explain { verdict.reasons.append("same article") }
      return verdict
    }
    // Anchors: agreeing dates, the same place or one enclosed in a place finer than a
    // country, the same exact figure.
    func apply(_ outcome: RuleOutcome, anchor: Int = .max) {
      if outcome.isConflict { verdict.compatible = false }
      verdict.score += outcome.weight
      if outcome.weight >= anchor { verdict.anchored = true }
      if explain, let reason = outcome.reason { verdict.reasons.append(reason) }
    }
    apply(Self.dates(a.days, b.days, explain: explain), anchor: 1)
    // An aggregate's country says which front, not which campaign ("attacks on Israel"): it
    // anchors only with the same attacking party, not a generic one (see `coarseAggregate`).
    let location = places(a.place, b.place, slot: "location", kind: a.kind, explain: explain)
    let coarse = Self.coarseAggregate(a, b)
    apply(location, anchor: coarse ? .max : 2)
    if !verdict.compatible && !explain { return verdict }
    apply(places(a.origin, b.origin, slot: "launched from", explain: explain).asSupport)
    let attackers = actors(a.attackers, b.attackers, role: "attacker", explain: explain)
    apply(attackers)
    if coarse, location.weight >= 2, attackers.weight >= 2 { verdict.anchored = true }
    apply(actors(a.targets, b.targets, role: "target", explain: explain))
    if !verdict.compatible && !explain { return verdict }
    apply(Self.weapons(a.weapons, b.weapons, explain: explain))
    apply(Self.subEventTypes(a.subEventType, b.subEventType, explain: explain))
    let count = Self.figures(a.count, b.count, slot: "count", explain: explain)
    let killed = Self.figures(a.killed, b.killed, slot: "killed", explain: explain)
    let injured = Self.figures(a.injured, b.injured, slot: "injured", explain: explain)
    apply(count, anchor: 2)
    apply(killed, anchor: 2)
    apply(injured, anchor: 2)
    let specificFigure =
      max(count.weight, killed.weight, injured.weight) >= Self.specificFigureWeight
    // A rewrite's events are the original's: two reports of one story anchor each other.
    let sameStory = a.story != nil && a.story == b.story
    if sameStory {
      apply(
        .agree(weight: 2, reason: explain ? "same story: near-duplicate articles" : ""), anchor: 2)
    }
    if a.isVague || b.isVague, verdict.anchored, !sameStory,
      !(specificFigure && attackers.weight >= 2 && Self.namedAttacker(a, b))
    {
      verdict.anchored = false
      if explain {
        verdict.reasons.append(
          "vague: no date and no place; needs near-duplicate articles, or a named attacker and a specific figure"
        )
      }
    }
    return verdict
  }

  /// The weight of a figure that only agrees when both read the same number above 5 with
  /// the same hedge ("31 injured", "about 40 rockets"): a specific figure.
  static let specificFigureWeight = 3

  /// Whether both reports name an attacker (not a generic one: "militants", "Iraqi groups"
  /// say nothing of which party).
  static func namedAttacker(_ a: Profile, _ b: Profile) -> Bool {
    a.attackers.contains { !$0.isGeneric } && b.attackers.contains { !$0.isGeneric }
  }

  /// Whether two reports are aggregates placed no finer than a country or region: a front
  /// ("attacks on Israel") that several campaigns share, so the shared place anchors a merge
  /// only together with an attacker that is the same party (or a member, a state's own
  /// forces) on both sides; a generic attacker ("armed factions") does not tell which
  /// campaign.
  static func coarseAggregate(_ a: Profile, _ b: Profile) -> Bool {
    guard a.kind == .aggregate, let placeA = a.place, let placeB = b.place else { return false }
    let isCoarse = { (place: Profile.Place) in
      place.precision == .country || place.precision == .region
    }
    return isCoarse(placeA) && isCoarse(placeB)
  }

  /// The public face of `compare` for reports: builds both profiles first.
  package func compare(_ a: EventReport, _ b: EventReport) -> Verdict {
    compare(Profile(a, knowledge: knowledge), Profile(b, knowledge: knowledge), explain: true)
  }

  /// Dates agree when their spans overlap once widened by their slack; both precise (a day
  /// or a week) weigh 3, one a month 2, coarser 1. Disjoint spans veto.
  static func dates(_ a: DayInterval?, _ b: DayInterval?, explain: Bool = true) -> RuleOutcome {
    guard let a, let b else { return .neutral }
    guard a.overlaps(b) else {
      return .conflict(reason: explain ? "date: \(a.label) vs \(b.label)" : "")
    }
    let coarser = max(a.length, b.length)
    let weight = coarser <= 7 ? 3 : coarser <= 31 ? 2 : 1
    guard explain else { return .agree(weight: weight, reason: "") }
    let relation = a.label == b.label ? "=" : "~"
    return .agree(weight: weight, reason: "date: \(a.label) \(relation) \(b.label)")
  }

  /// A shared weapon class, or a class and its head word ("ballistic missile" ~ "missile").
  static func weapons(_ a: [String], _ b: [String], explain: Bool = true) -> RuleOutcome {
    guard !a.isEmpty, !b.isEmpty else { return .neutral }
    for left in a {
      for right in b where left == right || isHead(right, of: left) || isHead(left, of: right) {
        return .agree(weight: 1, reason: explain ? "weapon: \(left) ~ \(right)" : "")
      }
    }
    return .neutral
  }

  /// Whether `head` is the last word of `phrase` ("missile" of "ballistic missile"), without
  /// building the suffix.
  static func isHead(_ head: String, of phrase: String) -> Bool {
    let (headBytes, phraseBytes) = (head.utf8, phrase.utf8)
    guard phraseBytes.count > headBytes.count else { return false }
    let space = phraseBytes.index(phraseBytes.endIndex, offsetBy: -(headBytes.count + 1))
    return phraseBytes[space] == UInt8(ascii: " ")
      && phraseBytes[phraseBytes.index(after: space)...].elementsEqual(headBytes)
  }

  /// The same ACLED sub-event type.
  static func subEventTypes(_ a: String?, _ b: String?, explain: Bool = true) -> RuleOutcome {
    guard let a, let b, a == b else { return .neutral }
    return .agree(weight: 1, reason: explain ? "sub-event type: \(a)" : "")
  }
}

extension RuleOutcome {
  /// The outcome as supporting evidence only: an agreement weighs at most 1.
  var asSupport: RuleOutcome {
    if case .agree(_, let reason) = self { return .agree(weight: 1, reason: reason) }
    return self
  }
}
