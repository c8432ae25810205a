import SalvoModel

extension SentenceAssembler {
  /// Fills weapons, the count, casualties and the date from the frame's scope.
  func readFigures(_ frame: inout Frame, soleFrame: Bool) {
    // Where the killed and injured figures read so far end: a figure of the same role
    // coordinated with one adds to it ("killed 36 soldiers and six members of Hezbollah").
    var killedEnd: Int?
    var injuredEnd: Int?
    let intercepts = frame.triggers.contains { $0.entry.family == .interception }
    // "The Houthis said on Thursday they had fired missiles … on Wednesday": the date of the
    // saying stands in for the event's only when the clause gives no other.
    var dateOfSaying: (time: TimeExpression, range: TextRange)?
    // (An appositive that ranks the event in its series dates and counts the series.)
    let end =
      rankingAppositive(after: frame.triggers.minEnd ?? frame.shared.lowerBound, in: frame)
      ?? frame.shared.upperBound
    for item in view.items(in: frame.shared.lowerBound..<end) {
      // Only weapons, counts and dates are read here: no other value is copied out.
      switch item.mention.kind {
      case .weapon, .quantity, .date: break
      case .place, .actor, .demonym: continue
      }
      let owned = frame.own.contains(item.first) && !isDescribed(item.first)
      switch view.value(of: item) {
      case .weapon(let weapon):
        // "struck rocket launchers", "bombed a drone factory", "strikes against two unmanned
        // surface vessels": what was hit.
        // (Air defences are no attack's weapon: "carried out an aerial aggression …, adding
        // that air defences had shot down some of the missiles".)
        guard owned, !view.hasCue(.materiel, startsAt: item.end),
          intercepts
            ? isIntercepted(item, weapon, frame)
            : !isTargeted(item) && !Self.defenceClasses.contains(weapon.weaponClass),
          !frame.weapons.contains(where: { $0.weaponClass == weapon.weaponClass }),
          // ("A bomber blew himself up": a person, no aircraft.)
          weapon.family != "air" || suicideTrigger(of: frame) == nil
        else { continue }
        frame.weapons.append((weapon.weaponClass, weapon.acledSubEventType, item.mention.range))
        frame.fill("weapon", item.mention.range, "weapon-in-clause")
      case .quantity(let quantity) where owned:
        let figure = EventFigure(quantity: quantity, range: item.mention.range)
        switch quantity.role {
        case .count where frame.count == nil && countsThisEvent(item, frame):
          frame.count = figure
          frame.fill("count", item.mention.range, "count-of-event-or-weapon")
        case .killed:
          addToll(figure, of: item, to: \.killed, slot: "killed", &frame, after: &killedEnd)
        case .injured:
          addToll(figure, of: item, to: \.injured, slot: "injured", &frame, after: &injuredEnd)
        default:
          break
        }
      case .date(let time) where frame.date.range == nil && !isDateline(item) && !isDeadline(item):
        // (Before the event or after it: "…, the Indian navy said on Saturday".)
        if dateOfSaying == nil, datesSaying(item) {
          dateOfSaying = (time, item.mention.range)
          continue
        }
        // ("said on Sunday they had shot down a drone, their 15th since October 2023": a
        // period's start does not date the event the saying dates.)
        if dateOfSaying != nil, view.hasCue(.period, startsAt: item.first) { continue }
        // ("The death toll from the bombing rose to 31 on Friday": the day of the count.)
        if followsRevision(item.first) { continue }
        frame.date = EventDate(time: time, range: item.mention.range)
        frame.fill("date", item.mention.range, "date-in-clause")
      default:
        break
      }
    }
    if let (time, range) = dayOfEventNoun(frame), frame.date.range != range {
      // "took responsibility on Tuesday for Saturday's drone attack": the noun's own day.
      frame.date = EventDate(time: time, range: range)
      frame.fills.removeAll { $0.slot == "date" }
      frame.fill("date", range, "day-of-event-noun")
    }
    if frame.date.range == nil, let (time, range) = dateOfSaying {
      frame.date = EventDate(time: time, range: range)
      frame.fill("date", range, Self.dateOfSaying)
    }
    // A killing verb whose object (or a passive's subject) is one person gives one dead
    // ("killed a commander", "a Palestinian man was shot dead").
    if let killing = frame.triggers.first(where: {
      !$0.isNoun && view.hasCue(.fatal, startsAt: $0.start)
    }),
      frame.killed == nil,
      let victim = killing.isPassive
        ? singlePersonSubject(before: killing) : singlePersonObject(after: killing)
    {
      frame.killed = EventFigure(
        quantity: Quantity(value: 1, qualifier: .exact, unit: "person", role: .killed),
        range: victim)
      frame.fill("killed", victim, "one-person-object-of-kill")
    }
    countSubjectAmongOthers(&frame, \.killed)
    countSubjectAmongOthers(&frame, \.injured)
    markTollsOfOthers(&frame)
    markRevisedTolls(&frame)
    frame.hasPeriod = periodCue(frame) != nil
  }

