import SalvoModel

/// What the article has said so far, for reading a sentence in context: the events
/// assembled, the armed actors named and the dates given, and the publication date.
struct ArticleContext {
  let document: Document
  let configuration: EventsConfiguration
  /// Event mentions so far, in text order.
  private(set) var events: [Event] = []
  /// The armed actors of the last sentence that named one, in text order, for "the
  /// group", "it", "they", "these militias": a sentence's first actor is mostly its subject.
  private(set) var lastActors: [EventActor] = []
  /// The last resolved date, the block it was given in and its sentence's number.
  private var lastDate: (date: EventDate, block: Int, sentence: Int)?
  /// Sentences read so far: the number of the sentence being read.
  private(set) var sentencesSeen = 0
  /// The armed actors the discourse is about, in text order (see `Topic`).
  var topics: [Topic] = []
  /// Where the actor mentions that name a class of actors ("Iran-backed militias",
  /// "Iraqi armed groups") rather than one group begin.
  private(set) var classMentions: Set<Int> = []
  /// The events told only as the start of a period ("since the October 7 Hamas
  /// onslaught"): harm told after them is not theirs.
  private(set) var allusions: Set<Int> = []

  init(document: Document, configuration: EventsConfiguration) {
    self.document = document
    self.configuration = configuration
  }

  /// Remembers a sentence's actors and dates once it has been read.
  mutating func note(sentence: Sentence, mentions: ArraySlice<Mention>) {
    sentencesSeen += 1
    var actors: [EventActor] = []
    defer { if !actors.isEmpty { lastActors = actors } }
    // By index: a sentence's mentions are read in place, not copied one by one.
    for index in mentions.indices {
      let range = mentions[index].range
      switch mentions[index].value {
      case .actor(let actor) where actor.isArmed:
        actors.append(EventActor(role: .attacker, actor: actor, range: range))
        if mentions[index].provenance.rule == "generic-actor" {
          classMentions.insert(range.utf8Start)
        }
      case .date(let time) where time.start != nil && !sentence.isHeadline:
        // A period ("since October", "in the past two weeks") dates no incident after it, nor
        // does the current one ("its second direct attack this year").
        guard time.precision != .range, mentions[index].provenance.rule != Self.sinceRule,
          !isCurrentPeriod(time, rule: mentions[index].provenance.rule)
        else {
          continue
        }
        lastDate = (
          EventDate(time: time, range: range), block(of: sentence.range), sentencesSeen
        )
      default:
        break
      }
    }
  }

