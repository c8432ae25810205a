import SalvoModel

extension SentenceView {
  /// The preposition class that governs the phrase starting at local token `index`,
  /// looking past one determiner ("on the base", "by a U.S. drone").
  func governor(of index: Int) -> Cue? {
    var at = index
    // "used by Iran-backed militias": an agent before the sponsor governs the head.
    if let affiliation = cue(.affiliation, endsAt: at), affiliation.start > 0,
      let sponsor = item(at: affiliation.start - 1)
    {
      let start =
        (cue(.definite, endsAt: sponsor.first) ?? cue(.indefinite, endsAt: sponsor.first))?
        .start ?? sponsor.first
      if governorCue(endingAt: start) == .agent { return .agent }
    }
    if let determiner = cue(.definite, endsAt: at) ?? cue(.indefinite, endsAt: at) {
      at = determiner.start
    }
    if let partitive = cue(.partitive, endsAt: at) {
      // "the city of Homs", "in the southern Lebanese town of Bint Jbeil": the phrase's own
      // preposition governs, over a phrase it is part of ("on the outskirts of the northern
      // city of Aleppo"); a phrase right after a trigger is its object ("struck the port of
      // Hodeidah").
      var back = partitive.start
      for _ in 0..<10 where back > 0 {
        if let outer = governorCue(endingAt: back), outer != .preposition { return outer }
        if let affiliation = cue(.affiliation, endsAt: back) {
          // Over "-controlled" in "the Houthi-controlled port of Hodeidah".
          back = affiliation.start
          continue
        }
        // (Not over a verb: "at the port of Latakia were the result of a missile strike".)
        guard tokens[back - 1].kind == .word || item(at: back - 1) != nil,
          !hasCue(.passive, startsAt: back - 1)
        else { break }
        if isTrigger(back - 1) { return nil }
        back -= 1
      }
      // "The coastal town of Nahariya was struck": the subject.
      return back == 0 ? nil : .preposition
    }
    if let governing = governorCue(endingAt: at) { return governing }
    // "by unidentified gunmen": a passive's agent may stand after an adjective or two.
    var back = at
    for _ in 0..<2 where back > 0 && isPlainModifier(back - 1) {
      back -= 1
      if governorCue(endingAt: back) == .agent { return .agent }
    }
    return nil
  }

  /// Whether local token `index` is a lower-case word that is no cue (a place noun such as
  /// "bases" is still plain), mention or trigger: an adjective, as far as the phrase before a
  /// head noun goes.
  func isPlainModifier(_ index: Int) -> Bool {
    tokens[index].kind == .word && !tokens[index].shape.contains(.capitalized)
      && facts[index].starting & ~(Cue.placeNoun.bit | Cue.settlement.bit) == 0
      && facts[index].item < 0
      && !isTrigger(index)
  }

  /// Whether a place noun follows an item, maybe after two plain modifiers ("Port Sudan's
  /// international airport", "Kharkiv's main power station").
  func placeNounFollows(_ item: Item) -> Bool {
    var at = item.end
    while at < tokens.count, at - item.end <= 2 {
      if hasCue(.placeNoun, startsAt: at) { return true }
      guard isPlainModifier(at) else { return false }
      at += 1
    }
    return false
  }

  /// The preposition governing the phrase a place or demonym modifies ("in the southern
  /// Lebanese town of Nabatieh" governs "Lebanese"): looks back over determiners and the
  /// places and demonyms before it. Nil when a plain noun does not follow the item (then it
  /// heads its own phrase: `governor(of:)`).
  func modifiedPhraseGovernor(of item: Item) -> Cue? {
    guard item.mention.kind == .place || item.mention.kind == .demonym, item.end < tokens.count,
      tokens[item.end].kind == .word, self.item(at: item.end) == nil, !isTrigger(item.end)
    else { return nil }
    var at = item.first
    for _ in 0..<3 {
      if let determiner = cue(.definite, endsAt: at) ?? cue(.indefinite, endsAt: at) {
        at = determiner.start
      }
      if let found = governorCue(endingAt: at) { return found }
      guard at > 0, let before = self.item(at: at - 1),
        before.mention.kind == .place || before.mention.kind == .demonym
      else { return nil }
      at = before.first
    }
    return nil
  }

