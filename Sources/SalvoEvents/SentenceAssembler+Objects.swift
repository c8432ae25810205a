import SalvoModel

extension SentenceAssembler {
  /// Whether a from-phrase tells where the frame's weapons came from: no clause and no
  /// threat begins between the frame's trigger and it ("an Israeli strike on the consulate,
  /// which killed seven officers, drew threats of retaliation from Tehran" names no origin),
  /// and no noun of help comes right before it ("with help from the United States").
  private func isOwnFromPhrase(_ item: Item, _ frame: Frame) -> Bool {
    let trigger =
      frame.triggers.filter { $0.end <= item.first }.map(\.end).max() ?? frame.own.lowerBound
    if boundaryBetween(trigger, item.first) { return false }
    // "intercepted with help from the United States": who helped.
    if let from = view.cue(.origin, endsAt: view.phraseStart(item.first)),
      view.hasCue(.support, endsAt: from.start)
    {
      return false
    }
    return !readings.contains { reading in
      reading.entry.family == .threat && trigger <= reading.start && reading.start < item.first
    }
  }

  /// Targets, locations and origin from the phrases after the triggers.
  func readObjects(_ frame: inout Frame, verb: TriggerReading?, nouns: [TriggerReading]) {
    let start = frame.triggers.minEnd ?? frame.own.lowerBound
    var places: [(EventPlace, String)] = []
    var countryTargets: [(EventPlace, String)] = []
    var sawObject = false
    // Where the last place read as the direct object ends: a place coordinated with it is
    // an object too ("struck Tyre and Nabatieh").
    var objectPlaceEnd: Int?
    let end = rankingAppositive(after: start, in: frame) ?? frame.shared.upperBound
    for (position, item) in view.items.enumerated()
    where start <= item.first && item.first < end {
      // ("called on the Houthis to stop": who is urged, not what was hit.)
      if frame.triggers.contains(where: { $0.start <= item.first && item.first < $0.end })
        || modifiesEventNoun(item) || view.hasCue(.affiliation, startsAt: item.end)
        || (view.hasAny(.appeal) && view.hasCue(.appeal, endsAt: view.phraseStart(item.first)))
        || isDescribed(item.first) || qualifiesActor(position) || isInMotive(item)
      {
        continue
      }
      let governing = governors[position]
      let owned = frame.own.contains(item.first)
      let directObject =
        verb.map { !$0.isPassive && view.phraseStart(item.first) - $0.end <= 2 && !sawObject }
        ?? false
      if let place = view.place(of: item) {
        if isDateline(item) { continue }
        // "on the Jordan-Syria border": two countries a hyphen joins name one stretch of
        // land between them, told here by the first; neither is a target.
        if let pair = hyphenedPlacePair(item) {
          if pair == .first, owned {
            places.append((Self.eventPlace(place, at: item.mention.range), "first-of-place-pair"))
          }
          continue
        }
        // "Iran's Revolutionary Guards": a possessor, not where it happened (but "at
        // Bamako's airport" is in Bamako); "the Mezzeh district of Damascus": the container
        // of the place before; "US forces": the actor's home, not where it happened.
        // "since the start of the Gaza war": the place names the conflict, not where.
        // "…, Islamabad said": a place that reports speaks for its government.
        if (view.isPossessor(item) && !view.placeNounFollows(item))
          || view.hasCue(.report, startsAt: item.end)
          || isContainer(item)
          || qualifiesNamedPlace(item) || qualifiesOwnersPart(item) || describesPlaceBefore(item)
          || isHyphenedModifier(item)
          || view.item(at: item.end)?.mention.kind == .actor
          || view.hasCue(.conflict, startsAt: item.end) || followsWarNoun(item)
        {
          continue
        }
        // "at a U.S. base": the base's owner is the target, its place is not said here.
        if isAttributiveCountry(item, place) {
          if owned, governing == .target || (governing == nil && directObject),
            let participant = view.participant(item)
          {
            addTarget(&frame, participant, "owner-of-target")
            sawObject = sawObject || governing == nil
          }
          continue
        }
        let eventPlace = Self.eventPlace(place, at: item.mention.range)
        switch governing {
        case .origin:
          if frame.origin == nil, isOwnFromPhrase(item, frame) {
            frame.origin = eventPlace
            frame.fill("origin", item.mention.range, "from-phrase")
          }
        case .target:
          if owned, let participant = view.participant(item), !sawObject {
            addTarget(&frame, participant, "object-after-target-preposition")
            countryTargets.append((eventPlace, "place-after-target-preposition"))
          } else if place.feature == "country" {
            countryTargets.append((eventPlace, "place-after-target-preposition"))
          } else {
            places.append((eventPlace, "place-after-target-preposition"))
          }
        case .location where !isReferencePoint(item):
          places.append((eventPlace, "place-after-locative"))
        case nil where owned && (directObject || coordinated(item, after: objectPlaceEnd)):
          sawObject = true
          objectPlaceEnd = item.end
          if let participant = view.participant(item) {
            addTarget(&frame, participant, "direct-object")
            countryTargets.append((eventPlace, "place-as-object"))
          } else {
            places.append((eventPlace, "place-as-object"))
          }
        default:
          break
        }
        continue
      }
      // ("killed four Yemeni workers": the nationality of civilians, not a party.)
      guard owned, let participant = view.participant(item),
        !participant.actor.isCommentator, !modifiesPlace(item),
        !(item.mention.kind == .demonym && view.hasCue(.civilian, startsAt: item.end))
      else { continue }
      let victimsOwner = ownsVictims(item)
      // "Hezbollah fighters clashed with Israeli troops": who a clash is with is the other side.
      let opponent = governing == .instrument && isClash(frame)
      if governing == .target || (governing == nil && directObject)
        || (governing == .preposition && isAfterEventNoun(item, nouns)) || victimsOwner
        || opponent
      {
        if frame.attacker?.actor.gazetteerID != participant.actor.gazetteerID {
          addTarget(
            &frame, participant,
            governing == .target
              ? "object-after-target-preposition"
              : victimsOwner ? "owner-of-victims" : opponent ? "opponent-in-clash" : "direct-object"
          )
          sawObject = true
        }
      }
    }
    if places.isEmpty, let verb {
      // "An army post near Metula was attacked": the passive subject's place. "Israeli
      // troops in the West Bank city of Jenin killed": the active subject's, after a
      // locative and finer than a country ("militants in Syria fired at Israel" happened in
      // Israel, as far as the sentence says). In a passive subject with a place after a
      // locative, a bare country is the state whose forces were hit ("U.S. and coalition
      // forces in Iraq and Syria have come under attack" happened in Iraq and Syria).
      // Not the subject of an earlier verb that a report verb sets apart ("Russia launched 62
      // drones at Ukraine, the air force said, adding that 40 drones had been shot down":
      // not in Russia).
      // (Lazy: this runs for most verbs, and the positions are walked twice.)
      let earlier = readings.last { !$0.isNoun && $0.end <= verb.start }?.end
      let start = max(
        verb.clause.lowerBound,
        earlier.flatMap { view.lastCue(.report, in: $0..<verb.start) != nil ? $0 : nil } ?? 0)
      let subject = view.items.indices.lazy.filter { position in
        let item = view.items[position]
        return start <= item.first && item.first < verb.start
      }
      let located = subject.contains {
        governors[$0] == .location && view.place(of: view.items[$0]) != nil
      }
      for position in subject {
        let item = view.items[position]
        guard let place = view.place(of: item), !view.isPossessor(item), !isModifier(item),
          !isContainer(item), !isDateline(item), !view.hasCue(.affiliation, startsAt: item.end),
          !isReferencePoint(item)
        else { continue }
        if verb.isPassive, located, governors[position] == nil, place.feature == "country",
          let state = view.participant(item)
        {
          addTarget(&frame, state, "state-of-passive-subject")
          continue
        }
        guard
          verb.isPassive
            ? governors[position] == nil || governors[position] == .location
            : governors[position] == .location && place.feature != "country"
        else { continue }
        let eventPlace = Self.eventPlace(place, at: item.mention.range)
        let rule = verb.isPassive ? "place-of-passive-subject" : "place-in-subject-phrase"
        if place.feature == "country" {
          countryTargets.append((eventPlace, rule))
        } else {
          places.append((eventPlace, rule))
        }
      }
    }
    if places.isEmpty { places = countryTargets }
    if places.isEmpty, let verb, let situation = situationClause(before: verb) {
      // "The ship was about 50 nautical miles southwest of Aden when it was hit": where the
      // clause before "when" puts its subject.
      for (position, item) in view.items.enumerated() where situation.contains(item.first) {
        guard let place = view.place(of: item), !view.isPossessor(item), !isModifier(item),
          !isContainer(item), !isDateline(item), !isReferencePoint(item),
          governors[position] == nil || governors[position] == .location
        else { continue }
        places.append((Self.eventPlace(place, at: item.mention.range), Self.placeOfSituation))
      }
    }
    // Clause-initial "In Syria, …" sets the scene.
    if places.isEmpty, let first = view.items(in: frame.scope).first,
      let place = view.place(of: first), view.governor(of: first.first) == .location,
      first.first <= frame.scope.lowerBound + 2
    {
      places.append(
        (
          Self.eventPlace(place, at: first.mention.range),
          "scene-setting-locative"
        ))
    }
    Self.locate(&frame, at: places)
  }

