import SalvoModel

extension SentenceAssembler {
  /// Fills attacker, targets, sponsors, locations and origin.
  func readRoles(_ frame: inout Frame) {
    let verb = frame.triggers.first { !$0.isNoun && !$0.isBareParticiple }
    let nouns = frame.triggers.filter(\.isNoun)
    if let verb, hasOtherPartySubject(verb) { frame.hasUnnamedAttacker = true }
    if let verb {
      if verb.isPassive {
        if let agent = firstParticipant(after: verb.end, in: verb.clause, governedBy: .agent) {
          setAttacker(&frame, agent, "agent-of-passive")
        }
        if let subject = subject(before: verb) {
          frame.targets.append(
            EventActor(role: .target, actor: subject.actor, range: subject.range))
          frame.fill("target", subject.range, "subject-of-passive")
        }
      } else if let noun = nouns.last(where: { $0.end <= verb.start && $0.clause == verb.clause }),
        let owner = possessor(of: noun) ?? premodifier(of: noun),
        let ownerStart = view.tokenIndex(startingAt: owner.range),
        !view.items(in: verb.clause.lowerBound..<ownerStart).contains(where: {
          view.participant($0) != nil && !isDateline($0)
        })
      {
        // "An Israeli strike on a school housing displaced Palestinians killed 90": the
        // event noun is the verb's subject; its modifier did it.
        setAttacker(&frame, owner, "modifier-of-event-noun")
      } else if let noun = nouns.last(where: { $0.end <= verb.start && $0.clause == verb.clause }),
        view.firstCue(.relative, in: noun.end..<verb.start) != nil,
        !view.items(in: verb.clause.lowerBound..<noun.start).contains(where: {
          view.participant($0) != nil && !isDateline($0)
        })
      {
        // "A drone attack on a base in eastern Syria that hosts U.S. troops killed six
        // fighters": the event noun is the verb's subject, and names nobody; the phrases of
        // the relative clause on its object are no subject.
      } else if let subject = subject(before: verb), !view.isCountedAsHarmed(subject.range) {
        // ("more than 600 Palestinians killed in raids": the counted dead did not kill.)
        setAttacker(&frame, subject, "subject-of-active-trigger")
        for partner in partners(of: subject, in: verb.clause)
        where partner.actor.gazetteerID != subject.actor.gazetteerID {
          frame.coAttackers.append(
            EventActor(role: .attacker, actor: partner.actor, range: partner.range))
          frame.fill("attacker", partner.range, "coordinated-subject")
        }
      } else if let anaphor = view.lastCue(.anaphor, in: verb.clause.lowerBound..<verb.start),
        view.governor(of: anaphor.start) == nil
      {
        // (Not "walkie-talkies used by the group exploded": the group used them.)
        frame.fill("attacker", view.textRange(anaphor.start..<anaphor.end), "anaphor")
      }
    }
    let intercepts = frame.triggers.contains { $0.entry.family == .interception }
    if frame.attacker == nil, !intercepts,
      let participle = frame.triggers.first(where: {
        $0.isBareParticiple && $0.form == .past && $0.end <= (verb?.start ?? frame.own.upperBound)
      }),
      let agent = firstParticipant(
        after: participle.end, in: participle.end..<(verb?.start ?? participle.clause.upperBound),
        governedBy: .agent)
    {
      // "A missile fired by Houthi rebels struck a ship": the participle's agent fired it.
      setAttacker(&frame, agent, "agent-of-participle")
    }
    if frame.attacker == nil, !intercepts, let controller = launchAreaController(frame) {
      // "a ballistic missile fired from Houthi-controlled territory": who holds the launch
      // area fired it. (What an interception stopped is read with its object, below: the
      // controller is no interceptor.)
      setAttacker(&frame, controller, "controller-of-launch-area")
    }
    // (Not for the event a claimed attack answers: "claimed … in response to American and
    // British strikes on Yemen".)
    if frame.attacker == nil, verb == nil,
      let claim = readings.last(where: { $0.entry.family == .claim && $0.end <= frame.head.start }),
      view.answeredEvent(in: claim.end..<frame.head.start) == nil
    {
      if let claimant = subject(before: claim) {
        // "The IRI claimed responsibility for attacks on …".
        setAttacker(&frame, claimant, "claimant")
      } else if let anaphor = view.lastCue(.anaphor, in: claim.clause.lowerBound..<claim.start),
        view.governor(of: anaphor.start) == nil
      {
        // "The group has claimed dozens of drone attacks": who "the group" is.
        frame.fill("attacker", view.textRange(anaphor.start..<anaphor.end), "anaphor")
      }
    }
    let adjunct = participialAdjunct(frame)
    if let adjunct { setAttacker(&frame, adjunct.subject, "subject-of-main-clause") }
    for noun in nouns where frame.attacker == nil {
      if let owner = possessor(of: noun) {
        setAttacker(&frame, owner, "subject-owns-event-noun")
      } else if let modifier = premodifier(of: noun) {
        setAttacker(&frame, modifier, "modifier-of-event-noun")
        // "American and British strikes": both did them.
        if let partner = coordinatedModifier(before: modifier),
          partner.actor.gazetteerID != modifier.actor.gazetteerID
        {
          frame.coAttackers.append(
            EventActor(role: .attacker, actor: partner.actor, range: partner.range))
          frame.fill("attacker", partner.range, "coordinated-modifier")
        }
      } else if let agent = byPhraseAgent(of: noun) {
        setAttacker(&frame, agent, "by-phrase-of-event-noun")
      } else if let claimant = relativeClaimant(of: noun) {
        setAttacker(&frame, claimant, "claimant")
      }
    }
    if intercepts {
      readInterception(&frame, verb: verb)
    }
    readObjects(&frame, verb: verb, nouns: nouns)
    if let adjunct, frame.locations.isEmpty { readMainClauseLocative(&frame, in: adjunct.clause) }
    readPlaceBeforeWhere(&frame)
    readBlame(&frame)
    if let attacker = frame.attacker, let state = configuration.sponsorState(of: attacker.actor) {
      frame.sponsors.append(EventActor(role: .sponsor, actor: state, range: nil))
      frame.fill("sponsor", attacker.range, "sponsor-of-attacker")
    }
  }

