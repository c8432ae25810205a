import SalvoModel

/// Reads the event frames of one sentence: groups its triggers into frames, then fills
/// each frame's roles, figures, date, modality, kind and type.
struct SentenceAssembler {
  let view: SentenceView
  let readings: [TriggerReading]
  /// The effective governor of each of the view's items (`SentenceView.itemGovernors()`).
  let governors: [Cue?]
  /// The phrases that describe a person or group by what they answer for ("a commander
  /// responsible for rocket fire on northern Israel"): no frame reads its slots there.
  let descriptions: [Range<Int>]

  /// The document's text.
  var text: String { view.text }
  /// The lexicons.
  var configuration: EventsConfiguration { view.configuration }

  init(view: SentenceView) {
    self.view = view
    let all = Self.firingDefences(
      Self.mainVerbs(Self.droppingObjectNouns(view.readTriggers(), view: view), view: view),
      view: view, intercept: view.configuration.interceptVerb)
    var readings: [TriggerReading] = []
    readings.reserveCapacity(all.count)
    for reading in all
    where !Self.modifiesPlainNoun(reading, after: all, view: view)
      && !Self.insideName(reading, view: view)
      // "bomb shelters", "missile launch sites": a facility the word qualifies.
      && !view.hasCue(.materiel, startsAt: reading.end)
      // "the tanker caught fire": a blaze, not gunfire.
      && !(reading.start..<reading.end).contains(where: { view.hasCue(.blaze, endsAt: $0 + 1) })
      && !Self.datesAPeriod(reading, view: view) && !Self.ranksInSeries(reading, view: view)
    {
      readings.append(reading)
    }
    self.readings = readings
    governors = view.itemGovernors()
    descriptions = Self.descriptions(in: view, governors: governors)
  }

  /// Whether a noun names the conflict whose start dates a period ("since the start of
  /// cross-border hostilities", "since the outbreak of the fighting"): no occurrence.
  private static func datesAPeriod(_ reading: TriggerReading, view: SentenceView) -> Bool {
    guard reading.isNoun, view.hasAny(.onset),
      let onset = view.lastCue(.onset, in: max(0, reading.start - 6)..<reading.start)
    else { return false }
    return (onset.end..<reading.start).allSatisfy { view.item(at: $0) == nil }
  }

  /// Whether a participle qualifies the noun of an appositive that ranks the occurrence
  /// told before in its series (", the most senior figure killed since October"), or an
  /// event noun is that noun (", the group's biggest barrage since October"): it tells no
  /// occurrence of its own.
  private static func ranksInSeries(_ reading: TriggerReading, view: SentenceView) -> Bool {
    guard reading.isNoun || reading.form == .past, view.mayRank else { return false }
    return (max(0, reading.start - 6)..<reading.start).contains { view.opensRanking(at: $0) }
  }

  /// The sentence's frames, roles filled, in trigger order; threats among its triggers
  /// come back as rejected statements.
  func assemble() -> (frames: [Frame], rejected: [RejectedStatement]) {
    var frames = group()
    partition(&frames)
    for index in frames.indices {
      readRoles(&frames[index])
      carrySubject(&frames, index)
      readFigures(&frames[index], soleFrame: frames.count == 1)
      readModality(&frames[index])
    }
    spreadHabits(&frames)
    carryElidedWeapons(&frames)
    interceptRelativeWeapons(&frames)
    assignSentenceFigures(&frames)
    foldVagueNouns(&frames)
    mergeLinkedFrames(&frames)
    shareDates(&frames)
    for index in frames.indices {
      readKind(&frames[index])
      anchor(&frames[index])
    }
    let threats = readings.filter { $0.entry.family == .threat }.map { reading in
      RejectedStatement(
        trigger: view.textRange(reading.start..<reading.end), sentence: view.sentence.range,
        reason: .threat, cue: nil)
    }
    return (frames, threats)
  }