  /// Adds a sentence's frame: resolves a pronoun attacker, folds a restatement ("the
  /// attack") into the event it restates, dates it from context, and splits a list of
  /// places into one event per place.
  mutating func add(
    _ frame: consuming Frame, type: (type: String, subType: String?, rule: String),
    view: SentenceView, restating: Bool = true
  ) {
    if frame.attacker == nil,
      let anaphor = frame.fills.first(where: { $0.slot == "attacker" && $0.rule == "anaphor" })
    {
      let plural = isPluralAnaphor(anaphor.range)
      // ("The group has claimed dozens of attacks" after the Israeli military spoke: a group.)
      let group =
        anaphor.range.flatMap(view.tokenIndex(startingAt:)).map {
          view.hasCue(.groupAnaphor, startsAt: $0)
        } ?? false
      if let previous = antecedent(
        before: anaphor.range, in: view, like: nil, plural: plural, group: group)
        ?? events.last?.firstActor(.attacker).flatMap({ actor in
          !group || actor.actor.isArmedGroup ? actor : nil
        })
      {
        frame.attacker = EventActor(role: .attacker, actor: previous.actor, range: previous.range)
        frame.fill("attacker", previous.range, "anaphor-resolved-to-last-actor")
      }
    } else if let attacker = frame.attacker, configuration.isGeneric(attacker.actor),
      let range = attacker.range, isDefinite(range, in: view),
      let named = antecedent(before: range, in: view, like: attacker.actor),
      // (A class row resolves to a named party only, never to a class that says less.)
      attacker.actor.gazetteerID.hasPrefix("generic:") || !configuration.isGeneric(named.actor)
    {
      // "these militias", "its fighters", "the group's fighters": the group named before.
      frame.attacker = EventActor(role: .attacker, actor: named.actor, range: attacker.range)
      frame.fill("attacker", named.range, "definite-generic-resolved-to-named-actor")
    } else if let attacker = frame.attacker, attacker.actor.gazetteerID.hasPrefix("generic:"),
      attacker.actor.country == nil, attacker.actor.sponsor == nil,
      let named = topicNaming(attacker.actor, view: view)
    {
      // "Resistance groups have targeted …" after a paragraph on Iran-backed militias.
      frame.attacker = EventActor(role: .attacker, actor: named.actor, range: attacker.range)
      frame.fill("attacker", named.range, "generic-resolved-to-topic")
    }
    if frame.modality == .asserted, let source = ownSource(of: frame, in: view) {
      frame.modality = .claimed
      frame.fill("modality", source, "party-or-its-outlet-reports")
    }
    if let attacker = frame.attacker, frame.sponsors.isEmpty,
      let state = configuration.sponsorState(of: attacker.actor)
    {
      frame.sponsors.append(EventActor(role: .sponsor, actor: state, range: nil))
      frame.fill("sponsor", attacker.range, "sponsor-of-attacker")
    }
    if restating, mergeRestatement(frame, type: type, view: view) { return }
    if restating,
      let index = retoldByWeapon(frame, view: view)
        ?? retoldInArea(frame, type: type.type, view: view)
        ?? retoldUnattributed(frame, type: type.type, view: view)
        ?? retoldUndated(frame, type: type.type, view: view)
    {
      merge(frame, into: index, sentence: view.sentence.range)
      return
    }
    if restating, let index = retoldBySameSide(frame, type: type.type, view: view) {
      // (Found as a claim of the incident, the claimant is its attacker.)
      Self.merge(frame, into: &events[index], sentence: view.sentence.range, claimed: true)
      return
    }
    if restating, let index = retoldInFull(frame, type: type.type) {
      // The full telling's day replaces the allusion's span.
      merge(frame, into: index, sentence: view.sentence.range)
      events[index].date = frame.date
      events[index].fills.removeAll { $0.slot == "date" }
      events[index].fills.append(
        SlotFill(slot: "date", range: frame.date.range, rule: "full-telling"))
      return
    }
    if let index = repeatedCount(of: frame, type: type.type) {
      // "… have conducted approximately 40 attacks targeting Israel" after "… launching
      // around 40 strikes on Israel": the same count told again.
      merge(frame, into: index, sentence: view.sentence.range)
      return
    }
    let stopped = interceptedAttack(for: frame).flatMap { topic in
      frame.attacker.map { Self.sameParty($0.actor, topic.actor.actor) } ?? true ? topic : nil
    }
    // (Not for the attack a response answers: "the strike was in response to the attacks on
    // U.S. service members, including the Jan. 28 drone attack" is no attack by the responder.)
    var topic: Topic?
    if frame.attacker == nil, !frame.hasUnnamedAttacker, stopped == nil,
      view.answeredEvent(in: 0..<frame.head.start) == nil
    {
      // (An interception's attacker is no party on the side that intercepted: "The Israeli
      // military said about 160 projectiles crossed from Lebanon, some of which were
      // intercepted" after an Israeli strike is Hezbollah's barrage.)
      let defender = frame.interceptor?.actor ?? reportingInterceptor(of: frame, in: view)?.actor
      topic = attackingTopic(for: frame, type: type.type, view: view, notOnSideOf: defender)
    }
    if frame.attacker == nil, !frame.hasUnnamedAttacker,
      let inherited = stopped?.actor ?? topic?.actor
    {
      // "Two attacks hit their targets" after "Iraqi groups have stepped up their attacks".
      frame.attacker = inherited
      frame.fill("attacker", inherited.range, "attacker-from-context")
    }
    if frame.date.range == nil, let date = stopped?.date {
      frame.date = date
      frame.fill("date", date.range, "date-of-intercepted-attack")
      // "shot down 30 of the missiles": that barrage's own weapons, stopped once.
      if date.time.precision == .day, Self.namesDefiniteWeapons(frame, view: view) {
        Self.countAsOneOccurrence(&frame, dated: date.range)
      }
    } else if frame.date.range == nil,
      let date = retoldIncidentDate(of: frame, type: type.type, view: view)
    {
      frame.date = date
      frame.fill("date", date.range, "date-of-retold-incident")
    } else if frame.date.range == nil, let date = attackStopped(at: frame, view: view) {
      // "air defences had shot down three small drones" near Isfahan after Israel's strike
      // near Isfahan early on Friday: that strike, stopped in part, once.
      let aggregateForWantOfDate = frame.isUndatedPlural || frame.isUndatedCount
      frame.date = date
      frame.fill("date", date.range, "date-of-attack-at-place")
      if aggregateForWantOfDate {
        frame.kind = .incident
        frame.fills.removeAll { $0.slot == "kind" }
        frame.fill("kind", date.range, "dated-occurrence")
      }
    } else if frame.date.range == nil, let date = harmOfTopicAttack(frame, topic, view: view) {
      // "One person was killed in the West Bank city of Jericho" right after Iran's barrage
      // on Tuesday: that day's harm.
      frame.date = date
      frame.fill("date", date.range, "date-of-attack-harming")
    } else if frame.date.range == nil,
      let (date, rule) =
        dayRelativeToRetold(frame, view: view) ?? dayAfterLastEvent(frame, view: view)
        ?? respondedDate(frame, view: view)
    {
      frame.date = date
      frame.fill("date", date.range, rule)
      // "A day later, walkie-talkies exploded": dated now, one occurrence.
      Self.countAsOneOccurrence(&frame, dated: date.range)
    } else if frame.date.range == nil {
      datedFromContext(&frame, sentence: view.sentence)
    }
    if let speaker = reportingInterceptor(of: frame, in: view) {
      frame.interceptor = EventActor(role: .interceptor, actor: speaker.actor, range: speaker.range)
      frame.fill("interceptor", speaker.range, "state-reports-interception")
    }
    forgetTargetSubjects(of: frame)
    noteTopic(frame, type: type.type, view: view)
    let split =
      frame.locations.count > 1 && !(frame.kind == .aggregate && frame.isCountOfOccurrences)
    if split, frame.isUndatedPlural {
      // "Strikes hit a site in Homs, a depot near Latakia…": one strike per place.
      frame.kind = .incident
      frame.fill("kind", nil, "one-per-listed-place")
    }
    let places: [EventPlace?] = split ? frame.locations : [frame.locations.first]
    if places.count > 1, frame.count != nil {
      // One count for the whole list ("thousands of pagers detonated … across Syria, Yemen
      // and Lebanon") is no one place's: copied to each, it would be summed.
      frame.count = nil
      frame.fills.removeAll { $0.slot == "count" }
    }
    let listed = places.compactMap { $0 }
    let firstAdded = events.count
    let alluded = view.opensPeriod(frame.head)
    defer { if alluded { allusions.formUnion(firstAdded..<events.count) } }
    let killed = Self.tollsPerPlace(listed, role: .killed, frame: frame, view: view)
    let injured = Self.tollsPerPlace(listed, role: .injured, frame: frame, view: view)
    guard killed != nil || injured != nil else {
      for place in places {
        events.append(event(frame, type: type, location: place, view: view))
      }
      return
    }
    // Each place its own toll, told before it.
    for (index, place) in listed.enumerated() {
      var placed = copy frame
      for (slot, tolls) in [("killed", killed), ("injured", injured)] {
        guard let toll = tolls?[index] else { continue }
        if slot == "killed" { placed.killed = toll } else { placed.injured = toll }
        placed.fills.removeAll { $0.slot == slot }
        placed.fill(slot, toll.range, "toll-before-listed-place")
      }
      events.append(event(placed, type: type, location: place, view: view))
    }
  }

