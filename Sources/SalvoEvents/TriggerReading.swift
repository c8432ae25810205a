import SalvoModel

/// The grammatical form of a trigger word, read from its surface.
enum TriggerForm: Sendable {
  /// The base form ("strike", "hit").
  case base
  /// Third person present ("strikes").
  case present
  /// Past tense or past participle ("struck", "launched").
  case past
  /// The -ing form ("striking").
  case ing
}

/// A trigger read in its sentence: which lexicon reading applies, and its voice and aspect.
struct TriggerReading: Sendable {
  /// The phrase.
  var match: TriggerMatch
  /// The reading chosen between the lexicon's noun and verb entries.
  ///
  /// Unowned: the configuration's trigger table owns every entry and outlives every reading
  /// (a reading lives within one `EventAssembler.assemble`, whose assembler holds the
  /// configuration), so copying a reading, done many times per sentence, counts no
  /// reference.
  unowned(unsafe) var entry: TriggerEntry
  /// The surface form.
  var form: TriggerForm
  /// A passive auxiliary governs it ("was struck").
  var isPassive: Bool
  /// A perfect auxiliary governs it ("has launched").
  var isPerfect: Bool
  /// An -ing or past participle with no auxiliary, modifying what precedes ("missiles
  /// targeting Israel", ", killing three").
  var isBareParticiple: Bool
  /// The local tokens of its clause.
  var clause: Range<Int>

  var isNoun: Bool { entry.pos == .noun }
  var start: Int { match.start }
  var end: Int { match.end }
}

extension Array where Element == TriggerReading {
  /// The earliest first token of the triggers: `map(\.start).min()` without the array.
  var minStart: Int? {
    guard var result = first?.start else { return nil }
    for reading in self { result = Swift.min(result, reading.start) }
    return result
  }

  /// The earliest end of the triggers: `map(\.end).min()` without the array.
  var minEnd: Int? {
    guard var result = first?.end else { return nil }
    for reading in self { result = Swift.min(result, reading.end) }
    return result
  }

  /// The latest end of the triggers: `map(\.end).max()` without the array.
  var maxEnd: Int? {
    guard var result = first?.end else { return nil }
    for reading in self { result = Swift.max(result, reading.end) }
    return result
  }
}

extension SentenceView {
  /// Reads every trigger of the sentence.
  func readTriggers() -> [TriggerReading] {
    let text = self.text
    let readAll = { (bytes: UnsafeBufferPointer<UInt8>?) in
      var readings: [TriggerReading] = []
      readings.reserveCapacity(triggers.count)
      for match in triggers {
        if let reading = read(match, text: text, bytes: bytes) { readings.append(reading) }
      }
      return readings
    }
    return text.utf8.withContiguousStorageIfAvailable { readAll($0) } ?? readAll(nil)
  }

  /// Reads one trigger; `bytes` are the text's UTF-8, when contiguous.
  private func read(_ match: TriggerMatch, text: String, bytes: UnsafeBufferPointer<UInt8>?)
    -> TriggerReading?
  {
    let range = textRange(match.start..<match.end)
    // Most surfaces are ASCII: read them on bytes rather than building lowercased strings.
    let ascii = bytes.flatMap {
      ASCIISurface(UnsafeBufferPointer(rebasing: $0[range.utf8Start..<range.utf8End]))
    }
    let lowered = ascii == nil ? text.slice(range).lowercased() : ""
    // A local function, not a closure constant: passed on, it allocates no context.
    func formOf(_ lemma: String) -> TriggerForm {
      ascii?.form(lemma: lemma)
        ?? Self.form(
          surface: ascii == nil ? lowered : text.slice(range).lowercased(), lemma: lemma)
    }
    // ("the most seriously wounded": degree adverbs may stand between.) Each word before
    // is lowercased once.
    var before = match.start - 1
    var word = before >= 0 ? text.slice(tokens[before].range).lowercased() : ""
    while before > 0, before >= match.start - 3, Self.isDegreeAdverb(word) {
      before -= 1
      word = text.slice(tokens[before].range).lowercased()
    }
    let afterArticle = Self.articles.contains(word)
    // ('a "self-defense" strike': a quoted modifier before a noun.)
    let afterQuotedWord =
      match.start > 1 && tokens[match.start - 1].kind == .punctuation
      && tokens[match.start - 2].kind == .word
      && Self.closingQuotes.contains(text.slice(tokens[match.start - 1].range))
    guard
      let entry = chooseReading(
        match, endsInS: ascii?.endsInS ?? lowered.hasSuffix("s"), afterArticle: afterArticle,
        afterQuotedWord: afterQuotedWord, formOf: formOf)
    else { return nil }
    let form = formOf(entry.lemma)
    let clause = clause(around: match.start..<match.end)
    var auxiliary = (passive: false, perfect: false)
    if entry.pos == .verb {
      // Auxiliaries sit at most three tokens back ("has also been", "were reportedly").
      for index in stride(
        from: match.start - 1, through: max(clause.lowerBound, match.start - 3), by: -1)
      {
        if hasCue(.passive, startsAt: index) { auxiliary.passive = true }
        if hasCue(.perfect, startsAt: index) { auxiliary.perfect = true }
        if item(at: index) != nil { break }
      }
    }
    // "was hit", "were shot down": a past participle spelled like the base form. "A bulk
    // carrier hit by an uncrewed surface vessel": a participle with its agent right after it
    // is passive with no auxiliary.
    // "… were killed and 62 others injured": a count of the harmed right before a verb of
    // harm is its subject, the auxiliary left out.
    let isPassive =
      (auxiliary.passive
        && (form == .past || (form == .base && hasCue(.passive, endsAt: match.start))))
      || (entry.pos == .verb && !auxiliary.perfect && (form == .past || form == .base)
        && hasCue(.agent, startsAt: match.end))
      || (entry.anchor == .casualty && form == .past && match.start > 0
        && item(at: match.start - 1)?.mention.kind == .quantity)
    // ("Hezbollah began firing rockets": an -ing after a verb of beginning or continuing is
    // the clause's verb.)
    let bare =
      entry.pos == .verb && !auxiliary.passive && !auxiliary.perfect
      && ((form == .ing && !hasCue(.aspect, endsAt: match.start))
        || (form == .past && precededByNounPhrase(match.start)))
    return TriggerReading(
      match: match, entry: entry, form: form, isPassive: isPassive,
      isPerfect: auxiliary.perfect, isBareParticiple: bare, clause: clause)
  }