  /// The rule that places an event where the clause before "when" puts its subject.
  static let placeOfSituation = "place-of-situation"

  /// The clause before "when" that tells where the verb's subject was ("The vessel was
  /// sailing 70 nautical miles west of Hodeidah when it was struck"), when it has no trigger
  /// of its own.
  private func situationClause(before verb: TriggerReading) -> Range<Int>? {
    // (A clause starts at the boundary word that opens it.)
    let when = verb.clause.lowerBound
    guard when > 0, view.hasCue(.temporalRelative, startsAt: when) else { return nil }
    let start =
      (0..<when).last { view.hasCue(.boundary, startsAt: $0) || view.hasCue(.comma, startsAt: $0) }
      .map { $0 + 1 } ?? 0
    guard !readings.contains(where: { (start..<when).contains($0.start) }) else { return nil }
    return start..<when
  }

  /// Whether an actor is what the victims counted before it belong to ("killed five members
  /// of the Popular Mobilization Forces"): the target.
  private func ownsVictims(_ item: Item) -> Bool {
    var at = item.first
    if view.hasCue(.definite, endsAt: at) { at -= 1 }
    guard let of = view.cue(.partitive, endsAt: at), of.start > 0,
      let count = view.item(at: of.start - 1),
      count.mention.kind == .quantity, case .quantity(let quantity) = view.value(of: count)
    else { return false }
    return quantity.role == .killed || quantity.role == .injured
  }