  /// The named armed actor a pronoun or a definite generic stands for: the first one
  /// before it in its sentence that no preposition governs (its clause's subject, "Harakat
  /// al-Nujaba said its fighters"), else the first of the last sentence that named one. A
  /// generic (`like`) takes only a named actor of its own type; `group` ("the group", "the
  /// militia") only an armed group.
  private func antecedent(
    before range: TextRange?, in view: SentenceView, like generic: ActorReference?,
    plural: Bool = false, group: Bool = false
  )
    -> EventActor?
  {
    func fits(_ actor: ActorReference) -> Bool {
      guard actor.isArmed, !(plural && actor.type == "state"),
        !group || actor.isArmedGroup
      else { return false }
      guard let generic else { return true }
      // A definite generic names no more than its antecedent: take one that says more.
      let saysMore =
        !actor.gazetteerID.hasPrefix("generic:")
        || (actor.sponsor != nil && generic.sponsor == nil)
        || (actor.country != nil && generic.country == nil)
      return saysMore
        && (actor.type == generic.type
          || (generic.type == "state_military" && actor.type == "state"))
    }
    if let sayer = subjectOfSaying(before: range, in: view), fits(sayer.actor) { return sayer }
    let limit = range?.utf8Start ?? view.sentence.range.utf8Start
    for item in view.items where item.mention.range.utf8End <= limit {
      // ("The al Qaeda-linked group said its fighters …": a sponsor is no antecedent.)
      guard view.governor(of: item.first) == nil, !view.hasCue(.affiliation, startsAt: item.end),
        let participant = view.participant(item),
        fits(participant.actor)
      else { continue }
      return EventActor(role: .attacker, actor: participant.actor, range: participant.range)
    }
    return lastActors.first { fits($0.actor) }
  }