  /// The articles, after which a word is a noun.
  private static let articles: Set<String> = ["the", "a", "an"]

  /// Whether a word grades the adjective after it ("most", "seriously", "critically").
  private static func isDegreeAdverb(_ word: String) -> Bool {
    ["most", "more", "least", "very"].contains(word) || (word.count > 4 && word.hasSuffix("ly"))
  }

  /// The quotation marks that close a quoted word.
  private static let closingQuotes: Set<Substring> = ["\"", "”", "'", "’"]

  /// The lexicon reading that fits the context: a noun after a determiner, number,
  /// possessive, preposition or name ("the strikes", "Israeli strikes on"); a verb after an
  /// auxiliary, a modal, "to" or a subject followed by an object. `endsInS`: the surface
  /// ends in "s"; `afterArticle`: "the", "a" or "an" comes right before it; `formOf` gives
  /// the surface's form against a lemma; `afterQuotedWord`: a quoted word comes right before
  /// it.
  private func chooseReading(
    _ match: TriggerMatch, endsInS: Bool, afterArticle: Bool, afterQuotedWord: Bool,
    formOf: (String) -> TriggerForm
  ) -> TriggerEntry? {
    let readings = readings(of: match)
    // "Mount Meron", "Operation Strike": a capitalized word inside a sentence that a
    // capitalized word follows is part of a name (a headline capitalizes every word).
    if match.start > 0, match.end < tokens.count, !sentence.isHeadline,
      tokens[match.start].shape.contains(.capitalized),
      tokens[match.end].kind == .word, tokens[match.end].shape.contains(.capitalized)
    {
      return nil
    }
    // "near Hit": a capitalized word a place names, after a preposition, is the place.
    if match.start > 0, !sentence.isHeadline, tokens[match.start].shape.contains(.capitalized),
      item(at: match.start)?.mention.kind == .place, hasCue(.preposition, endsAt: match.start)
    {
      return nil
    }
    if match.start > 0, let covering = item(at: match.start - 1), covering.end > match.start {
      // "A roadside bomb struck": the word ends a mention's name ("roadside bomb", "40 drone
      // strikes"), so it is a noun; a verb-only word there is no trigger.
      return readings.first { $0.pos == .noun }
    }
    let verb = readings.first { $0.pos == .verb }
    guard let noun = readings.first(where: { $0.pos == .noun }) else {
      // A verb-only word used as a noun ("85 targets in seven facilities", "the hit was
      // accurate") is no trigger.
      guard let verb, !afterArticle else { return nil }
      let next = match.end
      let nounLike =
        next >= tokens.count || hasCue(.preposition, startsAt: next)
        || hasCue(.boundary, startsAt: next) || tokens[next].kind == .punctuation
      // A word naming the weapon after a determiner, number or demonym is the weapon ("an
      // Israeli shell hit a house"), not the verb ("Israeli tanks shell villages").
      if item(at: match.start)?.mention.kind == .weapon, match.start > 0,
        hasCue(.definite, endsAt: match.start) || hasCue(.indefinite, endsAt: match.start)
          || tokens[match.start - 1].kind == .number
          || item(at: match.start - 1).map({ [.quantity, .demonym].contains($0.mention.kind) })
            == true
      {
        return nil
      }
      // A past form is never the noun ("two drones launched from Syria"). An adjective
      // between the article and the word leaves it a noun too ("a vital target").
      // (Or inside quotes after it: 'a "vital target"'.)
      let modifier = match.start - 1
      let article =
        modifier > 0 && tokens[modifier - 1].kind == .punctuation ? modifier - 1 : modifier
      let adjectiveAfterArticle =
        match.start > 1 && isPlainModifier(modifier)
        && (hasCue(.definite, endsAt: article) || hasCue(.indefinite, endsAt: article))
      if nounLike, match.start > 0, formOf(verb.lemma) != .past,
        !hasCue(.passive, endsAt: match.start), !hasCue(.perfect, endsAt: match.start),
        item(at: match.start - 1)?.mention.kind != .actor,
        tokens[match.start - 1].kind == .number
          || item(at: match.start - 1)?.mention.kind == .quantity
          || hasCue(.definite, endsAt: match.start)
          || hasCue(.indefinite, endsAt: match.start)
          || adjectiveAfterArticle || endsInS
      {
        return nil
      }
      return verb
    }
    guard let verb else { return noun }
    let before = match.start - 1
    if before < 0 { return noun }
    if hasCue(.definite, endsAt: match.start) || hasCue(.indefinite, endsAt: match.start)
      || tokens[before].kind == .number
    {
      return noun
    }
    if hasCue(.passive, endsAt: match.start) || hasCue(.perfect, endsAt: match.start)
      || hasCue(.hypothetical, endsAt: match.start)
      || hasCue(.negation, endsAt: match.start)
      || hasCue(.anaphor, endsAt: match.start)
    {
      return verb
    }
    if let previous = item(at: before) {
      // Demonyms, counts and possessors modify nouns: "Israeli strikes", "40 attacks",
      // "Friday's attack".
      if previous.mention.kind == .quantity || previous.mention.kind == .demonym
        || isPossessor(previous)
      {
        return noun
      }
      // "Houthi attacks on shipping" vs "Hezbollah attacks Israeli positions".
      let next = match.end
      if next >= tokens.count || hasCue(.preposition, startsAt: next)
        || hasCue(.target, startsAt: next) || hasCue(.boundary, startsAt: next)
        || hasCue(.perfect, startsAt: next) || hasCue(.passive, startsAt: next)
      {
        return noun
      }
      return verb
    }
    // "…, setting depots ablaze and killing at least six people": an -ing form with an
    // object is the verb ("the killing of", "killings in" are nouns).
    let next = match.end
    if formOf(verb.lemma) == .ing, next < tokens.count,
      tokens[next].kind == .number || item(at: next)?.mention.kind == .quantity
        || hasCue(.definite, startsAt: next) || hasCue(.indefinite, startsAt: next)
    {
      return verb
    }
    if hasCue(.preposition, endsAt: match.start) { return noun }
    return tokens[before].kind == .word || afterQuotedWord ? noun : verb
  }