  /// Whether a trigger of the frame is a clash in itself ("clashed", "fought"): its "with"
  /// names the other side, not a weapon.
  func isClash(_ frame: Frame) -> Bool {
    frame.triggers.contains { $0.entry.subEventType == Self.armedClash }
  }

  /// The agent of a passive claim in a relative clause right after an event noun ("The
  /// attack, which was claimed by the Islamic Resistance in Iraq, targeted …") or whose
  /// subject the noun is ("Most of the attacks have been claimed by the Islamic Resistance
  /// in Iraq").
  private func relativeClaimant(of noun: TriggerReading) -> Participant? {
    guard
      let claim = readings.first(where: {
        $0.entry.family == .claim && $0.isPassive && $0.start > noun.end
          && $0.start - noun.end <= 4
      }),
      (noun.end..<claim.start).contains(where: { view.hasCue(.relative, startsAt: $0) })
        || (noun.end..<claim.start).allSatisfy({
          view.hasCue(.passive, startsAt: $0) || view.hasCue(.perfect, startsAt: $0)
        })
    else { return nil }
    return firstParticipant(
      after: claim.end, in: claim.end..<min(claim.end + 6, claim.clause.upperBound),
      governedBy: .agent)
  }

  /// The party an event noun's by-phrase names, within ten tokens in its clause, before the
  /// next trigger of another event, auxiliary or participle ("attacks on U.S. personnel in
  /// Iraq and Syria by Iran-backed groups", "an attack claimed by Hezbollah"; not "its raids
  /// since the October 7 attack by Hamas", "attacks from Iraq are an effort by these
  /// militias", "an explosion at a depot used by militias").
  private func byPhraseAgent(of noun: TriggerReading) -> Participant? {
    let limit = min(noun.end + 10, noun.clause.upperBound)
    guard noun.end < limit, view.firstCue(.agent, in: noun.end..<limit) != nil else { return nil }
    let trigger =
      readings.first {
        $0.start >= noun.end && $0.start < limit
          && ($0.entry.family == .attack || $0.entry.family == .interception)
      }?.start ?? limit
    let reach =
      (noun.end..<trigger).first { index in
        view.hasCue(.passive, startsAt: index) || view.hasCue(.perfect, startsAt: index)
          || (view.isPlainModifier(index) && text.slice(view.tokens[index].range).hasSuffix("ed"))
      } ?? trigger
    return firstParticipant(
      after: noun.end, in: noun.end..<reach, governedBy: .agent, clauseEnd: noun.clause.upperBound)
  }