  /// Gives each frame the part of its clause between its neighbours' triggers; frames of
  /// one light verb share the tail after the last of them.
  private func partition(_ frames: inout [Frame]) {
    // A frame starts at its first trigger's modifiers ("Israeli drone strikes") and ends
    // where the next frame starts: what follows a trigger is its object.
    // A verb's frame starts at its clause when the clause is its own ("…, in which three
    // soldiers were killed"), else at the verb: what stands before it then is the object
    // of the frame before ("a drone launched from Iraq struck").
    var starts: [Int] = []
    starts.reserveCapacity(frames.count)
    for position in frames.indices {
      let first = frames[position].triggers.minStart ?? 0
      if frames[position].head.isNoun {
        starts.append(modifiersStart(first, frames[position].scope.lowerBound))
        continue
      }
      let clause = frames[position].head.clause.lowerBound
      let previousEnd =
        starts.isEmpty ? 0 : (frames[starts.count - 1].triggers.maxEnd ?? 0)
      if starts.isEmpty || clause >= previousEnd {
        starts.append(min(clause, first))
      } else if let report = view.lastCue(.report, in: previousEnd..<first) {
        // "On the day of the strike, the ministry said 71 people had been killed": what is
        // said is the verb's clause.
        starts.append(report.end)
      } else {
        starts.append(first)
      }
    }
    for index in frames.indices {
      let last = frames[index].triggers.maxEnd ?? 0
      let next = index + 1 < frames.count ? starts[index + 1] : view.tokens.count
      let scope = frames[index].scope
      // The first frame also owns the clause's opening ("In one operation, …").
      let lower = index == 0 ? scope.lowerBound : max(scope.lowerBound, starts[index])
      let upper = max(min(scope.upperBound, next), last)
      frames[index].own = lower..<max(lower, upper)
      frames[index].shared = frames[index].own
    }
    for index in frames.indices {
      guard let governor = frames[index].triggers.last, !governor.isNoun,
        governor.entry.anchor == .light, frames[index].triggers.count > 1
      else { continue }
      let siblings = frames.indices.filter { frames[$0].triggers.last?.start == governor.start }
      guard let last = siblings.last else { continue }
      // The tail ends where a frame of another verb or noun begins.
      let tailEnd = last + 1 < frames.count ? starts[last + 1] : frames[index].scope.upperBound
      let tail =
        frames[last].own
        .lowerBound..<max(
          frames[last].own.lowerBound, min(frames[index].scope.upperBound, tailEnd))
      frames[index].shared =
        min(
          frames[index].own.lowerBound, tail.lowerBound)..<max(
          frames[index].own.upperBound, tail.upperBound)
    }
  }

  /// Where the modifiers before a trigger begin: back over words and mentions, not over a
  /// preposition, determiner, boundary or punctuation.
  private func modifiersStart(_ start: Int, _ limit: Int) -> Int {
    var at = start
    while at > limit, at > start - 4 {
      let before = at - 1
      guard view.tokens[before].kind == .word || view.item(at: before) != nil,
        !view.hasCue(.preposition, startsAt: before), !view.isBoundary(before),
        !view.hasCue(.definite, startsAt: before),
        !view.hasCue(.indefinite, startsAt: before),
        !readings.contains(where: { $0.start <= before && before < $0.end })
      else { break }
      at = view.item(at: before)?.first ?? before
    }
    return at
  }

  /// Folds a vague noun frame ("In one Israeli operation, special forces mounted a raid")
  /// into the frame after it in the sentence: the same occurrence, told twice.
  private func foldVagueNouns(_ frames: inout [Frame]) {
    var index = 0
    while index + 1 < frames.count {
      let frame = frames[index]
      let vague =
        frame.head.isNoun && frame.triggers.count == 1 && frame.head.entry.anchor == .armed
        && frame.head.entry.subEventType == nil && frame.weapons.isEmpty && frame.targets.isEmpty
        && frame.locations.isEmpty
      // ("The strike came a day after a drone slammed into a building", "the strike was in
      // response to a series of attacks": two occurrences.)
      let between = frame.head.end..<max(frame.head.end, frames[index + 1].head.start)
      let sequenced =
        [Cue.sequence, .sameDay].contains {
          view.lastCue($0, in: between) != nil
        } || view.answeredEvent(in: between) != nil
      guard vague, !sequenced else {
        index += 1
        continue
      }
      let generic = frames[index + 1].attacker.map {
        $0.actor.gazetteerID.hasPrefix("generic:") && $0.actor.country == nil
      }
      let interception = frames[index + 1].triggers.contains { $0.entry.family == .interception }
      if let attacker = frame.attacker, generic ?? true, !interception {
        // "In one Israeli operation, special forces mounted a raid": Israel's forces.
        frames[index + 1].attacker = attacker
        frames[index + 1].fill("attacker", attacker.range, "attacker-of-vague-event-noun")
      }
      if frames[index + 1].date.range == nil, frame.date.range != nil {
        frames[index + 1].date = frame.date
        frames[index + 1].fill("date", frame.date.range, "date-of-vague-event-noun")
      }
      frames[index + 1].foldedNoun = frame.head
      frames.remove(at: index)
    }
  }