  /// The trigger that tells a suicide bombing by itself ("blew himself up"), if any: the
  /// bomber beside it is a person, no aircraft.
  private func suicideTrigger(of frame: Frame) -> TriggerReading? {
    frame.triggers.first { !$0.isNoun && $0.entry.subEventType == Self.suicideBomb }
  }

  /// A possessive date right before the frame's event noun, over the weapon that names its
  /// means ("Saturday's drone attack", "Tuesday's strike").
  private func dayOfEventNoun(_ frame: Frame) -> (TimeExpression, TextRange)? {
    for noun in frame.triggers where noun.isNoun {
      var at = noun.start
      while at > 0, let item = view.item(at: at - 1), item.mention.kind == .weapon {
        at = item.first
      }
      guard at > 0, let item = view.item(at: at - 1), item.mention.kind == .date,
        view.isPossessor(item), case .date(let time) = view.value(of: item), time.start != nil
      else { continue }
      return (time, item.mention.range)
    }
    return nil
  }

  /// "Abdallah was killed along with three other fighters": the toll counts the others, and
  /// the passive verb's subject is one more.
  private func countSubjectAmongOthers(
    _ frame: inout Frame, _ slot: WritableKeyPath<Frame, EventFigure?>
  ) {
    guard let toll = frame[keyPath: slot], toll.quantity.qualifier == .exact,
      let value = toll.quantity.value,
      frame.triggers.contains(where: {
        $0.isPassive && toll.range.utf8Start >= view.textRange($0.start..<$0.end).utf8End
      }),
      countsOthers(toll), let first = view.tokenIndex(startingAt: toll.range),
      view.hasCue(.coordination, endsAt: first),
      // ("… were killed and 62 others injured": the others are the subject of their own verb.)
      !readings.contains(where: { trigger in
        trigger.isPassive && trigger.start > first
          && trigger.start <= (view.item(at: first)?.end ?? first)
      })
    else { return }
    var quantity = toll.quantity
    quantity.value = value + 1
    frame[keyPath: slot] = EventFigure(quantity: quantity, range: toll.range)
    frame.fill(slot == \Frame.killed ? "killed" : "injured", toll.range, "subject-and-others")
  }

  /// Notes the tolls that count others than victims told before: "Six other people …
  /// were also killed", "two others were wounded" (not "along with three other fighters",
  /// which counts its subject too).
  private func markTollsOfOthers(_ frame: inout Frame) {
    guard view.hasAny(.others) else { return }
    for (slot, toll) in [("killed", frame.killed), ("injured", frame.injured)] {
      guard let toll, countsOthers(toll),
        !frame.fills.contains(where: { $0.slot == slot && $0.rule == "subject-and-others" })
      else { continue }
      frame.tollsOfOthers.insert(slot)
    }
  }

  /// Notes the tolls told as revised: a revision word ("rose to", "raised the toll to")
  /// before the figure in its clause, or a deadline in the sentence ("By Wednesday
  /// morning, officials said at least 100 people had been killed", "100 people had been
  /// killed by Wednesday").
  private func markRevisedTolls(_ frame: inout Frame) {
    let deadline =
      view.hasAny(.agent) && view.items.contains { $0.mention.kind == .date && isDeadline($0) }
    guard view.hasAny(.revision) || deadline else { return }
    for (slot, toll) in [("killed", frame.killed), ("injured", frame.injured)] {
      guard let toll, let first = view.tokenIndex(startingAt: toll.range),
        deadline || followsRevision(first)
      else { continue }
      frame.revisedTolls.insert(slot)
    }
  }

  /// Whether a revision word stands before local token `index` in its clause ("rose to 31",
  /// "rose to 31 on Friday").
  private func followsRevision(_ index: Int) -> Bool {
    guard view.hasAny(.revision), let revision = view.lastCue(.revision, in: 0..<index) else {
      return false
    }
    return !boundaryBetween(revision.end, index)
  }

