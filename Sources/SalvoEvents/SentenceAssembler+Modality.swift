import SalvoModel

extension SentenceAssembler {
  /// Decides whether the frame is an event at all (negation, condition, threat, trend) and,
  /// if it is, whether it is asserted, claimed or suspected.
  func readModality(_ frame: inout Frame) {
    let head = frame.triggers.first { !$0.isNoun && !$0.isBareParticiple } ?? frame.head
    let clauseStart = head.clause.lowerBound
    let before = max(clauseStart, head.start - 5)..<head.start
    // "No group has claimed the attack": the claim is negated, the attack it names is not.
    // (Or a denial that ends in the trigger: "denied firing the rocket".)
    var negation =
      view.lastCue(.negation, in: before)
      ?? view.cue(.negation, endsAt: head.end).flatMap {
        before.contains($0.start) ? $0 : nil
      }
    if let cue = negation,
      readings.contains(where: {
        $0.entry.family == .claim && $0.start >= cue.end && $0.end <= head.end
      })
    {
      negation = nil
      frame.hasUnnamedAttacker = true
    }

    if let cue = negation ?? nounNegation(frame.head) {
      frame.rejection = (.negated, view.textRange(cue.start..<cue.end))
    } else if let cue = view.lastCue(.hypothetical, in: before).flatMap({
      hedgesToll(head) ? nil : $0
    })
      ?? view.firstCue(.hypothetical, in: clauseStart..<min(clauseStart + 2, head.start))
      ?? view.lastCue(.intention, in: max(clauseStart, head.start - 3)..<head.start)
      ?? hypotheticalNoun(frame.head) ?? modalGoverningNoun(frame.head) ?? infinitive(head)
      ?? modalAfter(frame)
    {
      frame.rejection = (.hypothetical, view.textRange(cue.start..<cue.end))
    } else if let threat = governingThreat(head) {
      frame.rejection = (.threat, view.textRange(threat.start..<threat.end))
    } else if frame.head.isNoun, let trend = trendAfter(frame.head) {
      frame.rejection = (.generic, view.textRange(trend.start..<trend.end))
    } else if frame.head.isNoun,
      let cue = view.lastCue(
        .responsibility, in: max(clauseStart, frame.head.start - 8)..<frame.head.start)
    {
      // "a commander responsible for rocket fire on northern Israel": who he is, not an
      // occurrence the sentence tells.
      frame.rejection = (.generic, view.textRange(cue.start..<cue.end))
    }
    let sentence = 0..<view.tokens.count
    if let cue = suspicionCue(of: frame) {
      frame.modality = .suspected
      frame.fill("modality", view.textRange(cue.start..<cue.end), "suspicion-cue")
    } else if let cue = claimCue(in: sentence, of: frame) {
      frame.modality = .claimed
      frame.fill("modality", cue, "claim-cue")
    }
  }

  /// The sentence's first suspicion cue, but not one that qualifies another noun than the
  /// frame's trigger: "raided a suspected weapons site", "bombed suspected PKK positions"
  /// (while "an apparent drone strike" is suspected).
  private func suspicionCue(of frame: Frame) -> CueMatch? {
    let last = frame.triggers.maxEnd ?? frame.head.end
    return view.cueMatches.first { match in
      guard match.cue == .suspicion else { return false }
      // "shot dead by troops after he allegedly tried to stab soldiers": a later clause's
      // suspicion is its own.
      if match.start >= last, boundaryBetween(last, match.start) { return false }
      let attributive =
        match.start > 0
        && (view.hasCue(.definite, endsAt: match.start)
          || view.hasCue(.indefinite, endsAt: match.start)
          || view.isTrigger(match.start - 1))
      guard attributive else { return true }
      return frame.triggers.contains { $0.start >= match.end && $0.start - match.end <= 3 }
    }
  }

  /// A passive casualty verb whose modal doubts the toll, not the occurrence: "an assault in
  /// which more than 400 people may have been killed".
  private func hedgesToll(_ verb: TriggerReading) -> Bool {
    verb.entry.anchor == .casualty && verb.isPassive
      && view.cue(.hedgedToll, endsAt: verb.start) != nil
  }

  /// "no attacks", "a lull in such attacks", "to deter further attacks".
  private func nounNegation(_ noun: TriggerReading) -> CueMatch? {
    guard noun.isNoun else { return nil }
    var at = noun.start
    for _ in 0..<3 {
      if let found = view.cue(.negation, endsAt: at) ?? view.cue(.cessation, endsAt: at)
        ?? view.cue(.prevention, endsAt: at)
      {
        return found
      }
      guard at > 0, view.tokens[at - 1].kind == .word,
        !view.hasCue(.preposition, endsAt: at) || view.hasCue(.definite, endsAt: at)
      else { break }
      at -= 1
    }
    return nil
  }