  /// "U.S. officials blamed the attack on Kataib Hezbollah": the party an event noun is
  /// blamed on is its suspected attacker, not its target; so is the party blamed for it
  /// when the sentence says which attack ("The Pentagon has blamed the Islamic Resistance in
  /// Iraq for the Jan. 28 attack on Tower 22") or refers to one told before ("blamed the RSF
  /// for the attacks": then only as a restatement of it).
  private func readBlame(_ frame: inout Frame) {
    guard frame.attacker == nil,
      let blame = view.lastCue(.blame, in: frame.head.clause.lowerBound..<frame.head.start)
    else { return }
    // "accused the Congolese army of shelling the camps": the accused (its first actor, over
    // a demonym) did what the -ing form tells.
    if frame.head.form == .ing,
      let of = (blame.end..<frame.head.start).first(where: { isWord("of", at: $0) }),
      case let named = view.items(in: blame.end..<of),
      let accused = named.first(where: { $0.mention.kind == .actor }) ?? named.first,
      let participant = view.participant(accused)
    {
      setAttacker(&frame, participant, "blamed-for")
      return
    }
    guard frame.head.isNoun else { return }
    let placedOrDated = view.items(in: frame.head.clause).contains {
      $0.first > blame.end && ($0.mention.kind == .date || $0.mention.kind == .place)
    }
    // (The party right before "for", maybe with its acronym: "the Rapid Support Forces
    // (RSF) for".)
    if let forIndex = (blame.end..<frame.head.start).first(where: { isWord("for", at: $0) }),
      let blamed = view.items(in: blame.end..<forIndex).last,
      let participant = view.participant(blamed)
    {
      if placedOrDated {
        setAttacker(&frame, participant, "blamed-for")
        return
      }
      if view.isDefiniteNoun(frame.head),
        !frame.triggers.contains(where: { $0.entry.anchor == .casualty })
      {
        // "The government has blamed the RSF for the wave of attacks": attacks told before,
        // laid on the party; the sentence tells none of its own.
        setAttacker(&frame, participant, "blamed-for")
        frame.rejection = (.unanchored, view.textRange(blame.start..<blame.end))
        return
      }
    }
    guard let blamed = frame.targets.first, let range = blamed.range else { return }
    frame.targets.removeFirst()
    frame.fills.removeAll { $0.slot == "target" && $0.range == range }
    setAttacker(&frame, Participant(actor: blamed.actor, range: range), "blamed-on")
    // (The blaming verb is a suspicion cue too: `readModality` makes it suspected.)
  }

  /// Whether local token `index` is the word `word` (lowercase ASCII), whatever its case.
  func isWord(_ word: String, at index: Int) -> Bool {
    guard index < view.tokens.count else { return false }
    return text.slice(view.tokens[index].range).lowercased() == word
  }