  /// Whether the demonym at `position` qualifies the actor right after it ("attacked Israeli
  /// soldiers": the soldiers, the Israeli army, are the target, not the state).
  private func qualifiesActor(_ position: Int) -> Bool {
    let items = view.items
    guard items[position].mention.kind == .demonym, position + 1 < items.count else {
      return false
    }
    let next = items[position + 1]
    return next.mention.kind == .actor && next.first == items[position].end
  }

  /// Whether a mention modifies an event noun right after it ("Israeli strikes", "an
  /// Israeli sabotage operation"): it belongs to that noun's frame, not as an object.
  private func modifiesEventNoun(_ item: Item) -> Bool {
    readings.contains { reading in
      reading.isNoun && reading.start >= item.end && reading.start - item.end <= 2
        && (item.end..<reading.start).allSatisfy {
          view.tokens[$0].kind == .word && !view.hasCue(.preposition, startsAt: $0)
        }
    }
  }

  /// Whether a place names the war it follows ("since the war in Gaza began", "the conflict
  /// in Syria"): the conflict's, not where the event was.
  private func followsWarNoun(_ item: Item) -> Bool {
    guard view.hasAny(.war),
      let preposition = view.cue(.location, endsAt: view.phraseStart(item.first))
        ?? view.cue(.target, endsAt: view.phraseStart(item.first))
    else { return false }
    return view.hasCue(.war, endsAt: preposition.start)
  }

  private func isAfterEventNoun(_ item: Item, _ nouns: [TriggerReading]) -> Bool {
    nouns.contains { $0.end <= item.first && item.first - $0.end <= 3 }
  }

  private func addTarget(_ frame: inout Frame, _ participant: Participant, _ rule: String) {
    guard !frame.targets.contains(where: { $0.actor.gazetteerID == participant.actor.gazetteerID })
    else { return }
    frame.targets.append(
      EventActor(role: .target, actor: participant.actor, range: participant.range))
    frame.fill("target", participant.range, rule)
  }

  /// Where an appositive that ranks the event in its series starts (", the latest in a
  /// months-long campaign against shipping …"), if the frame's scope holds one after `start`:
  /// it says nothing more of this event, neither its place nor a period.
  func rankingAppositive(after start: Int, in frame: Frame) -> Int? {
    guard view.mayRank else { return nil }
    return (start..<frame.shared.upperBound).first { at in view.opensRanking(at: at) }
  }

  /// Whether an item names the cause a party says it fights for ("in solidarity with
  /// Palestinians in Gaza", "in support of its ally Hamas"): the phrase runs to the next
  /// comma or clause boundary.
  func isInMotive(_ item: Item) -> Bool {
    guard view.hasAny(.motive), let motive = view.lastCue(.motive, in: 0..<item.first) else {
      return false
    }
    return !(motive.end..<item.first).contains {
      view.hasCue(.comma, startsAt: $0) || view.hasCue(.boundary, startsAt: $0)
    }
  }
}