  /// The place before a partitive that governs the place at `item`: "Mezzeh" in "the
  /// Mezzeh district of Damascus", "southern Lebanese" in "the southern Lebanese town of
  /// Bint Jbeil".
  func placeBeforePartitive(_ item: Item) -> Item? {
    var at = item.first
    if let determiner = cue(.definite, endsAt: at) { at = determiner.start }
    guard let partitive = cue(.partitive, endsAt: at) else { return nil }
    return (max(0, partitive.start - 3)..<partitive.start).reversed().lazy.compactMap {
      self.item(at: $0)
    }.first { $0.mention.kind == .place }
  }

  /// Whether a casualty figure counts the span: "Two Iranian soldiers were killed", "more
  /// than 600 Palestinians killed in raids". Victims are never attackers.
  func isCountedAsHarmed(_ range: TextRange) -> Bool {
    items.contains { figure in
      guard figure.mention.kind == .quantity, figure.mention.range.contains(range),
        case .quantity(let quantity) = value(of: figure)
      else { return false }
      return [.killed, .injured, .casualties, .killedOrInjured].contains(quantity.role)
    }
  }

  /// Whether local token `index` lies in a trigger phrase.
  func isTrigger(_ index: Int) -> Bool {
    triggers.contains { $0.start <= index && index < $0.end }
  }

  /// Where the noun phrase ending in the mention at `index` begins: back over its
  /// determiner, modifiers and a partitive ("the Syrian capital Damascus", "the port of
  /// Hodeidah"), not over a preposition, boundary, punctuation, mention or trigger.
  func phraseStart(_ index: Int) -> Int {
    var at = index
    var steps = 0
    // Whether the phrase so far opens with a modifier (a word or a party's affiliation).
    var modified = false
    while at > 0, steps < 5 {
      let before = at - 1
      if let partitive = cue(.partitive, endsAt: at) {
        at = partitive.start
      } else if let affiliation = cue(.affiliation, endsAt: at),
        let owner = item(at: affiliation.start - 1)
      {
        // "the Houthi-controlled port of Hodeidah".
        at = owner.first
        modified = true
      } else if let determiner = cue(.definite, endsAt: at) ?? cue(.indefinite, endsAt: at) {
        return determiner.start
      } else if before > 0, joinsWords(before) {
        // "semi-autonomous": one modifier.
        at = before - 1
        modified = true
      } else if tokens[before].kind == .word, !hasCue(.preposition, startsAt: before),
        !isBoundary(before), !isTrigger(before), !hasCue(.coordination, startsAt: before),
        // ("in what Tehran called retaliation": the preposition governs "what", not Tehran.)
        !hasCue(.freeRelative, startsAt: before),
        item(at: before).map({
          // A place before a modifier word is its possessor: "in Iraq's semi-autonomous
          // Kurdistan region".
          $0.mention.kind == .demonym || ($0.mention.kind == .place && modified)
        }) ?? true
      {
        modified = item(at: before) == nil
        at = item(at: before)?.first ?? before
      } else {
        return at
      }
      steps += 1
    }
    return at
  }

  /// Whether local token `index` is a hyphen or slash written between two words with no
  /// space ("semi-autonomous", "rebel-held").
  private func joinsWords(_ index: Int) -> Bool {
    let mark = tokens[index]
    guard mark.kind == .punctuation, mark.utf8End - mark.utf8Start == 1, index > 0,
      index + 1 < tokens.count
    else { return false }
    let (left, right) = (tokens[index - 1], tokens[index + 1])
    return left.kind == .word && right.kind == .word && left.utf8End == mark.utf8Start
      && mark.utf8End == right.utf8Start
  }