  /// An interception's subject (or passive agent) is who intercepted; who fired is the
  /// agent of the weapon's participle ("shot down a missile fired by the Houthis") or the
  /// owner of the weapons ("The USS Carney shot down three Houthi drones"), whether or not
  /// the interceptor is a party the gazetteer knows.
  private func readInterception(_ frame: inout Frame, verb: TriggerReading?) {
    // ("Kurdish forces repelled an attack by Islamic State fighters": who attacked.)
    let attackedAfterVerb =
      verb.flatMap { verb in
        frame.attacker?.range.map {
          !verb.isPassive && $0.utf8Start >= view.textRange(verb.start..<verb.end).utf8End
        }
      } ?? false
    if let interceptor = frame.attacker, !attackedAfterVerb {
      frame.interceptor = EventActor(
        role: .interceptor, actor: interceptor.actor, range: interceptor.range)
      frame.fill("interceptor", interceptor.range, "subject-of-interception")
      frame.attacker = nil
      frame.fills.removeAll { $0.slot == "attacker" && $0.range == interceptor.range }
    }
    guard let verb else { return }
    if verb.isPassive {
      // "An Iranian drone was shot down by Jordanian jets": whose drone it was, not a target.
      let subject = verb.clause.lowerBound..<verb.start
      guard let owner = weaponOwner(after: subject.lowerBound, in: subject) else { return }
      frame.targets.removeAll { $0.actor.gazetteerID == owner.actor.gazetteerID }
      frame.fills.removeAll { $0.slot == "target" && $0.range == owner.range }
      setAttacker(&frame, owner, "owner-of-intercepted-weapon")
      return
    }
    if let agent = firstParticipant(after: verb.end, in: verb.clause, governedBy: .agent) {
      setAttacker(&frame, agent, "agent-of-intercepted-weapon")
    } else if let owner = weaponOwner(after: verb.end, in: verb.clause) {
      // "shot down two Houthi drones": whose drones they were.
      setAttacker(&frame, owner, "owner-of-intercepted-weapon")
    } else if let controller = launchAreaController(frame) {
      // "shot down four drones launched from Houthi-controlled areas".
      setAttacker(&frame, controller, "controller-of-launch-area")
    }
  }

  /// The first party named right before a weapon after `start` in `clause` ("two Houthi
  /// drones", "an Iranian missile").
  private func weaponOwner(after start: Int, in clause: Range<Int>) -> Participant? {
    for item in view.items(in: start..<clause.upperBound)
    where view.items(in: item.end..<item.end + 1).contains(where: { $0.mention.kind == .weapon }) {
      if let participant = view.participant(item), participant.place == nil {
        return participant
      }
    }
    return nil
  }

  /// Sets the attacker; a demonym that names its country's armed groups names them
  /// ("Iraqi attacks on U.S. forces": `EventsConfiguration.armedDemonyms`).
  func setAttacker(_ frame: inout Frame, _ participant: Participant, _ rule: String) {
    let armed =
      participant.isDemonym
      ? participant.actor.country.flatMap {
        configuration.armedDemonyms[$0]
      } : nil
    frame.attacker = EventActor(
      role: .attacker, actor: armed ?? participant.actor, range: participant.range)
    frame.fill("attacker", participant.range, armed == nil ? rule : rule + "-armed-groups")
  }

  /// The participants coordinated before a subject ("The United States and Britain", "US
  /// and British jets"), nearest first, or the one a hyphen joins to it ("U.S.-British").
  private func partners(of subject: Participant, in clause: Range<Int>) -> [Participant] {
    guard var item = view.items.first(where: { $0.mention.range == subject.range }) else {
      return []
    }
    var found: [Participant] = []
    // "the U.S.-British strikes, which hit …": the party a hyphen joins to the subject.
    if let before = view.hyphened(before: item), let partner = view.participant(before) {
      return [partner]
    }
    while found.count < 3 {
      let start = view.phraseStart(item.first)
      guard
        let coordination = view.cue(.coordination, endsAt: start)
          ?? view.cue(.comma, endsAt: start),
        coordination.start > clause.lowerBound,
        let before = view.item(at: coordination.start - 1),
        view.governor(of: view.phraseStart(before.first)) == nil,
        let partner = view.participant(before)
      else { break }
      found.append(partner)
      item = before
    }
    return found
  }