  /// A verb with no subject of its own ("… but has targeted", "while also attacking")
  /// shares the attacker of the frame before it in the sentence; a passive one does not
  /// ("… a launch site from which missiles had been fired at Metula": fired by others).
  private func carrySubject(_ frames: inout [Frame], _ index: Int) {
    guard index > 0, frames[index].attacker == nil, !frames[index].head.isNoun,
      !frames[index].head.isPassive, !frames[index].hasUnnamedAttacker,
      !describesWeaponBefore(frames[index]),
      !frames[index].fills.contains(where: { $0.slot == "attacker" }),
      let attacker = frames[index - 1].attacker
    else { return }
    let head = frames[index].head
    // A clause of its own may have a weapon for subject ("struck three sites, hours after a
    // one-way attack drone hit Erbil air base"), which stands in for an unnamed attacker;
    // not one a pronoun gives the subject before ("and that 90 percent of its missiles hit").
    let ownClause = head.clause.lowerBound >= frames[index - 1].head.end
    let ownSubject = view.items(in: head.clause.lowerBound..<head.start).contains {
      view.participant($0) != nil
        || (ownClause && $0.mention.kind == .weapon
          && view.lastCue(.possessive, in: max(0, $0.first - 2)..<$0.first) == nil)
    }
    guard !ownSubject else { return }
    frames[index].attacker = attacker
    frames[index].fill("attacker", attacker.range, "subject-carried-over")
  }

  /// A frame with no date of its own takes the date of the frame before it in the sentence
  /// when nothing sets them apart ("Taking credit for an attack in Syria on July 26, the
  /// group said its drones targeted a gas field"): not across a sequence word ("struck the
  /// port on Saturday, a day after a drone hit Tel Aviv").
  private func shareDates(_ frames: inout [Frame]) {
    for index in frames.indices {
      // "The attack came a week after a U.S. strike killed four": after another trigger.
      let head = frames[index].head
      if let earlier = readings.first(where: { $0.end <= head.start }) {
        frames[index].isSequenced = view.lastCue(.sequence, in: earlier.end..<head.start) != nil
      }
    }
    startPeriodsAtEvents(&frames)
    for index in frames.indices.dropFirst() where frames[index].date.range == nil {
      guard let before = frames[..<index].last(where: { $0.date.range != nil }),
        before.rejection == nil
      else { continue }
      let between = before.head.end..<frames[index].head.start
      if let (date, cue) = relativeDate(to: before.date, in: between) {
        frames[index].date = date
        frames[index].fill(
          "date", view.textRange(cue.start..<cue.end), Self.dayRelativeToClauseBefore)
        continue
      }
      if view.lastCue(.sequence, in: between) != nil || view.answeredEvent(in: between) != nil {
        // "In April, Iran fired 300 drones after a strike on its consulate killed seven": a
        // day is the clause's own, but a month or a year also spans the one sequenced to it.
        let precision = before.date.time.precision
        guard precision == .month || precision == .year else { continue }
        frames[index].date = before.date
        frames[index].fill("date", before.date.range, "period-of-sequenced-clause")
        continue
      }
      // ("Israeli air strikes on southern Lebanon killed 12 people on Sunday, as Hezbollah
      // fired 150 rockets at northern Israel": the same day, on both sides of the border.)
      guard
        compatibleCountries(before, frames[index])
          || (view.hasAny(.simultaneity) && view.lastCue(.simultaneity, in: between) != nil)
      else { continue }
      frames[index].date = before.date
      frames[index].fill("date", before.date.range, "date-of-frame-before-in-sentence")
    }
  }