  /// The subject of a verb of saying right before a pronoun: a party, or the state whose
  /// city speaks for it ("Tehran said it had attacked bases of a militant group": Iran).
  /// Unlike `EventsConfiguration.speaker`, which decides whose claim a report is, a place
  /// counts here: the pronoun after it is its government.
  private func subjectOfSaying(before range: TextRange?, in view: SentenceView) -> EventActor? {
    guard let range, let at = view.tokenIndex(startingAt: range),
      let report = view.cue(.report, endsAt: at), report.start > 0,
      let item = view.item(at: report.start - 1), item.end == report.start
    else { return nil }
    if let participant = view.participant(item) {
      return EventActor(role: .attacker, actor: participant.actor, range: participant.range)
    }
    guard let place = view.place(of: item), place.feature == "city",
      let country = place.country, let state = configuration.states[country]
    else { return nil }
    return EventActor(role: .attacker, actor: state, range: item.mention.range)
  }

  /// Whether a determiner or possessive opens the phrase at `range` ("these militias",
  /// "its fighters", "the group's fighters").
  private func isDefinite(_ range: TextRange, in view: SentenceView) -> Bool {
    guard let first = view.tokenIndex(startingAt: range) else { return false }
    var at = first
    for _ in 0..<3 where at > 0 {
      if view.hasCue(.definite, endsAt: at) || view.hasCue(.anaphor, endsAt: at) {
        return true
      }
      // Over a sponsor ("the Iran-aligned group").
      if let affiliation = view.cue(.affiliation, endsAt: at), affiliation.start > 0 {
        at = view.item(at: affiliation.start - 1)?.first ?? affiliation.start - 1
        continue
      }
      // Over a possessor ("the group's") or a modifier ("these same").
      guard view.tokens[at - 1].kind == .word, view.item(at: at - 1) == nil else { return false }
      at -= 1
    }
    return false
  }