  /// "to" before a verb in its base form, maybe across a coordination ("efforts to
  /// infiltrate", "continue to strategize and retaliate").
  private func infinitive(_ verb: TriggerReading) -> CueMatch? {
    guard !verb.isNoun, verb.form == .base else { return nil }
    var at = verb.start
    for _ in 0..<3 where at > verb.clause.lowerBound {
      if let found = view.cue(.infinitive, endsAt: at) { return found }
      guard view.tokens[at - 1].kind == .word, !view.hasCue(.preposition, endsAt: at),
        view.item(at: at - 1) == nil
      else { return nil }
      at -= 1
    }
    return nil
  }

  /// A modal after an event noun that heads its frame, before any verb of the frame: "any
  /// attack on the terminals would", "further strikes on Beirut could follow".
  private func modalAfter(_ frame: Frame) -> CueMatch? {
    guard frame.triggers.allSatisfy(\.isNoun) else { return nil }
    let noun = frame.head
    for index in noun.end..<noun.clause.upperBound {
      if readings.contains(where: { $0.start == index && !$0.isNoun }) { return nil }
      if let found = view.cue(.hypothetical, startsAt: index), found.start > noun.end,
        view.item(at: index) == nil
      {
        return found
      }
    }
    return nil
  }

  /// "potential strikes", "a possible attack".
  private func hypotheticalNoun(_ noun: TriggerReading) -> CueMatch? {
    guard noun.isNoun else { return nil }
    for at in max(0, noun.start - 2)...noun.start {
      if let found = view.cue(.hypotheticalNoun, endsAt: at) { return found }
    }
    return nil
  }

  /// A modal earlier in the clause of an event noun, with no other trigger between ("The
  /// militias may test U.S. air defences with further ballistic missile attacks on al-Asad").
  private func modalGoverningNoun(_ noun: TriggerReading) -> CueMatch? {
    guard noun.isNoun,
      let modal = view.lastCue(.hypothetical, in: noun.clause.lowerBound..<noun.start)
    else { return nil }
    let between = modal.end..<noun.start
    return readings.contains { between.contains($0.start) } ? nil : modal
  }

  /// A threat word governing the trigger ("vowed to retaliate", "threatened strikes"),
  /// unless the trigger sits in the threat's cause ("threatened retaliation for airstrikes").
  private func governingThreat(_ trigger: TriggerReading) -> TriggerMatch? {
    for reading in readings.reversed()
    where reading.entry.family == .threat && reading.end <= trigger.start
      && trigger.start - reading.end <= 4
    {
      let between = reading.end..<trigger.start
      let cause = between.contains { index in
        view.hasCue(.preposition, startsAt: index) && !view.hasCue(.target, startsAt: index)
          && !view.hasCue(.instrument, startsAt: index) && view.tokens[index].kind == .word
          && !view.hasCue(.infinitive, startsAt: index)
      }
      if !cause && !boundaryBetween(reading.end, trigger.start) { return reading.match }
    }
    return nil
  }

  /// A trend verb after an event noun in its clause: "attacks … have declined"; not when a
  /// verb before makes the noun its object ("Israel, which has carried out strikes in
  /// Syria, has increased its raids").
  private func trendAfter(_ noun: TriggerReading) -> CueMatch? {
    if readings.contains(where: {
      !$0.isNoun && $0.clause == noun.clause && $0.end <= noun.start
    }) {
      return nil
    }
    for index in noun.end..<noun.clause.upperBound {
      // (A trend word that is also a trigger is the trend here, "drone attacks dropped",
      // unless an agent follows it: "attacks mounted by militias".)
      if let found = view.cue(.trend, startsAt: index), !agentFollows(found.end) { return found }
      if readings.contains(where: { $0.start == index && !$0.isNoun }) { return nil }
    }
    return nil
  }

  /// Whether "by" and a party start at local token `index` ("mounted by militias"; not
  /// "dropped by half").
  private func agentFollows(_ index: Int) -> Bool {
    guard let agent = view.cue(.agent, startsAt: index) else { return false }
    return view.items(in: agent.end..<min(agent.end + 3, view.tokens.count)).contains {
      view.participant($0) != nil
    }
  }