  /// The demonym or party coordinated right before an event noun's modifier ("American"
  /// in "American and British strikes").
  private func coordinatedModifier(before modifier: Participant) -> Participant? {
    guard let item = view.items.first(where: { $0.mention.range == modifier.range }),
      item.mention.kind == .demonym || item.mention.kind == .actor
    else { return nil }
    // "U.S.-British strikes": two parties a hyphen joins, whatever each is named by.
    if let before = view.hyphened(before: item), before.mention.kind != .quantity,
      before.mention.kind != .date
    {
      return view.participant(before)
    }
    guard let coordination = view.cue(.coordination, endsAt: item.first),
      let before = view.item(at: coordination.start - 1),
      before.mention.kind == item.mention.kind
    else { return nil }
    return view.participant(before)
  }

  /// The subject of a verb: the nearest participant before it in its clause that no
  /// preposition governs ("militias in Iraq have launched" → militias).
  func subject(before verb: TriggerReading) -> Participant? {
    // "Kataib Hezbollah, which has long opposed the US presence, fired …": the phrase
    // before the relative clause, not a phrase inside it.
    if let relative = enclosingRelative(before: verb), relative > 1,
      view.hasCue(.comma, startsAt: relative - 1),
      let antecedent = view.item(at: relative - 2),
      let participant = view.participant(antecedent)
    {
      return participant
    }
    // "an Israeli strike that killed a senior commander" ("a strike, which killed …"): a
    // relative clause on an event noun is that noun's; its subject is the noun's attacker,
    // not a phrase before it.
    if let relative = view.lastCue(.relative, in: verb.clause.lowerBound..<verb.start),
      case let antecedentEnd =
        relative.start > 0 && view.hasCue(.comma, startsAt: relative.start - 1)
        ? relative.start - 1 : relative.start,
      let noun = readings.last(where: { $0.isNoun && $0.end == antecedentEnd }),
      !view.items(in: relative.end..<verb.start).contains(where: { view.participant($0) != nil })
    {
      return premodifier(of: noun)
    }
    // "Iraqi government spokesman Basim al-Awadi said the strikes killed 16 people": who
    // reports is not who struck, unless a pronoun takes it up ("the Houthis said they
    // fired", "the military said its aircraft struck").
    // ("The troops were reported to have attacked": a passive report keeps its subject.)
    let report = view.lastCue(.report, in: verb.clause.lowerBound..<verb.start).flatMap {
      view.hasCue(.passive, endsAt: $0.start) ? nil : $0
    }
    let speakerActs =
      report.map { report in
        [Cue.anaphor, .possessive].contains { view.lastCue($0, in: report.end..<verb.start) != nil }
      } ?? true
    // "that killed three U.S. soldiers and wounded 40 others": what lies between an earlier
    // verb and the "and" before this one is that verb's object, not this verb's subject
    // (after the "and" may come a subject of its own: "… and Hezbollah fighters clashed").
    let objects: Range<Int>? = readings.last {
      !$0.isNoun && $0.entry.family == .attack && $0.start >= verb.clause.lowerBound
        && $0.end <= verb.start
    }.flatMap { earlier in
      view.lastCue(.coordination, in: earlier.end..<verb.start).map { earlier.end..<$0.start }
    }
    let before = view.items(in: verb.clause.lowerBound..<verb.start)
    let asides = appositives(before: verb)
    for position in before.indices.reversed() {
      let item = before[position]
      // "officials believe the drone that hit Tower 22 was launched by …": a weapon phrase
      // with only a determiner before it, right before the verb or its relative clause, is
      // the subject; nobody before it is.
      if item.mention.kind == .weapon, isBareWeaponSubject(item, of: verb) { return nil }
      guard let participant = view.participant(item) else { continue }
      if let objects, item.first >= objects.lowerBound, item.end <= objects.upperBound {
        continue
      }
      if asides.contains(where: { $0.contains(item.first) }) { continue }
      // ("A Greek-owned bulk carrier": whose the ship is, not who acted.)
      if isDateline(item) || view.hasCue(.affiliation, startsAt: item.end) { continue }
      if let report, item.end <= report.start, !speakerActs { break }
      if namesMembersGroup(item, participant) { return participant }
      // (A place coordinated with a governed one is governed too: "forces in Iraq and Syria
      // have been attacked".)
      if governors[position] != nil || view.governor(of: item.first) != nil
        || view.modifiedPhraseGovernor(of: item) != nil
      {
        continue
      }
      if participant.actor.isCommentator { continue }
      return participant
    }
    // A relative clause's subject is the phrase before the pronoun: "Israel, which has …";
    // a verb after a relative clause set off by commas has the phrase before it: "The IRI,
    // which was founded weeks after the war began, claimed …".
    var at = verb.clause.lowerBound
    if !view.hasCue(.relative, startsAt: at), at > 0,
      let enclosing = enclosingRelative(before: verb)
    {
      at = enclosing
    }
    guard view.hasCue(.relative, startsAt: at) else { return nil }
    if at > 0, view.hasCue(.comma, startsAt: at - 1) { at -= 1 }
    guard at > 0, let antecedent = view.item(at: at - 1) else { return nil }
    return isEventTarget(antecedent) ? nil : view.participant(antecedent)
  }