  /// Whether a toll's own words count others ("three other fighters", "two others").
  private func countsOthers(_ toll: EventFigure) -> Bool {
    guard view.hasAny(.others), let first = view.tokenIndex(startingAt: toll.range),
      let other = view.firstCue(.others, in: first..<view.tokens.count)
    else { return false }
    return view.textRange(other.start..<other.end).utf8End <= toll.range.utf8End
  }

  /// The rule of a date that is the day of the saying, standing in for the event's.
  static let dateOfSaying = "date-of-saying"

  /// Whether a date item dates a verb of saying right before it ("said on Thursday", "told
  /// reporters late on Monday") or right after it ("The military on Tuesday said").
  private func datesSaying(_ item: Item) -> Bool {
    if view.hasCue(.report, startsAt: item.end) { return true }
    // (Not a word of a name: "United States Navy since October".)
    guard let report = view.lastCue(.report, in: max(0, item.first - 3)..<item.first),
      view.item(at: report.start) == nil
    else { return false }
    return !boundaryBetween(report.end, item.first)
  }

  /// Fills a toll slot with its first figure, or adds a figure coordinated with the one
  /// there (see `sum`); `end` is where that figure ends, nil once nothing may join it.
  private func addToll(
    _ figure: EventFigure, of item: Item, to slot: WritableKeyPath<Frame, EventFigure?>,
    slot name: String, _ frame: inout Frame, after end: inout Int?
  ) {
    guard let toll = frame[keyPath: slot] else {
      frame[keyPath: slot] = figure
      frame.fill(name, item.mention.range, "casualty-figure-in-clause")
      end = item.end
      return
    }
    guard coordinated(item, after: end) else { return }
    if let total = Self.sum(toll, figure) {
      frame[keyPath: slot] = total
      frame.fill(name, item.mention.range, "coordinated-casualty-figure")
    }
    end = nil
  }

  /// Two exact tolls of one role told side by side, as one ("36 soldiers and six members":
  /// 42, spanning both); nil when either is hedged.
  static func sum(_ first: EventFigure, _ second: EventFigure) -> EventFigure? {
    guard first.quantity.qualifier == .exact, second.quantity.qualifier == .exact,
      let a = first.quantity.value, let b = second.quantity.value
    else { return nil }
    var quantity = first.quantity
    quantity.value = a + b
    if first.quantity.unit != second.quantity.unit { quantity.unit = "person" }
    return EventFigure(
      quantity: quantity,
      range: TextRange(utf8Start: first.range.utf8Start, utf8End: second.range.utf8End))
  }

  /// Whether a weapon's phrase, with its count and the party or country it belongs to,
  /// follows a target preposition ("strikes against two unmanned surface vessels", "fired
  /// at a US destroyer"), or is coordinated with a phrase that does ("… vessels and seven
  /// anti-ship missiles"): the weapon is what was hit.
  /// Whether a weapon in an interception's clause is what was intercepted, not the
  /// interceptor's: no air defence, and not in the subject of an active verb ("U.S. Navy
  /// destroyers fired interceptors at the incoming missiles": the missiles; but "Houthi
  /// drones were shot down": the drones).
  private func isIntercepted(_ item: Item, _ weapon: WeaponReference, _ frame: Frame) -> Bool {
    guard !Self.defenceClasses.contains(weapon.weaponClass) else { return false }
    let head = frame.head
    return head.isNoun || head.isPassive || item.first >= head.end
  }

  private func isTargeted(_ item: Item, depth: Int = 0) -> Bool {
    var start = item.first
    if let owner = view.item(at: start - 1),
      [.place, .actor, .demonym].contains(owner.mention.kind)
    {
      start = owner.first
    }
    start = view.phraseStart(start)
    if let count = view.item(at: start - 1), count.mention.kind == .quantity {
      start = view.phraseStart(count.first)
    }
    if view.governor(of: start) == .target { return true }
    // "U.S. forces struck four anti-ship cruise missiles": the direct object of a verb of
    // striking is hit; a verb of firing ("fired four missiles") uses it, and a light verb's
    // object is its event ("mounted a raid").
    if !view.isTrigger(item.first),
      readings.contains(where: {
        !$0.isNoun && !$0.isPassive && $0.end == start && $0.entry.family == .attack
          && $0.entry.anchor != .light && !view.hasCue(.discharge, startsAt: $0.start)
      })
    {
      return true
    }
    guard depth < 2, let coordination = view.cue(.coordination, endsAt: start),
      let before = view.item(at: coordination.start - 1),
      before.mention.kind == .weapon || before.mention.kind == .quantity
    else { return false }
    return isTargeted(before, depth: depth + 1)
  }