  /// The classes of governing prepositions, the most telling first.
  private static let governingCues: [Cue] = [
    .agent, .origin, .target, .location, .instrument, .preposition,
  ]

  private func governorCue(endingAt at: Int) -> Cue? {
    firstCue(of: Self.governingCues, endingAt: at)
  }

  /// The preposition governing an event noun's phrase, looking back over its modifiers
  /// ("with a massive missile and drone attack", "in what is believed to be an operation").
  func phraseGovernor(of index: Int, notBefore limit: Int) -> Cue? {
    var at = index
    for _ in 0..<7 where at > limit {
      if let found = governor(of: at), found != .preposition { return found }
      let determiner = cue(.definite, endsAt: at) ?? cue(.indefinite, endsAt: at)
      if hasCue(.passive, endsAt: determiner?.start ?? at) { return .instrument }
      guard tokens[at - 1].kind == .word || item(at: at - 1) != nil, !isBoundary(at - 1) else {
        return nil
      }
      at -= 1
    }
    return nil
  }

  /// The effective governor of each item: its own preposition, or for a place coordinated
  /// with the place before it ("across Syria and in Yemen, as well as Lebanon"), that
  /// place's.
  func itemGovernors() -> [Cue?] {
    var result: [Cue?] = []
    var previousPlace: (end: Int, governor: Cue?)?
    for item in items {
      var governing = governor(of: item.first)
      if governing == nil, item.mention.kind == .actor, item.first > 0,
        let modifier = self.item(at: item.first - 1),
        modifier.mention.kind == .place || modifier.mention.kind == .demonym
      {
        // "on US forces", "on American troops": the place or demonym modifying the actor
        // carries the preposition.
        governing = governor(of: phraseStart(modifier.first))
      }
      if item.mention.kind == .place {
        // "in the Syrian capital Damascus": the phrase's preposition.
        if governing == nil { governing = governor(of: phraseStart(item.first)) }
        // ("inside Baghdad's heavily fortified Green Zone": the possessor's preposition.)
        if governing == nil, let previous = previousPlace,
          coordinated(previous.end, item.first)
            || (previous.end <= item.first && item.first - previous.end <= 2
              && (previous.end..<item.first).allSatisfy(isPlainModifier))
        {
          governing = previous.governor
        }
        // "struck by a missile southwest of Aden": a bearing from a place tells where, after
        // whatever phrase it stands.
        if governing != .target, governing != .origin,
          mentions[item.mention.index].provenance.rule == Self.bearingRule
        {
          governing = .location
        }
        if governing != .target, governing != .origin, isInOriginArea(item) {
          governing = .origin
        }
        previousPlace = (item.end, governing)
      }
      result.append(governing)
    }
    return result
  }

  /// Whether a place ends a from-phrase that names an area first ("from territory they
  /// control in Yemen", "from an area north of the village of Shebaa"): no clause, comma or
  /// target phrase between them.
  private func isInOriginArea(_ item: Item) -> Bool {
    guard hasAny(.originArea),
      let area = lastCue(.originArea, in: max(0, item.first - 10)..<item.first)
    else { return false }
    return !(area.end..<item.first).contains { index in
      isBoundary(index) || hasCue(.comma, startsAt: index) || hasCue(.target, startsAt: index)
    }
  }

  /// The local tokens of the phrase that says who the dead or wounded of a toll were: right
  /// after it ("12 people, including three Hezbollah members") or after a comma later in
  /// the sentence ("450 people have been killed …, most of them Hezbollah fighters"), up to
  /// the next comma or clause boundary.
  func victimsPhrase(after toll: TextRange) -> Range<Int>? {
    guard hasAny(.among), let last = tokens.lastIndex(where: { Int($0.utf8End) == toll.utf8End }),
      let among = cueMatches.first(where: { match in
        match.cue == .among && match.start > last
          && (match.start == last + 1 || hasCue(.comma, startsAt: match.start - 1))
      })
    else { return nil }
    var end = among.end
    while end < tokens.count, !hasCue(.comma, startsAt: end), !isBoundary(end) { end += 1 }
    return among.end..<end
  }

