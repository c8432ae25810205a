import SalvoModel

extension ArticleContext {
  /// How many paragraphs back an incident told again can have been told first.
  private static let retellingReach = 3

  /// The date of an earlier incident that an undated one tells again: a report that a
  /// group "targeted the US base in the Koniko gas field" after one that it "targeted a US
  /// military base in Deir Ezzor on July 26". The earlier incident must be dated to the day,
  /// of the same event type, a few paragraphs back at most, in the same province (or at the
  /// same place), against the same country's targets, by the same party when both name one.
  func retoldIncidentDate(of frame: Frame, type: String, view: SentenceView) -> EventDate? {
    guard frame.kind == .incident, let place = frame.locations.first?.place,
      !frame.targets.isEmpty
    else { return nil }
    let block = block(of: view.sentence.range)
    let targetCountries = Set(frame.targets.compactMap(\.actor.country))
    let earlier = events.reversed().first { event in
      guard event.kind == .incident, event.eventType == type, event.date.range != nil,
        event.date.time.precision == .day, let other = event.location?.place,
        firstTold(event, within: Self.retellingReach, of: block)
      else { return false }
      let samePlace =
        other.gazetteerID == place.gazetteerID
        || (other.admin1 != nil && other.admin1 == place.admin1)
      let sameTargets = event.hasActor(.target) {
        $0.actor.country.map(targetCountries.contains) ?? false
      }
      guard samePlace, sameTargets else { return false }
      if let one = event.firstActor(.attacker)?.actor, let two = frame.attacker?.actor {
        return Self.sameParty(one, two)
      }
      return true
    }
    return earlier?.date
  }

  /// The earlier incident that a definite weapon tells again: "The drone that hit Tel Aviv
  /// early on Friday flew from Yemen" after "a Houthi drone slammed into a building in Tel
  /// Aviv", "One of the rockets landed inside the base" after two rockets fired at it. The
  /// frame names no attacker and its weapon is its verb's definite subject; the incident, a
  /// few paragraphs back at most, fired that class of weapon at the same place (where both
  /// name one), on the same day (where both give one), with no other toll.
  func retoldByWeapon(_ frame: Frame, view: SentenceView) -> Int? {
    // (An undated plural may be a part of the weapons told: "One of the rockets".)
    guard frame.kind == .incident || frame.isUndatedPlural, frame.attacker == nil,
      !frame.head.isNoun, !frame.head.isPassive, let weapon = frame.weapons.first,
      let item = view.items.first(where: { $0.mention.range == weapon.range }),
      item.end <= frame.head.start,
      view.isDefinitePhrase(at: item.first),
      (item.end..<frame.head.start).allSatisfy({
        view.hasCue(.relative, startsAt: $0) || view.hasCue(.comma, startsAt: $0)
      })
    else { return nil }
    let block = block(of: view.sentence.range)
    let place = frame.locations.first?.place
    return events.indices.reversed().first { index in
      let event = events[index]
      guard event.kind == .incident, event.weapons.contains(weapon.weaponClass),
        firstTold(event, within: Self.retellingReach, of: block)
      else { return false }
      if let place, let other = event.location?.place, other.gazetteerID != place.gazetteerID {
        return false
      }
      if frame.date.range != nil, event.date.range != nil,
        frame.date.time.start != event.date.time.start
      {
        return false
      }
      return Self.tollsAgree(frame, event)
    }
  }

  /// The incident a located-nowhere report tells again "in the area": "The Israeli military
  /// said it had struck a Hezbollah command center in the area" after an Israeli strike on a
  /// house in Nabatieh. The incident is in this paragraph or the one before, of the same
  /// type, by the same side where both name one, on the same day where both give one, with
  /// no other toll.
  func retoldInArea(_ frame: Frame, type: String, view: SentenceView) -> Int? {
    guard frame.kind == .incident, frame.locations.isEmpty,
      view.firstCue(.sameArea, in: frame.shared) != nil
    else { return nil }
    guard let index = latestIncident(of: type, paragraphsBack: 1, view: view),
      events[index].location != nil
    else { return nil }
    let event = events[index]
    if let one = event.firstActor(.attacker)?.actor, let two = frame.attacker?.actor,
      !Self.sameSide(one, two)
    {
      return nil
    }
    if frame.date.range != nil, event.date.range != nil,
      frame.date.time.start != event.date.time.start
    {
      return nil
    }
    return Self.tollsAgree(frame, event) ? index : nil
  }