  /// Whether a named actor follows a generic one and "from" ("militants from al-Shabaab",
  /// "fighters from the Arakan Army"): the group the generic head's members belong to,
  /// which acts through them.
  private func namesMembersGroup(_ item: Item, _ participant: Participant) -> Bool {
    var at = item.first
    if let determiner = view.cue(.definite, endsAt: at) { at = determiner.start }
    guard !view.configuration.isGeneric(participant.actor),
      let from = view.cue(.origin, endsAt: at), from.start > 0,
      let head = view.item(at: from.start - 1), head.end == from.start,
      let members = view.participant(head)
    else { return false }
    return view.configuration.isGeneric(members.actor)
  }

  /// Whether an item is the target phrase of an event noun just before it ("strikes against
  /// Kataib Hezbollah"): a relative clause after it ("…, which hit three facilities") is
  /// about the event, not the target.
  func isEventTarget(_ item: Item) -> Bool {
    view.governor(of: view.phraseStart(item.first)) == .target
      && readings.contains { reading in
        reading.isNoun && reading.end <= item.first && item.first - reading.end <= 3
      }
  }

  /// Whether a weapon is its verb's whole subject: a determiner right before it ("the
  /// drone", not "the Israeli drone"), and only the verb's auxiliaries, or a relative clause
  /// on it ("that hit Tower 22"), between it and the verb.
  private func isBareWeaponSubject(_ weapon: Item, of verb: TriggerReading) -> Bool {
    guard
      view.hasCue(.definite, endsAt: weapon.first) || view.hasCue(.indefinite, endsAt: weapon.first)
    else { return false }
    if let relative = view.cue(.relative, startsAt: weapon.end) {
      // This verb, or the relative clause's up to it: no participant in between.
      return !view.items(in: relative.end..<verb.start).contains { view.participant($0) != nil }
    }
    return (weapon.end..<verb.start).allSatisfy {
      view.hasCue(.passive, startsAt: $0) || view.hasCue(.perfect, startsAt: $0)
    }
  }