  /// The first period or repetition cue of the frame's clause that does not modify a
  /// threat or claim verb ("have repeatedly threatened retaliation for airstrikes"), or one
  /// that quantifies its event noun right before it ("a series of attacks").
  func periodCue(_ frame: Frame) -> CueMatch? {
    if frame.head.isNoun, let series = view.cue(.period, endsAt: frame.head.start) {
      return series
    }
    var index = frame.shared.lowerBound
    let end =
      rankingAppositive(after: frame.triggers.minEnd ?? index, in: frame)
      ?? frame.shared.upperBound
    while index < end {
      guard let cue = view.cue(.period, startsAt: index) else {
        index += 1
        continue
      }
      let modifiesOther = readings.contains { reading in
        (reading.entry.family == .threat || reading.entry.family == .claim)
          && reading.start >= cue.end && reading.start - cue.end <= 1
      }
      if !modifiesOther { return cue }
      index = cue.end
    }
    return nil
  }

  /// Whether a count counts this event's occurrences, weapons or targets: it contains or
  /// directly precedes one of its triggers, counts a weapon, counts the occurrences of its
  /// verb ("fired rockets at the base twice") or the targets a target preposition governs.
  private func countsThisEvent(_ item: Item, _ frame: Frame) -> Bool {
    if frame.triggers.contains(where: { item.first <= $0.start && $0.start <= item.end }) {
      return true
    }
    if view.rule(of: item) == Self.occurrenceRule,
      frame.triggers.contains(where: { !$0.isNoun && $0.end <= item.first })
    {
      return true
    }
    if let verb = frame.triggers.first(where: { !$0.isNoun }), item.first >= verb.end,
      item.first - verb.end <= 1
    {
      return true  // the direct object: "attacked more than 85 targets"
    }
    guard case .quantity(let quantity) = view.value(of: item), let unit = quantity.unit else {
      return false
    }
    // "strikes against more than 85 targets": the targets hit, as "attacked 85 targets".
    if unit == "target", view.governor(of: item.first) == .target { return true }
    return view.items(in: item.first..<item.end).contains { $0.mention.kind == .weapon }
      || frame.triggers.contains { $0.entry.lemma == unit }
  }

  /// The figures stage's rule for "twice" or "N times" after the verb whose occurrences they
  /// count.
  private static let occurrenceRule = "occurrence"

  /// A singular person the kill verb takes as object ("killed a senior commander",
  /// "killed the group's leader", "killed a 64-year-old man": up to eight tokens on), as the
  /// range of the person noun.
  private func singlePersonObject(after verb: TriggerReading) -> TextRange? {
    guard !verb.isPassive else { return nil }
    return singlePerson(in: verb.end..<min(verb.end + 8, verb.clause.upperBound), backwards: false)
  }

  /// The one person a passive killing verb's subject names: "a Palestinian man was shot
  /// dead", "the commander was killed", "Hamas deputy leader Saleh al-Arouri was killed".
  private func singlePersonSubject(before verb: TriggerReading) -> TextRange? {
    singlePerson(in: max(verb.clause.lowerBound, verb.start - 5)..<verb.start, backwards: true)
      ?? titledName(before: verb)
  }

  /// A person's title and name right before a passive verb and its auxiliaries ("deputy
  /// leader Saleh al-Arouri was killed"), as the range of the name: capitalized words (and
  /// the particles hyphens join to them) that no mention covers, after a person noun.
  private func titledName(before verb: TriggerReading) -> TextRange? {
    let floor = verb.clause.lowerBound
    var index = verb.start - 1
    while index >= floor,
      view.hasCue(.passive, startsAt: index) || view.hasCue(.perfect, startsAt: index)
    {
      index -= 1
    }
    let nameEnd = index + 1
    while index >= floor, view.item(at: index) == nil, isNameToken(index) { index -= 1 }
    let nameStart = index + 1
    guard nameStart < nameEnd, view.tokens[nameStart].shape.contains(.capitalized),
      view.hasCue(.person, endsAt: nameStart)
    else { return nil }
    return view.textRange(nameStart..<nameEnd)
  }