  /// Whether two actors are one side: the same party, or a state and its own forces or
  /// government ("Israel" and "the Israeli military").
  static func sameSide(_ one: ActorReference, _ two: ActorReference) -> Bool {
    sameParty(one, two)
      || (one.country != nil && one.country == two.country && officialTypes.contains(one.type)
        && officialTypes.contains(two.type))
  }

  /// The actor types of a state's own side.
  private static let officialTypes: Set<String> = ["state", "state_military", "government"]

  /// When an undated response happened: on or after the incident it answers, by the time
  /// the article was published ("Hezbollah responded by launching rockets toward Safed"
  /// after an Israeli strike on Nabatieh on Tuesday, in Wednesday's paper: Tuesday or
  /// Wednesday). The incident is the article's latest event, told in this paragraph or the
  /// one before, dated to the day, by another side than the response's.
  func respondedDate(_ frame: Frame, view: SentenceView) -> (EventDate, String)? {
    guard view.firstCue(.response, in: 0..<view.tokens.count) != nil,
      // (The event "in retaliation for" names is the one answered.)
      view.answeredEvent(in: 0..<frame.head.start) == nil,
      let answered = events.last, answered.date.range != nil,
      answered.date.time.precision == .day, let day = answered.date.time.start,
      firstTold(answered, within: 1, of: block(of: view.sentence.range))
    else { return nil }
    if let one = answered.firstActor(.attacker)?.actor, let two = frame.attacker?.actor,
      Self.sameSide(one, two)
    {
      return nil
    }
    let published = document.published.map {
      CalendarDate(year: $0.year, month: $0.month, day: $0.day)
    }
    let end = published.map { max($0, day) } ?? day
    let time = TimeExpression(
      start: day, end: end, precision: end == day ? .day : .range, yearInferred: false)
    return (EventDate(time: time, range: nil), "on-or-after-answered-incident")
  }

  /// The incident an undated report by the same side tells again, in the perfect or as its
  /// own claim: "The Islamic Revolutionary Guard Corps said it had targeted three military
  /// bases around Tel Aviv" after "Iran launched about 180 ballistic missiles at Israel on
  /// Tuesday". The incident is the latest of the same type, in this paragraph or the three
  /// before (two for a plural or a count), dated to the day (or undated, at the place the
  /// report names), by the same side (or by nobody named, when the report claims it as "the
  /// ship" or "the base"), whatever other side's came between; the report names
  /// no place, the same place, the incident's country or a region of it, or a place within
  /// the incident's country where the incident named only the country;
  /// its tolls do not differ.
  func retoldBySameSide(_ frame: Frame, type: String, view: SentenceView) -> Int? {
    // (An undated plural or count is an aggregate only for want of a date: "its missiles had
    // hit their targets", "it had fired 3 artillery barrages" are the barrage again, when
    // the counts agree.)
    guard frame.kind == .incident || frame.isUndatedPlural || frame.isUndatedCount,
      frame.date.range == nil,
      let attacker = frame.attacker?.actor, frame.head.isPerfect || frame.modality == .claimed
    else { return nil }
    let block = block(of: view.sentence.range)
    // (A plural or a count reaches less far back: "claimed to be engaging in joint attacks".)
    let reach = frame.kind == .incident ? Self.retellingReach : 2
    // The latest incident of the type by the same side: another side's strike told in
    // between ("hours after U.S. forces struck radar sites") is passed over.
    guard
      let index = events.indices.reversed().first(where: { index in
        let event = events[index]
        // (Undated too, it is the same one when it hit the same place: "Hezbollah fired
        // rockets toward Haifa", then "Hezbollah said it fired 30 rockets at a base near
        // Haifa".)
        let undatedAlike =
          event.date.range == nil
          && event.location.map { $0.place.gazetteerID == frame.locations.first?.place.gazetteerID }
            == true
        guard event.eventType == type, event.kind == .incident,
          event.date.time.precision == .day || undatedAlike,
          firstTold(event, within: reach, of: block),
          // (The side's harm told elsewhere in between, "A man was killed in Jericho" after
          // the barrage on Israel, is passed over.)
          Self.placeRetold(frame.locations.first?.place, of: event)
        else { return false }
        if let other = event.firstActor(.attacker)?.actor {
          return Self.sameSide(other, attacker)
        }
        // An attack nobody was named for, claimed by a party as "the ship", "the base".
        return frame.modality == .claimed && view.hasCue(.definite, startsAt: frame.head.end)
      })
    else { return nil }
    let event = events[index]
    // ("it had destroyed 25 Ukrainian drones" is no retelling of its shelling.)
    guard Self.weaponsAlike(frame, event), !Self.differ(frame.count, event.count) else {
      return nil
    }
    return Self.tollsAgree(frame, event) ? index : nil
  }