  /// "Israel has stepped up its strikes in Syria since the Oct. 7 attack": a period that a
  /// dated event of the sentence opens starts on that event's date.
  private func startPeriodsAtEvents(_ frames: inout [Frame]) {
    for index in frames.indices where frames[index].date.range == nil && frames[index].hasPeriod {
      let head = frames[index].head
      guard
        let opened = frames[(index + 1)...].first(where: { $0.rejection == nil }),
        opened.date.range != nil, opened.date.time.precision != .unknown,
        let opening = view.lastCue(.period, in: head.end..<opened.head.start)
          ?? view.lastCue(.sequence, in: head.end..<opened.head.start),
        // (At most an article between, "since the …", or the subject of the opening clause:
        // "since Hamas-led fighters attacked southern Israel on Oct. 7".)
        opening.end + 1 >= opened.own.lowerBound || opensClause(after: opening, at: opened.head)
      else { continue }
      frames[index].date = opened.date
      frames[index].fill(
        "date", view.textRange(opening.start..<opening.end), "period-opened-by-event")
    }
  }

  /// Whether `trigger` is the verb of the clause a period word opens, with only its subject
  /// between them ("since Hamas-led fighters attacked").
  private func opensClause(after opening: CueMatch, at trigger: TriggerReading) -> Bool {
    !trigger.isNoun && trigger.start - opening.end <= 6
      && !(opening.end..<trigger.start).contains {
        view.hasCue(.comma, startsAt: $0) || view.isBoundary($0)
      }
  }

  /// The rule that dates a clause relative to the clause before it.
  static let dayRelativeToClauseBefore = "day-relative-to-clause-before"

  /// The day of a clause told as days before or after, or hours from, the clause before it
  /// ("struck the port on Saturday, a day after a drone hit Tel Aviv": Friday), when that
  /// clause's date is a day.
  private func relativeDate(to anchor: EventDate, in range: Range<Int>) -> (EventDate, CueMatch)? {
    guard let shift = view.dayShift(in: range) else { return nil }
    return anchor.day(shiftedBy: shift, in: view).map { ($0, shift.match) }
  }

  /// Whether two frames' places lie in one country (or either has none).
  private func compatibleCountries(_ one: Frame, _ two: Frame) -> Bool {
    let countries = Set(one.locations.compactMap(\.place.country))
    let others = Set(two.locations.compactMap(\.place.country))
    return countries.isEmpty || others.isEmpty || !countries.isDisjoint(with: others)
  }

