import SalvoModel

/// The number part of a count before its noun is known.
private struct CountValue {
  var value: Double?
  var low: Double?
  var high: Double?
  var qualifier: QuantityQualifier
  /// The vague amount's entry, which decides the provenance source.
  var vagueLine: Int?

  /// A number with a one-sided or no hedge: the bound convention of `hedges.tsv`.
  init(_ value: Double, _ qualifier: QuantityQualifier) {
    self.value = value
    self.qualifier = qualifier
    switch qualifier {
    case .moreThan, .atLeast: low = value
    case .upTo, .lessThan: high = value
    default: break
    }
  }

  /// A range ("between 10 and 20"): no single value.
  init(low: Double, high: Double) {
    self.low = low
    self.high = high
    qualifier = .range
  }

  /// A vague amount ("dozens"): no value and no bounds.
  init(vagueLine: Int) {
    qualifier = .vague
    self.vagueLine = vagueLine
  }
}

extension SentenceScanner {
  /// The count starting at `index` (at its hedge, vague amount or number), if any.
  ///
  /// - Parameters:
  ///   - index: the token to try.
  ///   - floor: the first token a span may cover (the end of the previous finding).
  func quantity(at index: Int, floor: Int) -> QuantityMatch? {
    var position = index
    var qualifier = QuantityQualifier.exact
    var opensRange = false
    if let hedge = context.hedge(at: index, limit: end) {
      switch hedge.payload.position {
      case .before:
        qualifier = hedge.payload.qualifier
        position = hedge.end
      case .between:
        opensRange = true
        position = hedge.end
      default:
        break
      }
    }
    let hedged = position > index
    if !hedged, let vague = context.vague(at: index, limit: end) {
      return vagueCount(vague.payload, index: index, end: vague.end, floor: floor)
    }
    guard let first = number(at: position), !isRatio(before: index) else { return nil }
    if first.form == .times {
      // "more than 160 times": the hedge qualifies the occurrences; a range is not one.
      guard !opensRange else { return nil }
      return occurrence(CountValue(first.value, qualifier), start: index, end: first.end)
    }
    var count = CountValue(first.value, qualifier == .exact ? first.qualifier : qualifier)
    var numberEnd = first.end
    var hyphenRange = false
    if let link = context.hedge(at: first.end, limit: end),
      link.payload.position == .link || (opensRange && link.payload.position == .betweenLink),
      let second = number(at: link.end), second.form != .times, second.value > first.value
    {
      count = CountValue(low: first.value, high: second.value)
      numberEnd = second.end
      hyphenRange = context.isHyphen(first.end)
    } else if opensRange {
      return nil
    }
    if isNonCount(first, hyphenRange: hyphenRange) { return nil }
    var phraseStart = numberEnd
    if count.qualifier == .exact, let after = context.hedge(at: numberEnd, limit: end),
      after.payload.position == .after
    {
      count = CountValue(first.value, after.payload.qualifier)
      phraseStart = after.end
    }
    if first.takesOf, phraseStart < end, context.word(phraseStart)?.date?.preposition == .of {
      phraseStart += 1
    } else if first.value >= 2, isPartOfThingsCounted(at: phraseStart) {
      phraseStart += 2  // "shot down 30 of the missiles"
    }
    var start = index
    if !hedged, index > floor, context.functions(index - 1).contains(.definite) {
      start = index - 1  // "the two proxies"
    }
    return finish(
      count, start: start, countStart: index, countEnd: phraseStart,
      phrase: nounPhrase(at: phraseStart), floor: floor)
  }

  /// Whether "of the" and weapons or people follow `index` ("30 of the missiles", "two of
  /// the soldiers"): a part counted of things already told.
  private func isPartOfThingsCounted(at index: Int) -> Bool {
    guard index + 2 < end, context.word(index)?.date?.preposition == .of,
      context.functions(index + 1).contains(.definite),
      case .unit(let noun, _) = nounPhrase(at: index + 2)
    else { return false }
    return noun.unitClass == .object || noun.unitClass == .person
  }

  /// "one in four": the number after "in" is a ratio's base, no count.
  private func isRatio(before index: Int) -> Bool {
    guard index >= start + 2, context.word(index - 1)?.date?.preposition == .in else {
      return false
    }
    let previous = index - 2
    return context.kind(previous) == .number
      || (context.word(previous)?.number?.isNumeral ?? false)
  }