  /// Folds a restatement ("the attack", "these strikes") into the event it restates.
  ///
  /// - Returns: whether the frame was a restatement of an earlier event.
  mutating func mergeRestatement(
    _ frame: Frame, type: (type: String, subType: String?, rule: String), view: SentenceView
  ) -> Bool {
    guard isRestatement(frame, view: view),
      let index = antecedent(of: frame, type: type.type, view: view),
      !isPriorOccurrence(frame, than: events[index], view: view)
    else { return false }
    // ("More than 450 people have been killed in Lebanon since October. On the Israeli side,
    // 15 soldiers and 10 civilians have been killed": a second toll, not more of the first.)
    if events[index].kind == .aggregate, events[index].killed != nil, frame.killed != nil,
      !frame.head.isNoun
    {
      return false
    }
    if events[index].kind == .aggregate, frame.head.isNoun, frame.head.form == .base {
      // "The latest attack, on Sunday, hit a tanker": one of the attacks counted before, a
      // new incident by the same hand.
      var incident = frame
      incident.rejection = nil
      if incident.attacker == nil, let attacker = events[index].firstActor(.attacker) {
        incident.attacker = attacker
        incident.fill("attacker", attacker.range, "attacker-of-counted-attacks")
      }
      if incident.locations.isEmpty, let place = events[index].location {
        incident.locations = [place]
        incident.fill("location", place.range, "location-of-counted-attacks")
      }
      add(incident, type: type, view: view, restating: false)
      return true
    }
    // ("The Islamic Resistance in Iraq claimed the attack, saying it had targeted the base":
    // a party claiming the attack as its own names who did it.)
    Self.merge(frame, into: &events[index], sentence: view.sentence.range, claimed: true)
    return true
  }

  /// Whether the frame is a definite event noun with nothing new but figures: "the
  /// attack", "the latest strike", "these attacks".
  private func isRestatement(_ frame: Frame, view: SentenceView) -> Bool {
    guard frame.count == nil else { return false }
    if frame.head.isPassive, frame.attacker == nil, frame.date.range == nil,
      frame.triggers.allSatisfy({ $0.entry.anchor == .casualty })
    {
      // "Four other crew members were injured", "22 people were killed, including three
      // paramedics in the town of Nabatieh": more harm of the attack just told.
      return true
    }
    if frame.head.isPassive, frame.attacker == nil, frame.date.range == nil,
      frame.fills.contains(where: { $0.rule == SentenceAssembler.placeOfSituation })
    {
      // "The ship was about 50 nautical miles southwest of Aden when it was hit": where the
      // attack just told hit it.
      return true
    }
    if frame.head.isPassive, frame.attacker == nil,
      let subject = definiteSubject(of: frame.head, view: view),
      frame.rejection?.reason == .unanchored || view.item(at: subject)?.mention.kind == .weapon
    {
      // "The Marshall Islands-flagged tanker … was struck on Friday evening …", "Hours
      // before the tanker was hit, …": the ship the attack just told hit, when and where;
      // "The rocket was launched from an area north of Shebaa": where it came from.
      return true
    }
    if !frame.head.isNoun, frame.attacker == nil,
      let noun = frame.triggers.first(where: \.isNoun), view.isDefiniteNoun(noun)
    {
      // "Four soldiers were killed in the attack": the harm of an attack told before, and
      // maybe where and when it was ("… in the attack on Monday on Erbil air base").
      return true
    }
    if !frame.head.isNoun, let noun = frame.foldedNoun,
      view.isDefiniteNoun(noun, overNames: true)
    {
      // "Iraq's government condemned the U.S. strikes and said one soldier was killed".
      return true
    }
    if !frame.head.isNoun {
      // "The troops were reported to have attacked …": a described actor, nothing new.
      guard let attacker = frame.attacker, let range = attacker.range,
        attacker.actor.gazetteerID.hasPrefix("generic:"), frame.locations.isEmpty,
        frame.date.range == nil,
        let first = view.tokenIndex(startingAt: range)
      else { return false }
      return view.hasCue(.definite, endsAt: first)
    }
    return view.isDefiniteNoun(frame.head) || isCopularOrdinal(frame.head, view: view)
  }