  /// Merges frames that tell one occurrence: a verb of harm and the attack beside it ("a
  /// drone struck the garrison; three were wounded"), and a reduced relative with the verb
  /// it is the subject of ("a rocket fired from Lebanon struck a pitch").
  private func mergeLinkedFrames(_ frames: inout [Frame]) {
    var index = 0
    while index + 1 < frames.count {
      let first = frames[index]
      let second = frames[index + 1]
      let harm = { (frame: Frame) in frame.triggers.allSatisfy { $0.entry.anchor == .casualty } }
      // (The participle's frame may already hold the harm it caused: "two were wounded when
      // a rocket fired from Lebanon struck a house".)
      // ("A drone believed to have been launched by a militia struck the field": a passive
      // in the subject phrase too.)
      let reducedRelative =
        first.triggers.count(where: { $0.entry.anchor != .casualty }) == 1
        && (first.head.isBareParticiple || first.head.isPassive) && first.head.form == .past
        && !second.head.isNoun && !second.head.isPassive
        && !boundaryBetween(first.head.end, second.head.start)
        && !view.items.indices.contains(where: { position in
          let item = view.items[position]
          return item.first >= first.head.end && item.end <= second.head.start
            && governors[position] == nil && view.participant(item) != nil
        })
      // "shot down four drones launched from Yemen": the participle describes the weapon.
      let trailingRelative = describesWeaponBefore(second) && !first.weapons.isEmpty
      // ", launching around 40 strikes": an -ing clause that spells out the event before.
      let elaboration =
        second.triggers.contains {
          $0.isBareParticiple && $0.form == .ing && $0.entry.anchor == .light
        }
        && first.head.isNoun && first.count == nil && second.attacker == nil
        && second.locations.isEmpty
      // "Claiming an attack in Syria on July 26, the group said its drones targeted …"; "In
      // an attack claimed by Hezbollah, a drone hit a building".
      let claimed =
        first.head.isNoun && !second.head.isNoun
        && readings.contains { reading in
          reading.entry.family == .claim
            && ((reading.end <= first.head.start && first.head.start - reading.end <= 3)
              || (reading.start >= first.head.end && reading.start - first.head.end <= 1
                && reading.end <= second.head.start))
        } && compatibleCountries(first, second)
      // "In a separate strike on Wednesday, an Israeli drone hit a motorcycle": a fronted
      // phrase names the occurrence its clause tells.
      let fronted =
        first.head.isNoun && !second.head.isNoun && first.head.start <= 6
        && view.hasCue(.location, startsAt: 0)
        && (first.head.end..<second.head.start).contains { view.hasCue(.comma, startsAt: $0) }
      // "retaliatory strikes against Kataib Hezbollah, which hit three facilities": a
      // relative clause after the event noun's target tells the event.
      let relativeOfEvent =
        first.head.isNoun && !second.head.isNoun
        && (first.head.end..<second.head.start).contains { at in
          at > 1 && view.hasCue(.relative, startsAt: at) && view.hasCue(.comma, startsAt: at - 1)
            && view.item(at: at - 2).map(isEventTarget) == true
        }
      // "the drone that hit Tower 22 was launched by Kataib Hezbollah": a relative clause on
      // the weapon that is the passive verb's subject tells the same launch.
      let weaponRelative =
        !first.head.isNoun && second.head.isPassive && first.head.start > 1
        && view.hasCue(.relative, endsAt: first.head.start)
        && view.item(at: first.head.start - 2)?.mention.kind == .weapon
        && !view.items(in: first.head.end..<second.head.start).contains {
          view.participant($0) != nil
        }
      // "shot down 14 drones …, in one of the largest such attacks": the noun sums it up; so
      // does an appositive after a noun's clause ("An Israeli strike … killed more than 90
      // people, the agency said, one of the deadliest Israeli attacks in the war").
      // ("…, in one of the heaviest waves of Israeli attacks on Syria": a ranking may stand
      // further back, before a measure of the noun, and a locative may open the appositive.)
      let summaryCue =
        view.lastCue(.summary, in: max(first.head.end, second.head.start - 6)..<second.head.start)
        ?? view.lastCue(
          .summary, in: max(first.head.end, second.head.start - 8)..<second.head.start
        ).flatMap { cue in
          view.firstCue(.superlative, in: cue.end..<second.head.start) == nil ? nil : cue
        }
      let summary =
        second.head.isNoun
        && summaryCue.map { cue in
          let opening =
            cue.start > 0 && view.hasCue(.location, startsAt: cue.start - 1)
            ? cue.start - 1 : cue.start
          return !first.head.isNoun
            || (opening > 0 && view.hasCue(.comma, startsAt: opening - 1))
        } == true
      // "three were killed and 34 were injured in a drone attack": one occurrence's harms.
      let harms =
        harm(first) && harm(second) && !boundaryBetween(first.head.end, second.head.start)
        && view.lastCue(.coordination, in: first.head.end..<second.head.start) != nil
      // "Iraqi forces came under attack on Sunday when militants fired rockets at the base":
      // the clause after "when" tells how the unattributed attack was made.
      let attackedWhen =
        first.head.isPassive && first.attacker == nil && !second.head.isPassive
        && !second.head.isNoun && second.attacker != nil && !harm(first) && !harm(second)
        && (first.head.end..<second.head.start).contains {
          view.hasCue(.temporalRelative, startsAt: $0)
        }
      // "Al Shabaab fighters set off a suicide bomb and then sprayed gunfire into crowds at
      // the beach on Friday": the steps of one assault by one subject, the first placed and
      // dated by the last.
      let step = second.triggers.first { !$0.isNoun } ?? second.head
      let continued =
        !first.head.isNoun && !step.isNoun && !first.head.isPassive && !step.isPassive
        && first.locations.isEmpty && first.date.range == nil && view.hasAny(.continuation)
        && view.lastCue(.continuation, in: first.head.end..<step.start).map { cue in
          !view.items(in: cue.end..<step.start).contains { view.participant($0) != nil }
        } == true
      // "Attacks have resumed since February, when a drone killed three soldiers": the harm
      // after a date's "when" is an occurrence of its own, not the period's.
      let ownOccurrence =
        harm(second) && !harm(first) && datedWhen(first.head.end, second.head.start)
      guard !ownOccurrence,
        harm(first) != harm(second) || harms || reducedRelative || trailingRelative
          || elaboration || claimed || summary || fronted || relativeOfEvent || weaponRelative
          || attackedWhen || continued || isCause(second, of: first),
        compatible(first, second) || claimed,
        first.rejection?.reason != .negated, second.rejection?.reason != .negated
      else {
        index += 1
        continue
      }
      var (base, other) =
        (harm(first) && !reducedRelative) || elaboration || claimed || fronted || weaponRelative
        ? (second, first) : (first, second)
      // (The summary's period is the comparison's: "the largest since November".)
      if summary { other.hasPeriod = false }
      frames[index] = absorb(other, into: base)
      frames.remove(at: index + 1)
    }
  }

