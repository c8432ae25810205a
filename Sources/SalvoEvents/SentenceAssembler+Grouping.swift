import SalvoModel

extension SentenceAssembler {
  /// Groups the sentence's attack and interception triggers into frames:
  /// - adjacent event nouns are one phrase ("sabotage operation");
  /// - a light verb's event is each noun phrase in its object ("launched dozens of
  ///   airstrikes and a ground assault": two frames sharing the subject);
  /// - a verb takes an event noun in its instrument phrase ("killed … in an airstrike");
  /// - a verb whose subject is an event noun joins that noun's frame ("a drone strike
  ///   killed three");
  /// - a bare participle joins the frame before it (", killing three", "missiles
  ///   targeting Israel").
  func group() -> [Frame] {
    let isEvent = { (reading: TriggerReading) in
      reading.entry.family == .attack || reading.entry.family == .interception
    }
    // Mostly every reading is one: then the readings are shared, not filtered into a copy.
    let events = readings.allSatisfy(isEvent) ? readings : readings.filter(isEvent)
    var frames: [Frame] = []
    frames.reserveCapacity(events.count)
    var used = [Bool](repeating: false, count: events.count)
    for (index, reading) in events.enumerated() where !used[index] {
      used[index] = true
      if reading.isNoun {
        var phrase = [reading]
        var next = index + 1
        while next < events.count, events[next].isNoun,
          adjacent(phrase[phrase.count - 1], events[next])
        {
          phrase.append(events[next])
          used[next] = true
          next += 1
        }
        if let host = frames.indices.last, joinsVerb(phrase, frames[host]) {
          frames[host].triggers.insert(contentsOf: ordered(phrase), at: 0)
          continue
        }
        frames.append(Frame(triggers: ordered(phrase)))
        continue
      }
      // ", launching 40 strikes": a light participle heads its objects' frames.
      let lightWithObject =
        reading.entry.anchor == .light
        && events[(index + 1)...].first.map { $0.isNoun && $0.start < reading.clause.upperBound }
          ?? false
      if reading.isBareParticiple, !lightWithObject, let last = frames.indices.last,
        !boundaryBetween(frames[last].triggers.maxEnd ?? 0, reading.start)
      {
        frames[last].join(reading)
        continue
      }
      if let last = frames.indices.last,
        isSubjectNoun(frames[last], of: reading) || isCoordinatedVerb(reading, with: frames[last])
      {
        frames[last].join(reading)
        continue
      }
      // Event nouns in the verb's object: a light verb's events, a content verb's means.
      let objects = events.indices.filter { other in
        other > index && !used[other] && events[other].isNoun
          && events[other].start < reading.clause.upperBound
          && !events[(index + 1)..<other].contains { !$0.isNoun }
          && !(reading.end..<events[other].start).contains { position in
            // Another verb group stands between ("…, has increased its raids").
            view.hasCue(.perfect, startsAt: position)
              || view.hasCue(.passive, startsAt: position)
          }
      }
      if reading.entry.anchor == .light, !objects.isEmpty {
        for phrase in phrases(objects, in: events) {
          for member in phrase { used[member] = true }
          var frame = Frame(triggers: ordered(phrase.map { events[$0] }) + [reading])
          frame.scope = reading.clause
          frames.append(frame)
        }
        continue
      }
      var frame = Frame(triggers: [reading])
      for other in objects where isMeans(events[other]) || isObject(events[other], of: reading) {
        used[other] = true
        frame.triggers.append(events[other])
      }
      frames.append(frame)
    }
    return frames
  }

  /// Whether two event nouns form one phrase: nothing but weapon words between them.
  private func adjacent(_ left: TriggerReading, _ right: TriggerReading) -> Bool {
    guard right.start >= left.end else { return false }
    return (left.end..<right.start).allSatisfy { view.item(at: $0)?.mention.kind == .weapon }
  }

  /// Splits object nouns into coordinated phrases (adjacent nouns stay together).
  private func phrases(_ indices: [Int], in events: [TriggerReading]) -> [[Int]] {
    var result: [[Int]] = []
    for index in indices {
      if let last = result.last?.last, adjacent(events[last], events[index]) {
        result[result.count - 1].append(index)
      } else {
        result.append([index])
      }
    }
    return result
  }

  /// The phrase's head first: the noun whose lexicon entry decides a sub-event type, else
  /// the last noun.
  private func ordered(_ phrase: [TriggerReading]) -> [TriggerReading] {
    guard
      let head = phrase.lastIndex(where: { $0.entry.subEventType != nil })
        ?? phrase.indices.last, head > 0
    else { return phrase }
    var ordered = phrase
    ordered.insert(ordered.remove(at: head), at: 0)
    return ordered
  }