  /// "dozens of airstrikes", "several diplomats", "dozens were killed".
  private func vagueCount(_ vague: VagueAmount, index: Int, end vagueEnd: Int, floor: Int)
    -> QuantityMatch?
  {
    var phrase = NounPhrase.none
    switch vague.link {
    case .of:
      if vagueEnd + 1 < end, context.word(vagueEnd)?.date?.preposition == .of {
        phrase = nounPhrase(at: vagueEnd + 1)
        if case .none = phrase { return nil }
      }
    case .direct:
      phrase = nounPhrase(at: vagueEnd)
    }
    return finish(
      CountValue(vagueLine: vague.line), start: index, countStart: index, countEnd: vagueEnd,
      phrase: phrase, floor: floor)
  }

  /// Decides unit and role from the noun phrase and the casualty words around the count.
  private func finish(
    _ count: CountValue, start: Int, countStart: Int, countEnd: Int, phrase: NounPhrase,
    floor: Int
  ) -> QuantityMatch? {
    var rule: String
    var source: LexiconSource?
    var unit: String?
    var role: QuantityRole
    var spanStart = start
    var spanEnd: Int
    switch phrase {
    case .nonCount:
      return nil
    case .unit(let noun, let phraseEnd):
      if noun.unitClass == .occurrence {
        // ("several times", "dozens of times": a vague number of occurrences.)
        guard count.value != nil || count.qualifier == .vague, count.qualifier != .range else {
          return nil
        }
        return occurrence(count, start: start, end: phraseEnd)
      }
      (rule, source, unit, role, spanEnd) =
        ("unit-noun", LexiconSource.units(noun.line), noun.lemma, noun.role, phraseEnd)
      if noun.unitClass == .person,
        let trigger = triggerAfter(phraseEnd) ?? triggerTouching(countStart, floor: floor)
          ?? triggerGoverning(countStart)
      {
        role = trigger.trigger.role
      }
    case .guessed(let lemma, let phraseEnd):
      (rule, unit, role, spanEnd) = ("unit-guessed", lemma, .other, phraseEnd)
      // A noun no lexicon knows takes a casualty role from a verb close before it only
      // ("killed three Palestinians"), not from one a clause away ("killed four fighters
      // …, as fire between the two sides intensified").
      let governing = triggerGoverning(countStart).flatMap {
        countStart - $0.end <= Self.guessedGoverningDistance ? $0 : nil
      }
      if let trigger = triggerAfter(phraseEnd) ?? triggerTouching(countStart, floor: floor)
        ?? governing
      {
        role = trigger.trigger.role
      }
    case .none:
      guard
        let trigger = triggerTouching(countStart, floor: floor) ?? triggerAfter(countEnd)
          ?? tollBefore(countStart)
      else { return nil }
      (rule, source, unit, role) =
        (
          "elided-unit", LexiconSource.roles(trigger.trigger.line), trigger.trigger.unit,
          trigger.trigger.role
        )
      spanEnd = countEnd
      if trigger.adjacent {
        // The casualty word is the only evidence of what is counted: "injured 30", "five dead".
        if trigger.end <= countStart { spanStart = trigger.start } else { spanEnd = trigger.end }
      }
    }
    if let line = count.vagueLine {
      rule = "vague-amount"
      source = LexiconSource.vague(line)
    }
    let quantity = Quantity(
      value: count.value, low: count.low, high: count.high, qualifier: count.qualifier,
      unit: unit, role: role)
    return QuantityMatch(
      start: spanStart, end: spanEnd, quantity: quantity, rule: rule, source: source)
  }

  /// "twice", "more than 160 times": a count of occurrences of the attack verb before it.
  private func occurrence(_ count: CountValue, start: Int, end countEnd: Int) -> QuantityMatch? {
    guard endsOccurrence(countEnd), let verb = occurrenceVerb(before: start) else { return nil }
    let quantity = Quantity(
      value: count.value, low: count.low, high: count.high, qualifier: count.qualifier,
      unit: verb.trigger.unit, role: .count)
    return QuantityMatch(
      start: start, end: countEnd, quantity: quantity, rule: "occurrence",
      source: LexiconSource.roles(verb.trigger.line))
  }

  /// Whether an occurrence adverb stands on its own here: at the end, before punctuation, a
  /// preposition, a coordinator, a clause word or a date ("twice in July"); not before an
  /// adverb or comparison ("once again", "twice as many").
  private func endsOccurrence(_ index: Int) -> Bool {
    guard index < end else { return true }
    if context.kind(index) == .punctuation { return true }
    guard let word = context.word(index) else { return false }
    if word.date != nil || word.month != nil { return true }
    return !word.functions.intersection([.preposition, .coordinator, .clause]).isEmpty
  }
}
