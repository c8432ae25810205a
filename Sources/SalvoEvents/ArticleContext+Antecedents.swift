import SalvoModel

/// Which earlier event a restatement names: definite event nouns and subjects, the
/// candidates a restatement may name, and the one it prefers.
extension ArticleContext {
  /// "It was the fourth Israeli strike on Damascus this month", "This was the latest attack
  /// on the base": an ordinal noun after "it" or "this" and a copula ranks the occurrence
  /// just told in its series; it tells no new one.
  func isCopularOrdinal(_ noun: TriggerReading, view: SentenceView) -> Bool {
    guard noun.isNoun else { return false }
    var at = noun.start
    for _ in 0..<3 {
      if let ordinal = view.cue(.ordinal, endsAt: at) {
        guard let determiner = view.cue(.definite, endsAt: ordinal.start),
          determiner.start >= 2, view.hasCue(.passive, startsAt: determiner.start - 1)
        else { return false }
        let subject = determiner.start - 2
        return view.hasCue(.anaphor, startsAt: subject) || view.hasCue(.definite, startsAt: subject)
      }
      guard at > 0 else { return false }
      if let item = view.item(at: at - 1) {
        at = item.first
      } else if view.tokens[at - 1].kind == .word {
        at -= 1
      } else {
        return false
      }
    }
    return false
  }

  /// Whether a restatement tells an occurrence before the event it would restate: an event
  /// noun ranked as prior ("the previous attack", "the last major attack") in a sentence
  /// whose own date ends before the event starts ("The last major attack in the capital was
  /// the 2015 siege of the Radisson Blu hotel, in which 22 people were killed").
  func isPriorOccurrence(_ frame: Frame, than event: Event, view: SentenceView) -> Bool {
    guard view.hasAny(.prior), frame.date.range != nil, !frame.fills.dateIsSaying,
      let start = frame.date.time.start, let eventStart = event.date.time.start,
      let prior = view.firstCue(.prior, in: 0..<frame.head.end),
      (prior.end..<min(prior.end + 3, view.tokens.count)).contains(where: view.isTrigger)
    else { return false }
    return (frame.date.time.end ?? start) < eventStart
  }

  /// The last token of a passive trigger's definite subject: the phrase right before its
  /// auxiliary ("before the tanker was hit", "The rocket was launched"), else the sentence's
  /// opening phrase ("The tanker, carrying naphtha, was struck"); nil when it is not definite.
  func definiteSubject(of head: TriggerReading, view: SentenceView) -> Int? {
    let auxiliary = stride(from: head.start - 1, through: max(1, head.start - 3), by: -1)
      .first { view.hasCue(.passive, startsAt: $0) }
    if let auxiliary, view.isDefinitePhrase(at: auxiliary - 1) { return auxiliary - 1 }
    return view.hasCue(.definite, startsAt: 0) ? 0 : nil
  }

  /// The latest event the restatement can refer to: same event type, compatible attacker
  /// and country.
  func antecedent(of frame: Frame, type: String, view: SentenceView) -> Int? {
    // A weapon the restating noun names itself ("the raid", "the drone strike") is no news.
    let newWeapons = frame.weapons.filter { weapon in
      !frame.triggers.contains { trigger in
        let span = view.textRange(trigger.start..<trigger.end)
        return span.utf8Start <= weapon.range.utf8Start && weapon.range.utf8End <= span.utf8End
      }
    }
    // The most recently told first: an event told again in the sentence before is nearer
    // than one added after it.
    let recency = events.map(\.lastTold)
    let candidates = events.indices.sorted {
      (recency[$0], $0) > (recency[$1], $1)
    }.filter { index in
      let event = events[index]
      // ("Magen David Adom said dozens of people were hurt" after "… since the October 7
      // Hamas onslaught": the onslaught is only a point in time.)
      if allusions.contains(index),
        !(frame.date.range.map { view.sentence.range.contains($0) } ?? false)
      {
        return false
      }
      if event.eventType != type && !newWeapons.isEmpty { return false }
      // "the attack" is not the interception of it, nor is "were shot down" the barrage.
      if event.eventType != type,
        [event.eventType, type].contains(SentenceAssembler.interceptionType)
      {
        return false
      }
      // ("the U.S. strikes" restate what U.S. aircraft struck: one side.)
      // (A party blamed for attacks told before may be who the telling left unnamed: "New
      // Delhi blamed Pakistan-based groups for the massacre" by gunmen.)
      if let attacker = frame.attacker?.actor, let other = event.firstActor(.attacker)?.actor,
        !Self.sameSide(attacker, other), !Self.attackerFromContext(event),
        !(frame.blamesToldAttack && other.gazetteerID.hasPrefix("generic:"))
      {
        return false
      }
      if let country = frame.locations.first?.place.country,
        let other = event.location?.place.country, country != other
      {
        return false
      }
      // "the rocket attack on the base on Monday" does not restate Tuesday's drone attack.
      if Self.daysApart(frame, event, view: view) { return false }
      // "the strikes killed 16 people" does not restate an attack that killed three.
      return Self.tollsAgree(frame, event)
    }
    return preferred(among: candidates, recency: recency, for: frame, view: view)
  }