  /// Whether a weapon, or a count of weapons, ends right before `index` (or before a comma
  /// there) with no auxiliary: "rockets fired at the base", "four drones launched from
  /// Yemen", "The missile, fired from Iran, landed". Air defences act rather than being
  /// fired ("air defences shot down some of them").
  private func precededByNounPhrase(_ index: Int) -> Bool {
    let end = index > 1 && hasCue(.comma, startsAt: index - 1) ? index - 1 : index
    guard end > 0, item(at: end - 1) != nil else { return false }
    return items.contains { item in
      guard item.mention.kind == .weapon, item.end == end else { return false }
      guard case .weapon(let weapon) = value(of: item) else { return true }
      return !SentenceAssembler.defenceClasses.contains(weapon.weaponClass)
    }
  }

  /// The trigger form of a surface relative to its lemma.
  static func form(surface: String, lemma: String) -> TriggerForm {
    let word = surface.split(separator: " ").first.map(String.init) ?? surface
    let head = lemma.split(separator: " ").first.map(String.init) ?? lemma
    if word == head { return .base }
    if word.hasSuffix("ing") { return .ing }
    if word == head + "s" || word == head + "es" { return .present }
    // "hostility" → "hostilities".
    if head.hasSuffix("y"), word == head.dropLast() + "ies" { return .present }
    return .past
  }
}