  /// "the attack", "the latest strike", "these attacks", "the missile launches";
  /// `overNames`: also over the party that did it ("the U.S. strikes").
  func isDefiniteNoun(_ noun: TriggerReading, overNames: Bool = false) -> Bool {
    var at = noun.start
    for _ in 0..<3 {
      if hasCue(.definite, endsAt: at) { return true }
      guard at > 0 else { return false }
      if let item = self.item(at: at - 1) {
        // "Friday's attack": a day's possessive is a determiner.
        if item.mention.kind == .date, isPossessor(item) { return true }
        // Over the weapon that names the means ("the pager explosions") and the date that
        // names the day ("the Jan. 12 strikes").
        let modifier =
          item.mention.kind == .weapon || item.mention.kind == .date
          || (overNames && [.actor, .demonym, .place].contains(item.mention.kind))
        guard modifier else { return false }
        at = item.first
      } else {
        guard tokens[at - 1].kind == .word else { return false }
        at -= 1
      }
    }
    return false
  }

  /// Whether a definite determiner opens the phrase of the item at local token `first`
  /// ("the drone", "one of the rockets").
  func isDefinitePhrase(at first: Int) -> Bool {
    hasCue(.definite, startsAt: phraseStart(first))
  }

  /// The gazetteer rule of a relative direction's mention ("south of" before a place).
  static let bearingRule = "relative-to-place"

  /// Whether two phrases are coordinated: only commas, determiners and a coordination
  /// between them.
  func coordinated(_ end: Int, _ start: Int) -> Bool {
    guard start >= end, start - end <= 4 else { return false }
    var index = end
    while index < start {
      if let coordination = cue(.coordination, startsAt: index) {
        index = coordination.end
      } else if hasCue(.comma, startsAt: index) || hasCue(.definite, startsAt: index) {
        index += 1
      } else {
        return false
      }
    }
    return true
  }

  /// The items whose first token lies in `range`, in text order: a lazy view, which the
  /// many callers that take its first, test it or walk it once read without an array.
  func items(in range: Range<Int>) -> LazyFilterCollection<[Item]> {
    items.lazy.filter { range.contains($0.first) }
  }
}

/// What a mention names when it plays a role: an actor, or the state a country or demonym
/// stands for.
struct Participant: Sendable {
  var actor: ActorReference
  var range: TextRange
  /// The place, when a place was read as its state ("attacks on Israel").
  var place: PlaceReference?
  /// Whether a demonym was read as its state ("Iraqi attacks").
  var isDemonym = false
}

extension SentenceView {
  /// The participant an item's mention can stand for, if any.
  func participant(_ item: Item) -> Participant? {
    // Weapons, counts and dates stand for no one: their values are not even read.
    switch item.mention.kind {
    case .actor, .demonym, .place: break
    case .weapon, .quantity, .date: return nil
    }
    // The value alone, read in place: copying the whole mention would retain its
    // provenance and alternatives too.
    return configuration.participant(mentions[item.mention.index].value, at: item.mention.range)
  }
}

extension EventsConfiguration {
  /// The participant a mention's value can stand for, if any; `range` is the mention's.
  func participant(_ value: MentionValue, at range: TextRange) -> Participant? {
    switch value {
    case .actor(let actor):
      return Participant(actor: actor, range: range)
    case .demonym(let country?):
      guard let state = states[country] else { return nil }
      return Participant(actor: state, range: range, isDemonym: true)
    case .place(let place) where place.feature == "country":
      guard let country = place.country, let state = states[country] else { return nil }
      return Participant(actor: state, range: range, place: place)
    default:
      return nil
    }
  }
}