  /// The day of the attack whose attacker an undated passive report of harm, or an
  /// interception of weapons a pronoun takes up, took from the paragraph it follows ("One
  /// person was killed in Jericho" after "Iran fired more than 180 ballistic missiles at
  /// Israel on Tuesday").
  private func harmOfTopicAttack(_ frame: Frame, _ topic: Topic?, view: SentenceView)
    -> EventDate?
  {
    guard let topic, let date = topic.date, date.time.precision == .day,
      frame.kind == .incident, block(of: view.sentence.range) - topic.block <= 1
    else { return nil }
    if frame.head.isPassive, frame.killed != nil || frame.injured != nil { return date }
    // "Syrian air defences intercepted some of them" after Israeli jets fired six missiles
    // on Monday: the weapons the pronoun takes up were that attack's.
    let interception = frame.triggers.first { $0.entry.family == .interception }
    guard let interception, frame.weapons.isEmpty, view.hasAny(.anaphor),
      view.firstCue(.anaphor, in: interception.end..<min(interception.end + 4, view.tokens.count))
        != nil
    else { return nil }
    return date
  }

  /// Makes an undated plural, dated now from context, one occurrence.
  private static func countAsOneOccurrence(_ frame: inout Frame, dated range: TextRange?) {
    guard frame.isUndatedPlural else { return }
    frame.kind = .incident
    frame.fills.removeAll { $0.slot == "kind" }
    frame.fill("kind", range, "dated-occurrence")
  }

  /// Whether a frame's weapons are named as ones told before ("the missiles", "30 of the
  /// drones"): a definite phrase names the first.
  private static func namesDefiniteWeapons(_ frame: Frame, view: SentenceView) -> Bool {
    guard let weapon = frame.weapons.first,
      let start = view.tokenIndex(startingAt: weapon.range)
    else { return false }
    return view.isDefinitePhrase(at: start)
  }

  /// An earlier aggregate the frame repeats: the same count of the same type, at the same
  /// place, by the same attacker (where both name one).
  private func repeatedCount(of frame: Frame, type: String) -> Int? {
    guard frame.kind == .aggregate, let value = frame.count?.quantity.value else { return nil }
    return events.indices.first { index in
      let event = events[index]
      guard event.kind == .aggregate, event.eventType == type,
        event.count?.quantity.value == value,
        event.location?.place.gazetteerID == frame.locations.first?.place.gazetteerID
      else { return false }
      if let one = event.firstActor(.attacker)?.actor, let two = frame.attacker?.actor {
        return Self.sameParty(one, two)
      }
      return true
    }
  }

  /// Whether two actor references can name one party: the same id, or the same type and
  /// sponsor with no conflicting country ("Iran-backed militias" and "Iran-backed Iraqi
  /// militias").
  static func sameParty(_ one: ActorReference, _ two: ActorReference) -> Bool {
    if one.gazetteerID == two.gazetteerID { return true }
    guard one.type == two.type, one.sponsor != nil, one.sponsor == two.sponsor else {
      return false
    }
    return one.country == nil || two.country == nil || one.country == two.country
  }

  /// Replaces the tolls of the incident told last with those a sentence telling no event
  /// gives as revised (`revisedTolls(in:)`).
  mutating func reviseTolls(in view: SentenceView) {
    let revised = Self.revisedTolls(in: view)
    guard !revised.isEmpty, let index = lastToldIncident(in: view) else { return }
    events[index].addEvidence(view.sentence.range)
    for (slot, toll, figure) in revised {
      events[index][keyPath: toll] = figure
      events[index].fills.removeAll { $0.slot == slot }
      events[index].fills.append(SlotFill(slot: slot, range: figure.range, rule: "revised-toll"))
    }
  }

  /// Credits the incident a party claims in a sentence telling no event of its own
  /// (`claimedIncident(in:)`) to that party.
  mutating func credit(_ claimant: Participant, view: SentenceView) {
    guard let index = claimedIncident(in: view) else { return }
    Self.credit(
      claimant, with: &events[index], sentence: view.sentence.range, configuration: configuration)
  }

  /// Adds the restatement's sentence as evidence and fills the slots the event lacked.
  private mutating func merge(_ frame: Frame, into index: Int, sentence: TextRange) {
    Self.merge(frame, into: &events[index], sentence: sentence)
  }