  /// Whether a same-side report naming `place` may retell the event: it names no place, the
  /// same place, a place in the country the event named only, or the event's country or a
  /// region of it ("struck military infrastructure in southern Syria" after strikes near
  /// Damascus).
  private static func placeRetold(_ place: PlaceReference?, of event: Event) -> Bool {
    guard let place, let known = event.location else { return true }
    let sameCountry = place.country != nil && place.country == known.place.country
    let within = known.precision == .country && sameCountry
    let around = ["country", "region"].contains(place.feature) && sameCountry
    return within || around || place.gazetteerID == known.place.gazetteerID
  }

  /// The incident an earlier sentence only alluded to that a full telling dates to the day:
  /// "in retaliation for Iran's ballistic missile attack on Israel earlier this month", then
  /// "On October 1, Iran fired around 180 ballistic missiles at Israel". The earlier
  /// incident has the same type and attacker (or none), a coarser date whose span holds the
  /// day (or that day, told only relative to another event: "two days after Tehran said it
  /// had attacked bases … inside Pakistan"), and the same place or none (or, when it named
  /// no attacker, one the full telling's place lies in); its weapons are of the same kind
  /// where both name some, and its tolls do not differ.
  func retoldInFull(_ frame: Frame, type: String) -> Int? {
    guard frame.kind == .incident, frame.date.range != nil, frame.date.time.precision == .day,
      let day = frame.date.time.start, let attacker = frame.attacker?.actor
    else { return nil }
    return events.indices.first { index in
      let event = events[index]
      let alluded =
        event.date.time.precision != .day
        || event.fills.contains { $0.slot == "date" && Self.relativeDayRules.contains($0.rule) }
      guard event.kind == .incident, event.eventType == type, alluded,
        let start = event.date.time.start, start <= day, day <= (event.date.time.end ?? start)
      else { return false }
      // (An allusion that named nobody is told in full by whoever the full telling names:
      // "a drone attack that killed three U.S. troops in Jordan last weekend", then "the
      // Pentagon has blamed the Islamic Resistance in Iraq for the Jan. 28 attack on Tower
      // 22".)
      if let other = event.firstActor(.attacker)?.actor, !Self.sameParty(attacker, other) {
        return false
      }
      if let place = frame.locations.first?.place, let known = event.location,
        place.gazetteerID != known.place.gazetteerID,
        event.firstActor(.attacker) != nil || !Self.lies(place, within: known)
      {
        return false
      }
      return Self.weaponsAlike(frame, event) && Self.tollsAgree(frame, event)
    }
  }