  /// The appositives before a verb, each set off by commas and opening with a determiner
  /// ("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed
  /// the attack, saying it had targeted"): they describe the subject and hold none. The
  /// last one stands right before the verb, with no participant after it; earlier ones hold
  /// no trigger or verb of saying.
  private func appositives(before verb: TriggerReading) -> [Range<Int>] {
    let clause = verb.clause.lowerBound..<verb.start
    let commas = view.cueMatches.filter { $0.cue == .comma && clause.contains($0.start) }
    var asides: [Range<Int>] = []
    for (opening, closing) in zip(commas, commas.dropFirst())
    where opening.start > clause.lowerBound {
      guard
        view.hasCue(.definite, startsAt: opening.end)
          || view.hasCue(.indefinite, startsAt: opening.end)
      else { continue }
      let inside = opening.end..<closing.start
      let last = closing.start == commas.last?.start
      if last {
        guard view.items(in: closing.end..<verb.start).allSatisfy({ view.participant($0) == nil })
        else { continue }
      } else if inside.contains(where: { view.isTrigger($0) || view.hasCue(.report, startsAt: $0) })
      {
        continue
      }
      asides.append(inside)
    }
    return asides
  }

  /// The subject of the clause, for an event noun its possessive pronoun refers to: "the
  /// militias have increased their rocket attacks".
  private func possessor(of noun: TriggerReading) -> Participant? {
    var at = noun.start
    for _ in 0..<3 where at > noun.clause.lowerBound {
      if view.hasCue(.possessive, endsAt: at) {
        let pronoun = view.cue(.possessive, endsAt: at)?.start ?? at
        return view.items(in: noun.clause.lowerBound..<pronoun).reversed().lazy.compactMap {
          item -> Participant? in
          guard view.governor(of: item.first) == nil else { return nil }
          return view.participant(item).flatMap { $0.actor.isArmed ? $0 : nil }
        }.first
      }
      guard view.tokens[at - 1].kind == .word || view.item(at: at - 1) != nil else { break }
      at = view.item(at: at - 1)?.first ?? at - 1
    }
    return nil
  }

  /// The relative pronoun of a clause set off by commas that closes right before the verb
  /// ("X, which …, claimed"): its position.
  private func enclosingRelative(before verb: TriggerReading) -> Int? {
    var close = verb.start - 1
    // Over the verb's auxiliaries: "X, which …, has claimed".
    while close > verb.start - 3, close > 0,
      view.hasCue(.perfect, startsAt: close) || view.hasCue(.passive, startsAt: close)
    {
      close -= 1
    }
    guard close > 0, view.hasCue(.comma, startsAt: close) else { return nil }
    for index in stride(from: close - 1, to: 1, by: -1) {
      if view.hasCue(.comma, startsAt: index) {
        return view.hasCue(.relative, startsAt: index + 1) ? index + 1 : nil
      }
    }
    return nil
  }

  /// The armed party whose area a launch came from: an origin cue, then a party with a
  /// control affiliation ("from Houthi-controlled territory", "out of Hezbollah-held areas").
  private func launchAreaController(_ frame: Frame) -> Participant? {
    for origin in view.cueMatches where origin.cue == .origin && frame.own.contains(origin.start) {
      let start = view.cue(.definite, startsAt: origin.end)?.end ?? origin.end
      guard let item = view.item(at: start),
        let affiliation = view.cue(.affiliation, startsAt: item.end),
        Self.controlAffiliations.contains(
          text.slice(view.textRange(affiliation.start..<affiliation.end)).lowercased()),
        let participant = view.participant(item), participant.actor.isArmed
      else { continue }
      return participant
    }
    return nil
  }

  /// The affiliations that say who holds an area.
  private static let controlAffiliations: Set<String> = [
    "-controlled", "-held", "-ruled", "-occupied", "-dominated",
  ]