  /// The day of a clause told as days after or before, or hours from, an event its
  /// sentence told again before it: "The strike came a day after a Houthi drone slammed into
  /// a building" is the day before the strike.
  private func dayRelativeToRetold(_ frame: Frame, view: SentenceView) -> (EventDate, String)? {
    guard let told = events.last(where: { $0.evidence.contains(view.sentence.range) }),
      told.date.time.precision == .day, frame.head.start > 0,
      let shift = view.dayShift(in: 0..<frame.head.start)
    else { return nil }
    return told.date.day(shiftedBy: shift, in: view).map {
      ($0, Self.dayRelativeToEventToldBefore)
    }
  }

  /// The rules that date a clause relative to an event told before it.
  static let dayRelativeToEventToldBefore = "day-relative-to-event-told-before"
  static let daysFromLastDatedEvent = "days-from-last-dated-event"
  static let dayAfterLastDatedEvent = "day-after-last-dated-event"

  /// The day of a sentence that opens "Two days later," "The next day," or "Hours later,"
  /// told after an event dated to the day: the most recently told such event's day, moved
  /// by that much. "Later" right before the verb tells that day too ("Israeli jets later
  /// struck Khiam").
  private func dayAfterLastEvent(_ frame: Frame, view: SentenceView) -> (EventDate, String)? {
    guard frame.kind == .incident || frame.isUndatedPlural else { return nil }
    let opening = 0..<min(frame.head.start, 4)
    var found: (shift: DayShift, rule: String)?
    if let shift = view.dayShiftFromLastEvent(before: frame.head.start) {
      found = (shift, Self.daysFromLastDatedEvent)
    }
    let shifts: [(Cue, Int, String)] = [
      (.nextDay, 1, Self.dayAfterLastDatedEvent), (.laterSameDay, 0, "day-of-last-dated-event"),
    ]
    for (cue, days, rule) in shifts where found == nil {
      if let match = view.firstCue(cue, in: opening), match.start == 0 {
        found = (DayShift(days: days, slack: 0, match: match), rule)
      }
    }
    // ("An Israeli drone also struck a group of gunmen in the camp": the same occasion, when
    // no other place sets it apart.)
    if found == nil, !frame.head.isNoun,
      let match = view.cue(.laterSameDay, endsAt: frame.head.start)
        ?? (frame.locations.isEmpty ? view.cue(.also, endsAt: frame.head.start) : nil)
    {
      found = (DayShift(days: 0, slack: 0, match: match), "day-of-last-dated-event")
    }
    // ("Also, at approximately 1:15 p.m., Houthi terrorists launched one anti-ship ballistic
    // missile": a time of day with no date goes on with the day told last.)
    if found == nil, view.hasAny(.clock),
      let clock = view.firstCue(.clock, in: 0..<frame.head.start)
    {
      found = (DayShift(days: 0, slack: 0, match: clock), "time-of-day-of-last-dated-event")
    }
    guard let found else { return nil }
    let last = events.filter { $0.date.time.precision == .day }.max { $0.lastTold < $1.lastTold }
    return last?.date.day(shiftedBy: found.shift, in: view).map { ($0, found.rule) }
  }

  /// The figures stage's rule for a date that starts a period ("since October").
  private static let sinceRule = "since"

  /// The figures stage's rule for a week, month or year told from the day of publication
  /// ("this year", "last month").
  private static let deicticPeriodRule = "deictic-period"

  /// Whether a date is the week, month or year the article was published in, told as such
  /// ("this year").
  private func isCurrentPeriod(_ time: TimeExpression, rule: String) -> Bool {
    guard rule == Self.deicticPeriodRule, let day = document.published?.calendarDate,
      let start = time.start, let end = time.end
    else { return false }
    return start <= day && day <= end
  }

  /// Dates an undated incident from the last date given earlier in the same paragraph,
  /// else from the day of the news the article leads with, else, when the article states
  /// when it was published, to that month: a report tells of recent incidents, but not
  /// which day.
  private func datedFromContext(_ frame: inout Frame, sentence: Sentence) {
    guard frame.kind == .incident else { return }
    if let last = lastDate, !frame.isSequenced,
      last.block == block(of: sentence.range) || last.sentence == sentencesSeen
    {
      // The paragraph's date, or the sentence just before's across a paragraph break.
      frame.date = last.date
      frame.fill("date", last.date.range, "governing-date-in-paragraph")
    } else if !frame.isSequenced, let lead = leadDay(sentence: sentence) {
      frame.date = lead
      frame.fill("date", lead.range, "day-of-lead-event")
    } else if let published = document.published {
      let days = CalendarMonth(rawValue: published.month)?.days(in: published.year) ?? 31
      frame.date = EventDate(
        time: TimeExpression(
          start: CalendarDate(year: published.year, month: published.month, day: 1),
          end: CalendarDate(year: published.year, month: published.month, day: days),
          precision: .month, yearInferred: false),
        range: nil)
      frame.fill("date", nil, "month-of-publication")
    }
  }