  /// The incident an unattributed report right after it elaborates: "Razi Mousavi … was
  /// killed when three missiles hit his home" after "An Israeli air strike on Damascus
  /// killed a senior adviser on Monday". The incident is the article's latest incident of
  /// the same type, in this paragraph or the one before, dated to the day, with weapons of
  /// the same kind where both name some and no other toll. A report dated to that same day,
  /// naming weapons of the kind the incident's did, may come two paragraphs later and name a
  /// place within the incident's country or
  /// region ("a single one-way attack drone struck the living quarters at the base, known
  /// as Tower 22, early on Sunday" after a drone attack on an outpost in northeastern
  /// Jordan on Sunday); an undated one names no place or the incident's ("a drone launched
  /// from the east fell in an open area in the Golan Heights" after a drone claimed on the
  /// Golan). A sentence that sets its report at
  /// another time ("hours later", "a day after") or picks out another occurrence
  /// ("another strike") tells a new one.
  func retoldUnattributed(_ frame: Frame, type: String, view: SentenceView) -> Int? {
    let dated = frame.date.range != nil
    guard frame.kind == .incident, frame.attacker == nil,
      !dated || frame.date.time.precision == .day,
      !Self.otherOccurrence.contains(where: { view.firstCue($0, in: 0..<view.tokens.count) != nil }
      ),
      let index = latestIncident(
        of: type, paragraphsBack: dated ? 2 : 1, view: view,
        passedOver: { dated && $0.kind == .aggregate }),
      events[index].date.time.precision == .day,
      !dated || events[index].date.time.start == frame.date.time.start,
      // (Two frames of one sentence that its assembler kept apart are two occurrences.)
      events[index].evidence.first != view.sentence.range
    else { return nil }
    let event = events[index]
    if dated, frame.weapons.isEmpty || event.weapons.isEmpty { return nil }
    if let place = frame.locations.first?.place,
      event.location?.place.gazetteerID != place.gazetteerID
    {
      // (Dated, within the incident's country or the region of it the incident named.)
      guard dated, let known = event.location, Self.lies(place, within: known) else { return nil }
    }
    return Self.weaponsAlike(frame, event) && Self.tollsAgree(frame, event) ? index : nil
  }

  /// The incident an undated report by the same side tells again in other words: "Israeli
  /// warplanes fired several missiles from the direction of the occupied Golan Heights, SANA
  /// said" after "An Israeli air strike on a building in Damascus killed an adviser on
  /// Friday". The incident is the article's latest of the type (an interception of it told
  /// between is passed over), in this paragraph or the two before,
  /// dated to the day, of the same type, by the same side, with weapons of the same kind
  /// where both name some and no other toll; the report names no place, the incident's, or
  /// one in the incident's country when the incident named only the country or a region of
  /// it; nothing in its sentence sets it at another time or picks out another occurrence.
  func retoldUndated(_ frame: Frame, type: String, view: SentenceView) -> Int? {
    guard frame.kind == .incident, frame.date.range == nil, let attacker = frame.attacker?.actor,
      !Self.otherOccurrence.contains(where: { view.firstCue($0, in: 0..<view.tokens.count) != nil }
      ),
      let index = latestIncident(
        of: type, paragraphsBack: 2, view: view, passedOver: { $0.eventType != type }),
      events[index].date.time.precision == .day,
      events[index].evidence.first != view.sentence.range,
      let other = events[index].firstActor(.attacker)?.actor, Self.sameSide(other, attacker)
    else { return nil }
    let event = events[index]
    if let place = frame.locations.first?.place, let known = event.location,
      place.gazetteerID != known.place.gazetteerID, !Self.lies(place, within: known)
    {
      return nil
    }
    return Self.weaponsAlike(frame, event) && Self.tollsAgree(frame, event) ? index : nil
  }

  /// Whether a place lies in the country an incident was placed in, or in the region of it
  /// the incident named ("the living quarters at Tower 22" in "northeastern Jordan").
  static func lies(_ place: PlaceReference, within known: EventPlace) -> Bool {
    place.country != nil && place.country == known.place.country
      && (known.precision == .country || known.precision == .region)
  }