  /// Whether a "when" right after a date (and a comma) lies between two tokens.
  private func datedWhen(_ from: Int, _ to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains { at in
      guard view.hasCue(.temporalRelative, startsAt: at) else { return false }
      let before = view.hasCue(.comma, endsAt: at) ? at - 1 : at
      return before > 0 && view.item(at: before - 1)?.mention.kind == .date
    }
  }

  /// "Attacks by the Iraqi factions tend to spike after Israeli operations in Gaza": what a
  /// habit follows is part of the habit, no occurrence either. A frame after a sequence word
  /// that comes after a generic frame's habit word is generic too (not after a mere trend:
  /// in "attacks surged after Israel struck Gaza on Monday" the strike happened).
  private func spreadHabits(_ frames: inout [Frame]) {
    for index in frames.indices {
      guard frames[index].rejection?.reason == .generic,
        let habit = view.firstCue(.habit, in: frames[index].head.end..<view.tokens.count)
      else { continue }
      for later in frames.indices.dropFirst(index + 1) where frames[later].rejection == nil {
        let head = frames[later].head
        guard habit.end <= head.start,
          let sequence = view.lastCue(.sequence, in: habit.end..<head.start)
        else { continue }
        frames[later].rejection = (.generic, view.textRange(sequence.start..<sequence.end))
      }
    }
  }

  /// "intercepted most of the drones, but one struck a house": a bare count before a verb
  /// ("one", "two", "another") stands for the weapons of the frame before it.
  private func carryElidedWeapons(_ frames: inout [Frame]) {
    for index in frames.indices.dropFirst() where frames[index].weapons.isEmpty {
      let head = frames[index].head
      guard !head.isNoun, head.start > 0, view.hasCue(.indefinite, endsAt: head.start),
        view.item(at: head.start - 1) == nil, let weapon = frames[index - 1].weapons.first
      else { continue }
      frames[index].weapons = frames[index - 1].weapons
      frames[index].fill("weapon", weapon.range, "elided-after-count")
    }
  }

  /// "Iran launched about 200 missiles at Israel, most of which were intercepted": an
  /// interception in a relative clause stops the weapons named before the relative word,
  /// fired by the attacker of the launch that named them ("about 40 projectiles crossed from
  /// Lebanon, most of which were intercepted" names no launch).
  private func interceptRelativeWeapons(_ frames: inout [Frame]) {
    for index in frames.indices where frames[index].weapons.isEmpty {
      let head = frames[index].head
      guard head.entry.family == .interception,
        let relative = view.lastCue(.relative, in: 0..<head.start),
        let item = view.items.last(where: {
          $0.end <= relative.start && $0.mention.kind == .weapon
        }),
        case .weapon(let weapon) = view.value(of: item)
      else { continue }
      frames[index].weapons = [(weapon.weaponClass, weapon.acledSubEventType, item.mention.range)]
      frames[index].fill("weapon", item.mention.range, "weapons-of-relative-antecedent")
      let launch = frames[..<index].last { $0.weapons.contains { $0.range == item.mention.range } }
      if frames[index].attacker == nil, let attacker = launch?.attacker {
        frames[index].attacker = attacker
        frames[index].fill("attacker", attacker.range, "attacker-of-relative-antecedent")
      }
    }
  }

  /// Whether two frames can be one occurrence: no two attackers, no two places.
  private func compatible(_ one: Frame, _ two: Frame) -> Bool {
    if let a = one.attacker?.actor.gazetteerID, let b = two.attacker?.actor.gazetteerID, a != b {
      return false
    }
    let places = Set(one.locations.map(\.place.gazetteerID))
    return one.locations.isEmpty || two.locations.isEmpty
      || two.locations.contains { places.contains($0.place.gazetteerID) }
  }