  /// The day of the news the article leads with, for a frame in a later paragraph: the
  /// article's first event, when that is an incident its own words date to a day at most
  /// `leadDays` before publication ("In Kyiv, a missile struck an apartment building",
  /// paragraphs after "Russia launched 38 missiles at Ukraine overnight"). A news day spans
  /// borders: the strikes on Syria the night Israel struck Iran, the shelling across the
  /// Line of Control the night India struck Pakistan.
  private func leadDay(sentence: Sentence) -> EventDate? {
    guard let first = events.first, first.kind == .incident, first.date.range != nil,
      first.date.time.precision == .day, let day = first.date.time.start,
      let published = document.published?.calendarDate,
      (0...Self.leadDays).contains(published.dayNumber - day.dayNumber),
      let told = first.evidence.first, block(of: told) < block(of: sentence.range)
    else { return nil }
    return first.date
  }

  /// How many days before publication the news an article leads with may lie.
  private static let leadDays = 3

  /// Whether the event's attacker was only inferred from the discourse's topic.
  static func attackerFromContext(_ event: Event) -> Bool {
    event.fills.contains { $0.slot == "attacker" && $0.rule == "attacker-from-context" }
  }

  func block(of range: TextRange) -> Int { document.block(of: range) }

  private func event(
    _ frame: Frame, type: (type: String, subType: String?, rule: String), location: EventPlace?,
    view: SentenceView
  ) -> Event {
    // Built to their final size: no array is grown or concatenated.
    var fills: [SlotFill] = []
    fills.reserveCapacity(frame.fills.count + 1)
    for fill in frame.fills where fill.slot != "location" || fill.range == location?.range {
      fills.append(fill)
    }
    fills.append(SlotFill(slot: "type", range: nil, rule: type.rule))
    var actors: [EventActor] = []
    actors.reserveCapacity(
      2 + frame.coAttackers.count + frame.targets.count + frame.sponsors.count)
    if let attacker = frame.attacker {
      actors.append(attacker)
      actors += frame.coAttackers.filter { partner in
        partner.actor.gazetteerID != attacker.actor.gazetteerID
          && !frame.targets.contains { $0.actor.gazetteerID == partner.actor.gazetteerID }
      }
    }
    if let interceptor = frame.interceptor { actors.append(interceptor) }
    actors += frame.targets
    actors += frame.sponsors
    var confidence = 0.4
    if frame.attacker != nil {
      // An attacker inherited from the discourse is a guess.
      let inherited = fills.contains { $0.slot == "attacker" && $0.rule == "attacker-from-context" }
      confidence += inherited ? 0.05 : 0.15
    }
    if location != nil { confidence += 0.15 }
    if !frame.weapons.isEmpty { confidence += 0.1 }
    if frame.date.time.start != nil { confidence += 0.1 }
    if !frame.targets.isEmpty { confidence += 0.05 }
    if frame.modality != .asserted { confidence -= 0.1 }
    return Event(
      kind: frame.kind, eventType: type.type, subEventType: type.subType, date: frame.date,
      location: location, origin: frame.origin, actors: actors,
      weapons: frame.weapons.map(\.weaponClass), count: frame.count, killed: frame.killed,
      injured: frame.injured, modality: frame.modality,
      trigger: view.textRange(frame.head.start..<frame.head.end),
      triggerLemma: frame.head.entry.lemma, evidence: [view.sentence.range], fills: fills,
      confidence: (min(confidence, 0.95) * 100).rounded() / 100)
  }
}