  /// Whether a token can be part of a name: a capitalized word, a hyphen, or a lowercase
  /// particle a hyphen follows ("al-", "bin-").
  private func isNameToken(_ index: Int) -> Bool {
    let token = view.tokens[index]
    if token.kind == .word, token.shape.contains(.capitalized) { return true }
    return view.isHyphen(index) || (token.kind == .word && view.isHyphen(index + 1))
  }

  /// The one-word person noun of a determined phrase in `window`, read from the verb's side
  /// and not past a count or a comma: none when a count names the victims.
  private func singlePerson(in window: Range<Int>, backwards: Bool) -> TextRange? {
    guard
      view.firstCue(.definite, in: window) != nil || view.firstCue(.indefinite, in: window) != nil
    else { return nil }
    for index in backwards ? Array(window.reversed()) : Array(window) {
      if view.item(at: index)?.mention.kind == .quantity || view.hasCue(.comma, startsAt: index) {
        return nil
      }
      if let person = view.cue(.person, startsAt: index), person.end == person.start + 1 {
        return view.textRange(person.start..<person.end)
      }
    }
    return nil
  }

  /// Whether a date is a deadline ("By Wednesday morning, an official said 100 people had
  /// been killed"): when a count stood, not when anything happened (but "killed by
  /// Monday's strike" names the strike).
  private func isDeadline(_ item: Item) -> Bool {
    item.first > 0 && view.hasCue(.agent, startsAt: item.first - 1) && !view.isPossessor(item)
  }

  /// Whether a date lies in a clause that "since" opens ("the worst since Assad was
  /// overthrown in December"): the point a period starts from, not when anything told here
  /// happened.
  private func isInSinceClause(_ item: Item) -> Bool {
    var at = item.first - 1
    while at >= 0, item.first - at <= Self.sinceClauseReach {
      if view.hasCue(.since, startsAt: at) { return true }
      if view.isBoundary(at) || view.hasCue(.comma, startsAt: at) { return false }
      at -= 1
    }
    return false
  }

  /// How many tokens back from a date a "since" that opens its clause may lie.
  private static let sinceClauseReach = 8

  /// Gives casualty figures and dates outside every frame's clause to the nearest frame
  /// before them in the sentence (or after, when none precedes).
  func assignSentenceFigures(_ frames: inout [Frame]) {
    guard !frames.isEmpty else { return }
    for (position, item) in view.items.enumerated()
    where !frames.contains(where: { $0.own.contains(item.first) }) {
      // Only counts, dates and places are given out: no other value is copied out.
      switch item.mention.kind {
      case .quantity, .date, .place: break
      case .weapon, .actor, .demonym: continue
      }
      let owner =
        frames.lastIndex { ($0.triggers.minStart ?? 0) < item.first } ?? 0
      switch view.value(of: item) {
      case .quantity(let quantity):
        let figure = EventFigure(quantity: quantity, range: item.mention.range)
        if quantity.role == .killed, frames[owner].killed == nil {
          frames[owner].killed = figure
          frames[owner].fill("killed", item.mention.range, "casualty-figure-in-sentence")
        } else if quantity.role == .injured, frames[owner].injured == nil {
          frames[owner].injured = figure
          frames[owner].fill("injured", item.mention.range, "casualty-figure-in-sentence")
        }
      case .date where isDeadline(item) || isInSinceClause(item):
        continue
      case .date(let time):
        // (Attacks told before and blamed here take no date of the sentence: "blamed the
        // RSF for the attacks, which began on Sunday".)
        for index in frames.indices
        where frames[index].date.range == nil && !frames[index].blamesToldAttack {
          frames[index].date = EventDate(time: time, range: item.mention.range)
          frames[index].fill("date", item.mention.range, "date-in-sentence")
        }
      case .place(let place) where governors[position] == .location:
        // A place in a later clause with no trigger ("…, injuries were reported across
        // Syria"), unless a party of its own acts there ("and that IDF helicopters flew the
        // wounded to a hospital in Haifa").
        for index in frames.indices
        where frames[index].own.upperBound <= item.first
          && !view.items(in: frames[index].own.upperBound..<item.first).contains(where: {
            $0.mention.kind == .actor
          })
          && (frames[index].locations.isEmpty
            || frames[index].fills.contains(where: { $0.rule == "place-in-sentence" }))
        {
          frames[index].locations.append(
            Self.eventPlace(place, at: item.mention.range))
          frames[index].fill("location", item.mention.range, "place-in-sentence")
        }
      default:
        break
      }
    }
  }
}
