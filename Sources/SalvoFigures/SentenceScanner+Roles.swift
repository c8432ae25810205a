import SalvoModel

/// A role trigger found around a count, and where it stands.
struct TriggerMatch {
  var trigger: RoleTrigger
  var start: Int
  var end: Int
  /// Whether it touches the count (nothing between), so it joins an elided count's span.
  var adjacent: Bool
}

extension SentenceScanner {
  /// The most tokens a casualty verb may stand before the count of people it governs.
  static let governingDistance = 24
  /// The most tokens between a casualty verb and the count of a noun no lexicon knows.
  static let guessedGoverningDistance = 6
  /// The most tokens a "death toll" may stand before its number: its noun phrase may be
  /// long ("the number of people killed by Tuesday's strike on the institute in Poltava has
  /// risen to 54").
  static let tollDistance = 20
  /// The most tokens an attack verb may stand before "twice" or "N times".
  static let occurrenceDistance = 14

  /// A participle or adjective after a count: "were killed", "left five dead", "12 wounded".
  ///
  /// A coordinated count between them is skipped ("three soldiers and two civilians were
  /// killed"); a count or determiner right after the trigger makes it an active verb whose
  /// subject is the count ("three militants killed two soldiers"), which is no role.
  func triggerAfter(_ index: Int) -> TriggerMatch? {
    var position = skipAppositive(at: skipCoordinatedCount(at: index))
    var skipped = 0
    while position < end, skipped < 6,
      !context.functions(position).intersection([.auxiliary, .adverb]).isEmpty,
      context.trigger(.after, at: position, limit: end) == nil
    {
      position += 1
      skipped += 1
    }
    guard let found = context.trigger(.after, at: position, limit: end) else { return nil }
    if skipped == 0, found.end < end {
      let next = found.end
      let nextWord = context.word(next)
      let isNumberWord = nextWord?.number?.isNumeral ?? false
      if context.kind(next) == .number || isNumberWord
        || nextWord?.functions.contains(.determiner) == true
      {
        return nil
      }
    }
    return TriggerMatch(
      trigger: found.payload, start: position, end: found.end, adjacent: position == index)
  }

  /// ", among them two children," after a count: the position after the closing comma,
  /// else `index`. The aside holds no role word of its own ("five people, two of them
  /// killed, …" is not skipped).
  private func skipAppositive(at index: Int) -> Int {
    guard index < end, context.isComma(index) else { return index }
    let reach = min(end, index + 9)
    guard
      let closing = (index + 2..<max(index + 2, reach)).first(where: { context.isComma($0) }),
      !(index + 1..<closing).contains(where: { context.trigger(.after, at: $0, limit: end) != nil })
    else { return index }
    return closing + 1
  }

  /// "and two civilians" after a count, or a noun the count shares ("Twelve children and
  /// teenagers"): the position after it, else `index`.
  private func skipCoordinatedCount(at index: Int) -> Int {
    guard index + 1 < end, context.functions(index).contains(.coordinator) else { return index }
    var position = index + 1
    if let hedge = context.hedge(at: position, limit: end), hedge.payload.position == .before {
      position = hedge.end
    }
    guard let number = number(at: position), number.form != .times else {
      if case .unit(_, let phraseEnd) = nounPhrase(at: index + 1) { return phraseEnd }
      return index
    }
    switch nounPhrase(at: number.end) {
    case .unit(_, let phraseEnd), .guessed(_, let phraseEnd): return phraseEnd
    case .none: return number.end
    case .nonCount: return index
    }
  }

  /// A trigger that ends right where the count starts: "injured 30", "killing at least 12".
  func triggerTouching(_ index: Int, floor: Int) -> TriggerMatch? {
    guard
      let found = context.phrase(
        endingAt: index, from: max(floor, index - 4),
        { context.trigger(.before, at: $0, limit: $1) })
    else { return nil }
    return TriggerMatch(trigger: found.payload, start: found.start, end: index, adjacent: true)
  }

  /// The casualty verb or noun that governs a count of people further on in its clause:
  /// "killed a senior commander, his deputy and several diplomats", "the deaths of three
  /// soldiers". The search stops at a clause word, a boundary mark, or a lower-case word
  /// that looks like another verb ("-ed", "-ing").
  func triggerGoverning(_ index: Int) -> TriggerMatch? {
    var position = index - 1
    let limit = max(start, index - Self.governingDistance)
    while position >= limit {
      if let found = context.trigger(.before, at: position, limit: index) {
        return widest(found, at: position, before: index)
      }
      if breaksClause(position) { return nil }
      position -= 1
    }
    return nil
  }

  /// A longer trigger starting a little earlier that covers the one found ("killed or
  /// injured" rather than "injured").
  private func widest(
    _ found: (payload: RoleTrigger, end: Int), at position: Int, before index: Int
  )
    -> TriggerMatch
  {
    var best = TriggerMatch(
      trigger: found.payload, start: position, end: found.end, adjacent: found.end == index)
    for earlier in stride(from: position - 1, through: max(start, position - 2), by: -1) {
      if let wider = context.trigger(.before, at: earlier, limit: index), wider.end >= found.end {
        best = TriggerMatch(
          trigger: wider.payload, start: earlier, end: wider.end, adjacent: wider.end == index)
      }
    }
    return best
  }

  /// A "death toll" a few words before a number with no noun: "the death toll rose to 12".
  func tollBefore(_ index: Int) -> TriggerMatch? {
    search(.toll, before: index, distance: Self.tollDistance, verbsBreak: false)
  }

  /// The attack verb whose occurrences "twice" or "three times" count.
  func occurrenceVerb(before index: Int) -> TriggerMatch? {
    search(.occurrence, before: index, distance: Self.occurrenceDistance, verbsBreak: true)
  }

  /// The nearest trigger of a position before `index` in its clause.
  ///
  /// - Parameter verbsBreak: whether a word that looks like another verb ends the clause
  ///   (not for a toll, whose verb stands between: "the toll … climbed to 47").
  private func search(
    _ position: TriggerPosition, before index: Int, distance: Int, verbsBreak: Bool
  ) -> TriggerMatch? {
    var cursor = index - 1
    while cursor >= max(start, index - distance) {
      if let found = context.trigger(position, at: cursor, limit: index) {
        return TriggerMatch(
          trigger: found.payload, start: cursor, end: found.end, adjacent: found.end == index)
      }
      if breaksClause(cursor, verbsBreak: verbsBreak) { return nil }
      cursor -= 1
    }
    return nil
  }

  /// Whether a token ends the reach of a trigger before it.
  private func breaksClause(_ index: Int, verbsBreak: Bool = true) -> Bool {
    let functions = context.functions(index)
    if !functions.intersection([.clause, .boundary]).isEmpty { return true }
    guard verbsBreak, context.isWord(index), !context.isCapitalized(index),
      context.word(index) == nil
    else {
      return false
    }
    let term = context.term(index)
    return term.hasSuffix("ed") || term.hasSuffix("ing")
  }
}