  /// Whether an event noun is the means of a verb: "in an airstrike", "with a drone".
  private func isMeans(_ noun: TriggerReading) -> Bool {
    guard let governing = view.phraseGovernor(of: noun.start, notBefore: noun.clause.lowerBound)
    else { return false }
    return governing == .instrument || governing == .location
  }

  /// Whether an event noun is the direct object of a verb: "fired a barrage of rockets",
  /// "carried out a raid": only a determiner or a count stands between.
  private func isObject(_ noun: TriggerReading, of verb: TriggerReading) -> Bool {
    guard !verb.isPassive, noun.start >= verb.end, noun.start - verb.end <= 2 else {
      return false
    }
    return (verb.end..<noun.start).allSatisfy { index in
      view.hasCue(.definite, startsAt: index) || view.hasCue(.indefinite, startsAt: index)
        || view.item(at: index)?.mention.kind == .quantity
    }
  }

  /// Whether a verb is coordinated with the verb frame before it: "killed three and
  /// injured 30".
  private func isCoordinatedVerb(_ verb: TriggerReading, with frame: Frame) -> Bool {
    guard !frame.head.isNoun, !verb.isNoun, frame.head.end < verb.start,
      view.hasCue(.coordination, endsAt: verb.start),
      !boundaryBetween(frame.head.end, verb.start)
    else { return false }
    return true
  }

  /// Whether a noun phrase is the means of the verb frame before it.
  private func joinsVerb(_ phrase: [TriggerReading], _ host: Frame) -> Bool {
    guard let first = phrase.first, !host.head.isNoun,
      host.triggers.allSatisfy({ !$0.isNoun }),
      first.start < host.head.clause.upperBound,
      !boundaryBetween(host.head.end, first.start)
    else { return false }
    return isMeans(first)
  }

  /// Whether the verb's subject is the frame's event noun: "A drone strike killed three".
  private func isSubjectNoun(_ frame: Frame, of verb: TriggerReading) -> Bool {
    guard frame.head.isNoun, frame.triggers.allSatisfy(\.isNoun), !verb.isNoun,
      frame.head.end <= verb.start, !boundaryBetween(frame.head.end, verb.start)
    else { return false }
    // A verb with its own subject after a coordination is not the noun's ("strikes on Homs
    // and Hezbollah fighters clashed …").
    let ownSubject = view.items(in: frame.head.end..<verb.start).contains { item in
      view.participant(item) != nil && view.governor(of: item.first) == nil
        && view.hasCue(.coordination, endsAt: item.first)
    }
    guard !ownSubject else { return false }
    // Only modifiers of the noun may stand between ("strike on the base", "attack, which").
    // Commas may set off a date ("The latest attack, on Tuesday, targeted …").
    let between = frame.head.end..<verb.start
    return between.count <= 12
      && !between.contains { index in
        !view.hasCue(.passive, startsAt: index) && !view.hasCue(.perfect, startsAt: index)
          && view.tokens[index].kind == .punctuation && view.item(at: index) == nil
          && !enclosesDate(index) && text.slice(view.textRange(index..<(index + 1))) != "-"
      }
  }

  /// Whether the comma at `index` is one of a pair around a date: ", on Tuesday,".
  private func enclosesDate(_ index: Int) -> Bool {
    guard view.hasCue(.comma, startsAt: index) else { return false }
    if let date = view.item(at: index + 1), date.mention.kind == .date {
      return view.hasCue(.comma, startsAt: date.end)
    }
    if let date = view.item(at: index - 1), date.mention.kind == .date {
      return date.first > 0 && view.hasCue(.comma, startsAt: date.first - 1)
    }
    return false
  }

  /// Whether an item follows the phrase ending at `end` with only a comma or a
  /// coordination between them (not when its own phrase reaches back over `end`: "Yemen's
  /// Red Sea port of Hodeidah" is one phrase).
  func coordinated(_ item: Item, after end: Int?) -> Bool {
    guard let end else { return false }
    let start = view.phraseStart(item.first)
    return start > end
      && (end..<start).allSatisfy {
        view.hasCue(.coordination, startsAt: $0) || view.hasCue(.comma, startsAt: $0)
      }
  }

  /// Whether a clause boundary lies between two local token positions.
  func boundaryBetween(_ from: Int, _ to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains { view.isBoundary($0) }
  }
}
