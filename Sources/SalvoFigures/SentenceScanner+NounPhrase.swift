import SalvoModel

/// What follows a number: the counted noun, nothing, or a word that makes it no count.
enum NounPhrase {
  /// A unit noun from `units.tsv`; `end` is just past the noun phrase.
  case unit(UnitNoun, end: Int)
  /// A plural noun no lexicon knows, with a guessed singular ("settlements" → settlement).
  case guessed(lemma: String, end: Int)
  /// A period of time, a measure, money, a clock time or a compound adjective
  /// ("12-year-old", "155-mm"): the number is no count.
  case nonCount
  /// No noun: the count's unit is elided ("injured 30").
  case none
}

extension SentenceScanner {
  /// The most modifiers a counted noun phrase may have before its head.
  static let maximumModifiers = 4

  /// The noun phrase a count counts, starting right after the number.
  ///
  /// The head is the first unit noun after at most `maximumModifiers` modifiers (words that
  /// are not function, date or trigger words: "three US service personnel", "several
  /// long-serving diplomats"); it extends over compounds ("militia members") and over
  /// coordinated modifiers that share a head ("missile, drone, and rocket strikes").
  func nounPhrase(at index: Int) -> NounPhrase {
    guard index < end else { return .none }
    if isCompoundAdjective(at: index) { return .nonCount }
    var position = index
    var modifiers = 0
    var plural: Int?
    while position < end, modifiers <= Self.maximumModifiers {
      if let unit = context.unit(at: position, limit: end) {
        guard unit.payload.unitClass.isCount else { return .nonCount }
        return extend(unit.payload, end: unit.end)
      }
      if context.word(position)?.date?.period != nil {
        return modifiers == 0 ? .nonCount : .none
      }
      let postNumber =
        modifiers == 0 && position == index
        && context.functions(position).contains(.postNumber)
      guard postNumber || isModifier(position) else { break }
      if looksPlural(position) {
        // The last of a run of plural-looking words: "news outlets" → outlets; the run ends
        // at the first other word ("villagers fled homes" → villagers).
        if plural == nil || plural == position - 1 { plural = position }
      } else if plural != nil {
        break
      }
      modifiers += 1
      position += 1
      if position + 1 < end, context.isHyphen(position), context.glued(position - 1, position),
        context.glued(position, position + 1), context.isWord(position + 1)
      {
        position += 1  // "long-serving", "mid-level"
      }
    }
    if let plural { return .guessed(lemma: singular(plural), end: plural + 1) }
    return .none
  }

  /// A hyphen glued between the number and a word: "12-year-old", "two-week", "155-mm".
  private func isCompoundAdjective(at index: Int) -> Bool {
    index > start && index + 1 < end && context.isHyphen(index) && context.glued(index - 1, index)
      && context.glued(index, index + 1) && context.isWord(index + 1)
  }

  /// Extends a head over compounds and coordinated modifiers that share a later head.
  private func extend(_ head: UnitNoun, end headEnd: Int) -> NounPhrase {
    var head = head
    var headEnd = headEnd
    while headEnd < end {
      if let next = context.unit(at: headEnd, limit: end), next.payload.unitClass.isCount,
        !endsPlural(headEnd - 1) || endsPlural(next.end - 1)
      {
        // A compound: "militia members", "drone attacks", "Lebanese soldiers"; a plural is
        // not followed by a singular head ("two strikes hit the market").
        head = next.payload
        headEnd = next.end
        continue
      }
      guard let shared = sharedHead(after: headEnd) else { break }
      head = shared.payload
      headEnd = shared.end
    }
    // A plural unit noun before a plural noun no lexicon knows modifies it: "weapons depots".
    if headEnd < end, looksPlural(headEnd), endsPlural(headEnd - 1) {
      return .guessed(lemma: singular(headEnd), end: headEnd + 1)
    }
    return .unit(head, end: headEnd)
  }

  /// After a unit noun used as a modifier, coordinated modifiers and the head they share:
  /// ", drone, and rocket strikes" → `strikes`.
  private func sharedHead(after index: Int) -> (payload: UnitNoun, end: Int)? {
    var position = index
    while position < end {
      guard context.functions(position).contains(.coordinator) else { return nil }
      while position < end, context.functions(position).contains(.coordinator) {
        position += 1
      }
      let modifierStart = position
      guard let modifier = context.unit(at: position, limit: end),
        modifier.payload.unitClass.isCount
      else { return nil }
      position = modifier.end
      if let head = context.unit(at: position, limit: end), head.payload.unitClass.isCount {
        return head
      }
      if modifier.end - modifierStart > 1 {
        return (modifier.payload, modifier.end)  // "rocket and mortar shells"
      }
    }
    return nil
  }

  /// A word that may stand between a number and its noun.
  private func isModifier(_ index: Int) -> Bool {
    guard context.isWord(index) else { return false }
    guard let word = context.word(index) else { return true }
    if !word.functions.intersection(FunctionClasses.phraseEnd).isEmpty { return false }
    if word.date != nil || word.month != nil || word.number != nil { return false }
    if word.starts.contains(.trigger) || word.starts.contains(.hedge) { return false }
    return true
  }

  /// Whether a word ends in "s", as English plurals do.
  private func endsPlural(_ index: Int) -> Bool { context.term(index).hasSuffix("s") }

  /// A lower-case word no lexicon knows that ends in a plural "s" ("settlements").
  private func looksPlural(_ index: Int) -> Bool {
    guard context.word(index) == nil, !context.isCapitalized(index),
      !context.tokens[index].shape.contains(.hasDigit)
    else { return false }
    let bytes = context.term(index).utf8
    guard bytes.count >= 4, bytes.last == UInt8(ascii: "s") else { return false }
    let penultimate = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
    return penultimate != UInt8(ascii: "s") && penultimate != UInt8(ascii: "u")
      && penultimate != UInt8(ascii: "i") && penultimate != UInt8(ascii: "'")
  }

  /// A plural's singular by the regular English endings: -ies → -y, -ches/-shes/-xes →
  /// drop -es, else drop -s.
  private func singular(_ index: Int) -> String {
    let term = context.term(index)
    if term.hasSuffix("ies") { return String(term.dropLast(3)) + "y" }
    for ending in ["ches", "shes", "xes", "sses"] where term.hasSuffix(ending) {
      return String(term.dropLast(2))
    }
    return String(term.dropLast())
  }
}