  /// A demonym, actor or country right before an event noun ("Israeli strikes", "Houthi
  /// drone attacks", "Iran's missile barrage").
  private func premodifier(of noun: TriggerReading) -> Participant? {
    var index = noun.start - 1
    var steps = 0
    // Whether the walk has passed the noun's count: what stands before a count modifies it
    // only when it touches it ("The Pentagon has recorded more than 170 attacks": no).
    var passedCount = false
    while index >= noun.clause.lowerBound, steps < 4 {
      if let item = view.item(at: index) {
        if item.mention.kind == .quantity,
          let inner = view.items.last(where: { inner in
            inner.first >= item.first && inner.end <= noun.start
              && inner.mention.range != item.mention.range
              && view.participant(inner) != nil
          })
        {
          // "one Israeli operation": the demonym inside the count.
          return view.participant(inner)
        }
        if item.mention.kind == .weapon || item.mention.kind == .quantity {
          passedCount = passedCount || item.mention.kind == .quantity
          index = item.first - 1
          continue
        }
        // ("in retaliation for Iran's missile attack": a possessive is the noun's own
        // determiner, whatever governs the phrase.)
        return view.participant(item).flatMap { participant in
          view.governor(of: item.first) == nil || participant.place == nil
            || ArticleContext.isPossessive(text.slice(item.mention.range)) ? participant : nil
        }
      }
      // (Nor over a verb of blaming, saying or reacting, whose subject only tells of the
      // event: "U.S. officials have blamed previous attacks on Kataib Hezbollah"; but "Israel
      // has stepped up strikes" did them.)
      // (Over a hyphen: "the Hamas-led attack".)
      if passedCount || (view.tokens[index].kind != .word && !view.isHyphen(index))
        || view.hasCue(.definite, startsAt: index)
        || view.hasCue(.indefinite, startsAt: index)
        || view.hasCue(.preposition, startsAt: index)
        || [Cue.blame, .report, .reaction].contains(where: { view.hasCue($0, startsAt: index) })
      {
        return nil
      }
      index -= 1
      steps += 1
    }
    return nil
  }

  /// The head participant of the first phrase in `range` after `start` governed by
  /// `governing`: "by the Iran-backed Palestinian group Hamas" → Hamas. The phrase may run
  /// on past `range` to the clause's end; a phrase that names no participant ("by rockets
  /// fired by Hezbollah") passes on to the next one governed alike.
  private func firstParticipant(
    after start: Int, in range: Range<Int>, governedBy governing: Cue, clauseEnd: Int? = nil
  ) -> Participant? {
    let candidates = Array(view.items(in: start..<max(range.upperBound, clauseEnd ?? 0)))
    var position = 0
    while let first = candidates[position...].firstIndex(where: {
      view.governor(of: $0.first) == governing
    }), candidates[first].first < range.upperBound {
      var best = view.participant(candidates[first])
      var end = candidates[first].end
      position = first + 1
      for item in candidates[(first + 1)...] {
        // The phrase goes on over words that are no preposition, boundary or punctuation
        // ("by three projectiles off the Yemeni port city": "off" ends it).
        let gap = end..<max(end, item.first)
        guard
          gap.allSatisfy({
            (view.tokens[$0].kind == .word || view.tokens[$0].kind == .punctuation)
              && !view.hasCue(.preposition, startsAt: $0)
              && !view.hasCue(.location, startsAt: $0) && !view.hasCue(.origin, startsAt: $0)
              && !view.hasCue(.comma, startsAt: $0) && !view.isBoundary($0)
              && !view.isTrigger($0)
          })
        else { break }
        if let participant = view.participant(item),
          participant.place == nil || best == nil
        {
          best = participant
        }
        end = item.end
        position += 1
      }
      if let best { return best }
    }
    return nil
  }

  /// Whether the verb's subject is a party other than one told before ("though other factions
  /// have fired rockets", "while other groups in southern Lebanon launched drones"): "other"
  /// in its clause before it, with no comma between.
  private func hasOtherPartySubject(_ verb: TriggerReading) -> Bool {
    guard !verb.isPassive, view.hasAny(.others),
      let other = view.lastCue(
        .others, in: max(verb.clause.lowerBound, verb.start - 6)..<verb.start)
    else { return false }
    return !(other.end..<verb.start).contains { view.hasCue(.comma, startsAt: $0) }
  }
}
