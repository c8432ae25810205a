import SalvoModel

extension SentenceAssembler {
  /// Incident or aggregate: counted occurrences, a period or repetition, or an undated
  /// habitual statement ("the Houthis have fired missiles at Israel") make an aggregate.
  /// Occurrences counted on one day at one place are one incident, as ACLED codes them
  /// ("around 20 strikes on Beirut's southern suburbs on Sunday").
  func readKind(_ frame: inout Frame) {
    let oneDay =
      frame.date.range != nil && frame.date.time.precision == .day && frame.locations.count <= 1
      && !frame.hasPeriod
    if let count = frame.count, countsOccurrences(count, frame), !oneDay,
      count.quantity.qualifier == .vague || (count.quantity.value ?? 0) > 1
        || count.quantity.qualifier == .atLeast || count.quantity.qualifier == .moreThan
    {
      frame.kind = .aggregate
      frame.fill("kind", count.range, "count-of-occurrences")
      return
    }
    // ("Since October, more than 450 people have been killed": the frame's own date may
    // open a period outside its part of the clause.) A series on one day at one place is one
    // incident too ("a series of strikes on Beirut's southern suburbs overnight").
    if let cue = (frame.hasPeriod ? periodCue(frame) : nil) ?? periodOpeningDate(frame),
      !(oneDaySeries(frame, cue) && frame.locations.count <= 1)
    {
      frame.kind = .aggregate
      frame.fill("kind", view.textRange(cue.start..<cue.end), "period-or-repetition")
      return
    }
    switch frame.date.time.precision {
    case .day, .week, .month:
      frame.fill("kind", frame.date.range, "dated-occurrence")
      return
    case .range, .year:
      if frame.date.range != nil, frame.head.isNoun, frame.head.form == .present {
        frame.kind = .aggregate
        frame.fill("kind", frame.date.range, "plural-over-period")
        return
      }
    case .unknown:
      break
    }
    let verb = frame.triggers.first { !$0.isNoun && !$0.isBareParticiple }
    let habitual =
      verb.map {
        ($0.isPerfect && !isPastPerfect($0)) || $0.form == .present || $0.form == .ing
      } ?? false
    let plural =
      frame.triggers.contains { $0.isNoun && $0.form == .present }
      || frame.weapons.contains { text.slice($0.range).hasSuffix("s") }
    if frame.date.range == nil, plural, habitual || verb == nil, !namesOneVessel(frame) {
      frame.kind = .aggregate
      frame.fill("kind", nil, "undated-plural")
    }
  }

  /// Whether the frame names the one ship it hit ("attacked the Norwegian-owned vessel
  /// Ioannis with ballistic missiles"): a ship noun and a capitalized name after it.
  private func namesOneVessel(_ frame: Frame) -> Bool {
    view.hasAny(.vessel)
      && frame.own.contains { index in
        guard let ship = view.cue(.vessel, startsAt: index), ship.end < view.tokens.count
        else { return false }
        let name = view.tokens[ship.end]
        return name.kind == .word && name.shape.contains(.capitalized)
          && view.item(at: ship.end) == nil
      }
  }

  /// Whether `cue` quantifies the frame's event noun ("a series of strikes", "a wave of
  /// attacks") and the frame is dated to one day.
  private func oneDaySeries(_ frame: Frame, _ cue: CueMatch) -> Bool {
    frame.head.isNoun && cue.end == frame.head.start && frame.date.range != nil
      && frame.date.time.precision == .day
  }

  /// The period cue that opens the frame's date ("Since October"), if one does; not when a
  /// "when" after the date starts the frame's clause ("since February, when a drone killed
  /// three soldiers": that month's occurrence).
  private func periodOpeningDate(_ frame: Frame) -> CueMatch? {
    guard let range = frame.date.range,
      let item = view.items.first(where: { $0.mention.range == range }),
      !(item.end..<max(item.end, frame.head.start)).contains(where: {
        view.hasCue(.temporalRelative, startsAt: $0)
      })
    else { return nil }
    return view.cue(.period, startsAt: item.first)
  }

  /// Whether a count counts the occurrences (attacks, strikes, launches) rather than the
  /// weapons of one occurrence.
  private func countsOccurrences(_ count: EventFigure, _ frame: Frame) -> Bool {
    if let unit = count.quantity.unit, configuration.eventNouns.contains(unit) { return true }
    return frame.triggers.contains { trigger in
      let span = view.textRange(trigger.start..<trigger.end)
      return trigger.isNoun && count.range.utf8Start <= span.utf8Start
        && span.utf8End <= count.range.utf8End
    }
  }

  /// Whether "had" governs a verb: a past perfect tells one occurrence before another, as a
  /// report backshifts it ("the governor said the refinery had been attacked by drones").
  private func isPastPerfect(_ verb: TriggerReading) -> Bool {
    (max(0, verb.start - 3)..<verb.start).contains { isWord("had", at: $0) }
  }
}