  /// A claim: a party's claim word or trigger, or "according to" a party or its media; not
  /// a statement someone else than the attacker made (see `isOthersStatement`).
  private func claimCue(in range: Range<Int>, of frame: Frame) -> TextRange? {
    // "Israel has not claimed responsibility for the strike": no claim, unless another
    // claim word stands ("numerous claimed attacks, although not all claims are verified").
    // A claim in a later clause is about that clause's events ("strikes killed 12 people, the
    // ministry said, as the military said it had hit 300 targets").
    let last = frame.triggers.maxEnd ?? frame.head.end
    let governs = { (start: Int) in start < last || !boundaryBetween(last, start) }
    let claims = readings.filter { $0.entry.family == .claim && governs($0.start) }
    let negated = { (claim: TriggerReading) in
      // "has not claimed", "there was no immediate claim of responsibility".
      claim.isNoun
        ? nounNegation(claim) != nil
        : view.lastCue(.negation, in: max(claim.clause.lowerBound, claim.start - 3)..<claim.start)
          != nil
    }
    if let claim = claims.first(where: { !negated($0) }) {
      return view.textRange(claim.start..<claim.end)
    }
    if !claims.isEmpty { return nil }
    guard let cue = view.firstCue(.claim, in: range), governs(cue.start),
      !isOthersStatement(cue, frame: frame)
    else { return nil }
    if view.hasCue(.preposition, endsAt: cue.end) || view.tokens[cue.end - 1].kind != .word {
      // "according to X": only a party or its media makes it a claim.
      let source = view.items(in: cue.end..<min(cue.end + 4, view.tokens.count)).first
      guard let source, case .actor(let actor) = view.value(of: source),
        actor.type != "think_tank", actor.type != "person"
      else { return nil }
      // "according to Houthi-run media" on a strike by others reports it, not claims it; so
      // does "according to local officials" on a bombing nobody is named for.
      guard let attacker = frame.attacker?.actor, configuration.speaks(actor, for: attacker)
      else { return nil }
    }
    return view.textRange(cue.start..<cue.end)
  }

  /// Whether a claim word is a speaker's statement ("the Pentagon said in a statement",
  /// "U.S. Central Command announced") and the speaker names a party that does not speak for
  /// the frame's attacker: the attack reported by another party, not claimed. A pronoun
  /// after the verb ("said it fired") is the claimant, whoever speaks.
  private func isOthersStatement(_ cue: CueMatch, frame: Frame) -> Bool {
    guard let attacker = frame.attacker?.actor,
      let report = view.lastCue(.report, in: max(0, cue.start - 3)..<(cue.start + 1)),
      !view.hasCue(.anaphor, startsAt: report.end), !view.hasCue(.possessive, startsAt: report.end)
    else { return false }
    // The speaker's phrase: after the comma before the verb, if any.
    let from = max(0, report.start - 6, view.lastCue(.comma, in: 0..<report.start)?.end ?? 0)
    let speakers = view.items(in: from..<report.start).compactMap {
      configuration.speaker($0, in: view)
    }
    guard speakers.isEmpty else {
      return !speakers.contains { configuration.speaks($0, for: attacker) }
    }
    // Unnamed, the speaker is another party when it is an armed group speaking of a state's
    // strike ("an Israeli drone strike killed a commander, the group said": its target, not
    // its author) or a state body speaking of an armed group's attack ("militants ambushed
    // an army convoy …, the army said in a statement": reported, not claimed).
    let other: Cue = attacker.isStateSide ? .groupAnaphor : .institution
    return view.firstCue(other, in: from..<report.start) != nil
  }

  /// The lemmas of a party owning up to an attack ("claimed responsibility", "took credit").
  private static let responsibilityLemmas: Set<String> = [
    "claim responsibility", "take credit", "take responsibility",
  ]

  /// The party that claims an attack told before, in a sentence that tells no event of its
  /// own ("JNIM, al Qaeda's affiliate in the Sahel, claimed responsibility."): the first
  /// party no preposition governs in the clause before a claim of responsibility (not the
  /// possessor in an appositive after it), the claim not negated ("Hezbollah has not
  /// claimed responsibility").
  func responsibilityClaimant() -> Participant? {
    guard
      let claim = readings.first(where: {
        $0.entry.family == .claim && Self.responsibilityLemmas.contains($0.entry.lemma)
      }),
      view.lastCue(.negation, in: max(claim.clause.lowerBound, claim.start - 3)..<claim.start)
        == nil
    else { return nil }
    return view.items(in: claim.clause.lowerBound..<claim.start).lazy
      .filter { self.view.governor(of: self.view.phraseStart($0.first)) == nil }
      .compactMap { self.view.participant($0) }.first
  }
}