  /// Whether the frame dates an attack, in its own sentence, apart from an incident:
  /// - to a day the incident's date does not reach;
  /// - to a week, month or year that ends before it ("the twin car bombings in October
  ///   2022" retell no attack of this week; "the third strike this week" may).
  ///
  /// A count's period is only where it starts ("since November"), and a toll's date is when
  /// it was counted ("the toll rose to 6 on Thursday; 6 people were killed in the attack"),
  /// unless the date names the attack ("five people were killed in the Jan. 12 strikes").
  private static func daysApart(_ frame: Frame, _ event: Event, view: SentenceView) -> Bool {
    let precision = frame.date.time.precision
    let coarse = precision == .week || precision == .month || precision == .year
    guard event.kind == .incident,
      precision == .day || coarse,
      let range = frame.date.range, view.sentence.range.contains(range),
      frame.head.entry.anchor != .casualty
        || frame.triggers.contains(where: {
          $0.isNoun && $0.start > 0 && view.item(at: $0.start - 1)?.mention.range == range
        }),
      let start = frame.date.time.start,
      let otherStart = event.date.time.start
    else { return false }
    let end = frame.date.time.end ?? start
    let otherEnd = event.date.time.end ?? otherStart
    if coarse {
      // A ranking's or a period's span dates a series, not the attack: "the first deadly
      // attack since they began targeting ships in November", "the most serious attack of
      // the year". (Asked only of a span that ends before the event: the test is the same
      // for every candidate event, and most are not apart.)
      guard end < otherStart, let at = view.tokenIndex(startingAt: range) else { return false }
      return ![Cue.period, .superlative, .ordinal].contains {
        view.lastCue($0, in: 0..<at) != nil
      }
    }
    // (The day it was told on only bounds it: told on Saturday, it may be Friday's.)
    if event.fills.dateIsSaying { return otherEnd < start }
    return end < otherStart || otherEnd < start
  }

  /// Of the candidates (most recently told first), the one the restating noun refers to: of
  /// the events told in the last two sentences, the one the noun names again ("jets struck
  /// the port, a day after a drone killed a man; 87 were wounded in the strikes"; "the
  /// attack" names any of them); for a singular noun, an incident rather than a count of
  /// them ("the third strike on Gorgan" after "dozens of attacks" retold); else the latest.
  private func preferred(
    among candidates: [Int], recency: [Int], for frame: Frame, view: SentenceView
  ) -> Int? {
    guard let latest = candidates.first else { return nil }
    guard
      let noun = frame.head.isNoun
        ? frame.head : frame.triggers.first(where: \.isNoun) ?? frame.foldedNoun
    else {
      // "The rocket was launched from …": the attack with that weapon told last, an
      // incident rather than a count of them.
      let armed = candidates.filter { index in
        frame.weapons.contains { events[index].weapons.contains($0.weaponClass) }
      }
      return armed.first { events[$0].kind == .incident } ?? armed.first ?? latest
    }
    // "There were no reports of casualties from Wednesday's fire": the incident of the day
    // that names the noun.
    if frame.date.time.precision == .day, let day = frame.date.time.start, noun.start > 0,
      let named = view.item(at: noun.start - 1), named.mention.kind == .date,
      named.mention.range == frame.date.range,
      let dated = candidates.first(where: {
        events[$0].kind == .incident && events[$0].date.time.precision == .day
          && events[$0].date.time.start == day
      })
    {
      return dated
    }
    var window: [Int] = []
    for index in candidates where !window.contains(recency[index]) {
      guard window.count < 2 else { break }
      window.append(recency[index])
    }
    let recent = candidates.prefix { window.contains(recency[$0]) }
    if noun.entry.lemma != "attack",
      let named = recent.first(where: { events[$0].triggerLemma == noun.entry.lemma })
        ?? recent.first(where: { trigger(of: events[$0], ends: noun.entry.lemma) })
    {
      return named
    }
    let picksFromSeries = (max(0, noun.start - 3)..<noun.start).contains {
      view.hasCue(.ordinal, startsAt: $0)
    }
    if noun.form == .base, !picksFromSeries, events[latest].kind == .aggregate,
      let incident = recent.first(where: { events[$0].kind == .incident })
    {
      return incident
    }
    return latest
  }

  /// Whether an event's trigger lemma is a compound of `lemma` ("airstrike", "drone strike"
  /// for "the strikes") whose own words say so: "drone attack", read as a drone strike, is
  /// no strike the text named.
  private func trigger(of event: Event, ends lemma: String) -> Bool {
    event.triggerLemma.hasSuffix(lemma)
      && document.text.slice(event.trigger).lowercased().contains(lemma)
  }

  /// Whether a frame's tolls agree with an event's: no exact figure differs, but for a toll
  /// of others, which adds to the event's ("Six other people were also killed"), and a
  /// revised one, which replaces it ("the death toll from the bombing rose to 31").
  static func tollsAgree(_ frame: Frame, _ event: Event) -> Bool {
    let replaced = frame.tollsOfOthers.union(frame.revisedTolls)
    return (replaced.contains("killed") || !differ(frame.killed, event.killed))
      && (replaced.contains("injured") || !differ(frame.injured, event.injured))
  }

  /// Whether two tolls are exact and different: two occurrences, not one told twice.
  static func differ(_ one: EventFigure?, _ two: EventFigure?) -> Bool {
    guard let one, let two, one.quantity.qualifier == .exact, two.quantity.qualifier == .exact,
      let first = one.quantity.value, let second = two.quantity.value
    else { return false }
    return first != second
  }
}