  /// Whether a retelling's weapons can be the incident's: of the same kind, where both name
  /// some.
  static func weaponsAlike(_ frame: Frame, _ event: Event) -> Bool {
    let fired = frame.weapons.map(\.weaponClass)
    return fired.isEmpty || event.weapons.isEmpty
      || fired.contains { one in event.weapons.contains { sameKind(one, $0) } }
  }

  /// The day of the attack an undated interception at its place stopped: the article's
  /// latest incident, in this paragraph or the one before, by the interception's attacker
  /// (or anyone, when it has none), dated to the day, at the same place.
  func attackStopped(at frame: Frame, view: SentenceView) -> EventDate? {
    guard frame.triggers.contains(where: { $0.entry.family == .interception }),
      let place = frame.locations.first?.place.gazetteerID
    else { return nil }
    let block = block(of: view.sentence.range)
    let attack = events.last { event in
      guard event.kind == .incident, event.eventType != SentenceAssembler.interceptionType,
        event.date.time.precision == .day, event.location?.place.gazetteerID == place,
        firstTold(event, within: 1, of: block)
      else { return false }
      guard let attacker = frame.attacker?.actor, let other = event.firstActor(.attacker)?.actor
      else { return true }
      return Self.sameSide(attacker, other)
    }
    return attack?.date
  }

  /// Whether an event was first told in paragraph `block` or up to `paragraphs` before it.
  func firstTold(_ event: Event, within paragraphs: Int, of block: Int) -> Bool {
    guard let sentence = event.evidence.first else { return false }
    return (0...paragraphs).contains(block - self.block(of: sentence))
  }

  /// The rules that date an event only relative to another ("a day after", "Two days later").
  static let relativeDayRules: Set<String> = [
    SentenceAssembler.dayRelativeToClauseBefore, dayRelativeToEventToldBefore,
    daysFromLastDatedEvent, dayAfterLastDatedEvent,
  ]

  /// Cues that set a report at another time or pick out another occurrence.
  private static let otherOccurrence: [Cue] = [
    .sequence, .ordinal, .sameDay, .nextDay, .laterSameDay, .spanEarlier, .period,
    .separate,
  ]

  /// Whether an event was last told in paragraph `block` or up to `paragraphs` before it.
  func toldLast(_ event: Event, within paragraphs: Int, of block: Int) -> Bool {
    guard let sentence = event.evidence.max(by: { $0.utf8Start < $1.utf8Start }) else {
      return false
    }
    return (0...paragraphs).contains(block - self.block(of: sentence))
  }

  /// The incident told last, when it was told in this paragraph or the one before.
  func lastToldIncident(in view: SentenceView) -> Int? {
    guard
      let index = events.indices.max(by: { events[$0].lastTold < events[$1].lastTold }),
      events[index].kind == .incident,
      toldLast(events[index], within: 1, of: block(of: view.sentence.range))
    else { return nil }
    return index
  }

  /// The article's latest event (the one told last, counting retellings: "Iran launched
  /// more than 300 drones … on April 13" retells an attack named earlier, and comes after an
  /// interception told in between), when it is an incident of `type` told in this paragraph
  /// or up to `paragraphsBack` before; events told after it that `passedOver` accepts do
  /// not count (aggregates, or the interception of the incident).
  private func latestIncident(
    of type: String, paragraphsBack: Int, view: SentenceView,
    passedOver: (Event) -> Bool = { _ in false }
  ) -> Int? {
    var latest: (index: Int, told: Int)?
    for index in events.indices where !passedOver(events[index]) {
      let told = events[index].lastTold
      if told >= latest?.told ?? 0 { latest = (index, told) }
    }
    guard let index = latest?.index,
      events[index].kind == .incident,
      events[index].eventType == type,
      firstTold(events[index], within: paragraphsBack, of: block(of: view.sentence.range))
    else { return nil }
    return index
  }
}