  /// `base` with the slots it lacks taken from `other`.
  private func absorb(_ other: Frame, into base: Frame) -> Frame {
    var merged = base
    merged.triggers += other.triggers
    if merged.attacker == nil {
      merged.attacker = other.attacker
      merged.coAttackers = other.coAttackers
    }
    merged.interceptor = merged.interceptor ?? other.interceptor
    for target in other.targets
    where !merged.targets.contains(where: { $0.actor.gazetteerID == target.actor.gazetteerID }) {
      merged.targets.append(target)
    }
    if merged.sponsors.isEmpty { merged.sponsors = other.sponsors }
    merged.foldedNoun = merged.foldedNoun ?? other.foldedNoun
    if merged.locations.isEmpty { merged.locations = other.locations }
    merged.origin = merged.origin ?? other.origin
    for weapon in other.weapons
    where !merged.weapons.contains(where: { $0.weaponClass == weapon.weaponClass }) {
      merged.weapons.append(weapon)
    }
    merged.count = merged.count ?? other.count
    merged.killed = merged.killed ?? other.killed
    merged.injured = merged.injured ?? other.injured
    if merged.date.range == nil { merged.date = other.date }
    if merged.modality == .asserted { merged.modality = other.modality }
    merged.hasPeriod = merged.hasPeriod || other.hasPeriod
    merged.rejection = merged.rejection ?? other.rejection
    merged.fills += other.fills.filter { fill in !merged.fills.contains { $0.slot == fill.slot } }
    merged.own =
      min(
        base.own.lowerBound, other.own.lowerBound)..<max(
        base.own.upperBound, other.own.upperBound)
    return merged
  }

  /// Rejects a frame that nothing ties to the world.
  private func anchor(_ frame: inout Frame) {
    guard frame.rejection == nil else { return }
    let needsArms = frame.triggers.allSatisfy { $0.entry.anchor != .participant }
    let needsWeapon = frame.triggers.allSatisfy { $0.entry.anchor == .weapon }
    if needsWeapon
      ? frame.weapons.isEmpty && !deliversMunition(frame)
      : needsArms
        ? !frame.isArmed && !hitsMilitaryFacility(frame) && !isPlacedPartyClaim(frame)
        : !frame.hasParticipant,
      !interceptedByDefences(frame)
    {
      frame.rejection = (.unanchored, nil)
    }
  }

  /// Whether the frame's verb delivers a munition its clause names after it ("A fighter jet
  /// dropped bombs on a crowd").
  private func deliversMunition(_ frame: Frame) -> Bool {
    view.firstCue(.munition, in: frame.head.end..<frame.head.clause.upperBound) != nil
  }

  /// Whether a pronoun a verb of saying introduces struck at a stated place or time
  /// ("Tehran said it had struck two bases of the group in Pakistan on Tuesday"): the
  /// speaker's own strike, whoever the pronoun turns out to be.
  private func isPlacedPartyClaim(_ frame: Frame) -> Bool {
    guard !frame.locations.isEmpty || frame.date.range != nil,
      let anaphor = frame.fills.first(where: { $0.slot == "attacker" && $0.rule == "anaphor" }),
      let at = anaphor.range.flatMap(view.tokenIndex(startingAt:))
    else { return false }
    return view.hasCue(.report, endsAt: at)
  }

  /// Whether an interception names the air defences that made it ("It was intercepted by
  /// the Arrow air defence system"): what it stopped is told around it.
  private func interceptedByDefences(_ frame: Frame) -> Bool {
    frame.triggers.contains { $0.entry.family == .interception }
      && view.items(in: frame.own).contains { item in
        guard item.mention.kind == .weapon, case .weapon(let weapon) = view.value(of: item)
        else { return false }
        return Self.defenceClasses.contains(weapon.weaponClass)
      }
  }

  /// Whether the frame hits a weapons facility at a stated place or time: "another wave of
  /// strikes hit missile factories near Tehran", "strikes on rocket launchers in the south"
  /// (a weapon named right before a facility noun).
  private func hitsMilitaryFacility(_ frame: Frame) -> Bool {
    guard !frame.locations.isEmpty || frame.date.range != nil else { return false }
    return view.items(in: frame.own).contains {
      $0.mention.kind == .weapon && view.hasCue(.materiel, startsAt: $0.end)
    }
  }
}
