import SalvoModel

/// Turns alias spans into mentions: decides each span's reading (place, actor, demonym,
/// weapon, or a part of a phrase), builds region and generic-actor phrases, and resolves
/// ambiguous places from the document's context.
struct Reading {
  let gazetteer: Gazetteer
  let document: Document
  let layer: TextLayer
  let keys: [UInt64]
  let regionalPrior: Set<String>
  /// The gazetteer's place and actor facts, held once rather than fetched per candidate.
  let placeFacts: [PlaceFacts]
  let actorFacts: [ActorFacts]
  /// The payloads the spans refer to (`SpanList.payloads`).
  private(set) var payloads: [AliasPayload] = []
  /// The one-word place names read so far as part of a person's name: the same word is
  /// the person again ("police spokesman Abdifatah Adan Hassan", then "Hassan said").
  private var personNames: Set<TermID> = []

  init(
    gazetteer: Gazetteer, document: Document, layer: TextLayer, keys: [UInt64],
    regionalPrior: Set<String>
  ) {
    self.gazetteer = gazetteer
    self.document = document
    self.layer = layer
    self.keys = keys
    self.regionalPrior = regionalPrior
    placeFacts = gazetteer.placeFacts
    actorFacts = gazetteer.actorFacts
  }

  /// What one span reads as.
  enum Role {
    case place([Int])
    case actor(Int)
    case demonym(Int)
    case weapon(Int)
    case head(Int)
    case cue(Int)
    case modifier
    case direction(Int)
    case locative
    case dropped
  }

  struct Item {
    var span: Span
    var role: Role
    /// Set when a phrase consumed this item.
    var consumed = false
  }

  mutating func mentions(of list: SpanList) -> [Mention] {
    payloads = list.payloads
    var items = list.spans.map { Item(span: $0, role: .dropped) }
    personNames = []
    for index in items.indices {
      items[index].role = role(of: items, at: index)
      if Self.isReadAsName(items[index]), isTownNameWord(items[index].span) {
        personNames.insert(layer.tokens[items[index].span.tokens.lowerBound].term)
      }
    }
    let context = PlaceContext(items: items, gazetteer: gazetteer, regionalPrior: regionalPrior)
    var mentions = regionPhrases(&items, context: context)
    mentions.reserveCapacity(items.count)
    mentions += bareDirections(&items, context: context)
    mentions += ActorPhrases(reading: self).phrases(&items)
    var places: [Int: ResolvedPlace] = [:]
    places.reserveCapacity(items.count)
    for index in items.indices where !items[index].consumed {
      if let mention = simpleMention(items, at: index, context: context, places: &places) {
        mentions.append(mention)
      }
    }
    // Sort positions, not the (large) mentions themselves, then move the mentions into
    // place: a buffer's swap moves them, where copying would retain and release every
    // string.
    let ranges = mentions.map { $0.range }
    var order = ranges.indices.sorted { ranges[$0] < ranges[$1] }
    mentions.withUnsafeMutableBufferPointer { buffer in
      for start in order.indices where order[start] != start {
        var current = start
        while order[current] != start {
          let next = order[current]
          buffer.swapAt(current, next)
          order[current] = current
          current = next
        }
        order[current] = current
      }
    }
    return mentions
  }

  /// The text range a token range covers.
  func range(_ tokens: ClosedRange<Int>) -> TextRange {
    TextRange(
      utf8Start: Int(layer.tokens[tokens.lowerBound].utf8Start),
      utf8End: Int(layer.tokens[tokens.upperBound].utf8End))
  }

  /// Whether item `b` follows item `a` with nothing but dashes between them.
  func adjacent(_ a: Item, _ b: Item) -> Bool {
    guard a.span.sentence == b.span.sentence, a.span.tokens.upperBound < b.span.tokens.lowerBound
    else { return false }
    for index in (a.span.tokens.upperBound + 1)..<b.span.tokens.lowerBound
    where keys[Int(layer.tokens[index].term.rawValue)] != 0 {
      return false
    }
    return true
  }

  // MARK: - Roles

  /// Actor types that give way to a place after a locative ("in Al Mayadeen"); read once
  /// per actor into `ActorFacts.isInstitutional`.
  static let institutional: Set<String> = ["media", "think_tank", "ngo", "government", "igo"]

  /// Whether a place span was read as nothing: `isPersonName` made it part of a name.
  private static func isReadAsName(_ item: Item) -> Bool {
    guard item.span.has(.place), case .dropped = item.role else { return false }
    return true
  }

  /// Whether a span is one word that names towns only: a word of a person's name is
  /// remembered for the article only then ("U.S. Defense Secretary Lloyd Austin" makes no
  /// person of "U.S.").
  private func isTownNameWord(_ span: Span) -> Bool {
    guard span.tokens.count == 1, span.has(.place) else { return false }
    var any = false
    for slot in span.payloads where payloads[slot].kind == .place {
      guard placeFacts[Int(payloads[slot].index)].isCity else { return false }
      any = true
    }
    return any
  }

  private func role(of items: [Item], at index: Int) -> Role {
    let span = items[index].span
    // The trie keeps a node's payloads sorted by kind, then index: equal places are
    // neighbours. Payloads are read by position in `payloads`, not through a slice or
    // closure, which would retain and release storage per read.
    var places: [Int] = []
    if span.has(.place) {
      for slot in span.payloads where payloads[slot].kind == .place {
        let place = Int(payloads[slot].index)
        if places.last != place { places.append(place) }
      }
    }
    // "a Malian army convoy": a nationality word is the demonym, not a town spelled like it
    // (Malyan in Iran), unless a locative governs it ("in Malian").
    if !places.isEmpty, span.has(.demonym), !followsLocative(items, index),
      places.allSatisfy({ !placeFacts[$0].isCountry }), let demonym = first(.demonym, in: span)
    {
      return .demonym(demonym)
    }
    if !places.isEmpty {
      // Every actor reading is the state of one of the places.
      let onlyStates = everyActor(of: span) { actor in
        actor.isState && places.contains { placeFacts[$0].countryCode == actor.countryCode }
      }
      // An outlet or institute named like a town ("Al Mayadeen") is the town after "in".
      if onlyStates
        || (followsLocative(items, index) && everyActor(of: span) { $0.isInstitutional })
      {
        return isPersonName(items, index, places: places) ? .dropped : .place(places)
      }
    }
    if let actor = first(.actor, in: span) { return .actor(actor) }
    if let demonym = first(.demonym, in: span) { return .demonym(demonym) }
    if let head = first(.genericHead, in: span) { return .head(head) }
    if let weapon = first(.weapon, in: span) { return .weapon(weapon) }
    if let cue = first(.sponsorCue, in: span) { return .cue(cue) }
    if let direction = first(.direction, in: span) { return .direction(direction) }
    if span.has(.modifier) { return .modifier }
    if span.has(.locative) { return .locative }
    return .dropped
  }

  /// The entry index of a span's first payload of `kind`.
  func first(_ kind: AliasPayload.Kind, in span: Span) -> Int? {
    guard span.has(kind) else { return nil }
    for slot in span.payloads where payloads[slot].kind == kind {
      return Int(payloads[slot].index)
    }
    return nil
  }

  /// The places a span calls by their own name, not by another of their names.
  func namedPlaces(in span: Span) -> [Int] {
    var named: [Int] = []
    for slot in span.payloads where payloads[slot].kind == .place && payloads[slot].isName {
      named.append(Int(payloads[slot].index))
    }
    return named
  }

  /// Whether every actor a span may name passes `test` (true when it names none).
  private func everyActor(of span: Span, _ test: (ActorFacts) -> Bool) -> Bool {
    guard span.has(.actor) else { return true }
    for slot in span.payloads where payloads[slot].kind == .actor {
      guard test(actorFacts[Int(payloads[slot].index)]) else { return false }
    }
    return true
  }

  private func followsLocative(_ items: [Item], _ index: Int) -> Bool {
    guard index > 0, adjacent(items[index - 1], items[index]) else { return false }
    return items[index - 1].span.has(.locative)
  }

  /// The prefixes of ships' names: "the USS Carney", "MV Galaxy Leader", "MSC Aurora".
  private static let shipPrefixes: Set<String> = [
    "USS", "HMS", "INS", "HMCS", "HMAS", "FS", "ITS", "HNLMS", "MV", "MT", "SS", "MSC",
  ]

  /// The nouns that a ship's name follows: "the container ship Aurora", "the tanker Sounion".
  private static let shipNouns: Set<String> = [
    "ship", "vessel", "tanker", "carrier", "freighter", "bulker", "ferry", "containership",
  ]

  /// A one-word place name next to an unknown capitalized word, or to a word of a name, is
  /// part of a person's name ("Kamala Harris", "Hassan Nasrallah", "Abdifatah Adan Hassan"),
  /// and so is a town's name right before another town's ("survivor Hassan Farah"), or one
  /// the article already used in a name, unless a locative governs it; one after a ship
  /// prefix is a ship's ("USS Carney"): not a place.
  private func isPersonName(_ items: [Item], _ index: Int, places: [Int]) -> Bool {
    let span = items[index].span
    guard span.tokens.count == 1,
      places.allSatisfy({ !placeFacts[$0].isBroad })
    else { return false }
    let sentence = layer.sentences[span.sentence]
    let position = span.tokens.lowerBound
    if followsShipPrefix(position, in: sentence) { return true }
    guard !sentence.isHeadline else { return false }
    if personNames.contains(layer.tokens[position].term), !followsLocative(items, index) {
      return true
    }
    if index > 0, items[index - 1].span.tokens.upperBound == position - 1,
      Self.isReadAsName(items[index - 1])
    {
      return true
    }
    if index + 1 < items.count, items[index + 1].span.tokens == (position + 1)...(position + 1),
      items[index + 1].span.has(.place), layer.tokens[position + 1].shape.contains(.capitalized),
      isTownNameWord(span)
    {
      return true
    }
    func isUnknownName(_ token: Int) -> Bool {
      guard sentence.tokens.contains(token) else { return false }
      let candidate = layer.tokens[token]
      guard candidate.kind == .word, candidate.shape.contains(.capitalized),
        !candidate.shape.contains(.allUppercase), !opensClause(token)
      else { return false }
      // Spans are in text order: only a neighbour can hold the token.
      return !(index > 0 && items[index - 1].span.tokens.contains(token))
        && !(index + 1 < items.count && items[index + 1].span.tokens.contains(token))
    }
    // "Ruwaisat al-Alam": the article joins the place to the word before it.
    let previous = position - articleLength(before: position, in: sentence)
    let before = previous - 1 > sentence.tokens.lowerBound && isUnknownName(previous - 1)
    return before || isUnknownName(position + 1)
  }

  /// The tokens of an Arabic article and its hyphen right before `position` ("al-", "el-",
  /// "ash-"), which bind the name to the word before them; 0 when there is none.
  private func articleLength(before position: Int, in sentence: Sentence) -> Int {
    guard position - 2 > sentence.tokens.lowerBound,
      document.text.slice(layer.tokens[position - 1].range) == "-"
    else { return 0 }
    let article = layer.tokens[position - 2]
    guard !article.shape.contains(.capitalized) else { return 0 }
    return Self.arabicArticles.contains(String(document.text.slice(article.range))) ? 2 : 0
  }

  /// The Arabic definite article and its sun-letter forms, as news transliterates them.
  private static let arabicArticles: Set<String> = [
    "al", "el", "ad", "ed", "ash", "esh", "as", "es", "at", "et", "az", "ez", "an", "en", "ar",
    "er", "adh", "ath",
  ]

  /// Whether a ship prefix or a ship noun stands before `position`, over at most two
  /// capitalized words of the name: "USS Carney", "MV Marlin Luanda", "the tanker Sounion".
  private func followsShipPrefix(_ position: Int, in sentence: Sentence) -> Bool {
    var index = position - 1
    while index >= sentence.tokens.lowerBound, index >= position - 3 {
      let token = layer.tokens[index]
      guard token.kind == .word else { return false }
      let word = String(document.text.slice(token.range))
      // (A headline capitalizes its prepositions: "a Naval Vessel Near Yarmouk".)
      guard token.shape.contains(.capitalized) else {
        return !sentence.isHeadline && Self.shipNouns.contains(word)
      }
      if Self.shipPrefixes.contains(word) { return true }
      index -= 1
    }
    return false
  }

  /// The punctuation after which a word is capitalized for opening a clause, not for being
  /// a name: "BAGHDAD — The U.S. military said", "He said: A U.S. strike…".
  private static let clauseOpeners: Set<String> = ["—", "–", "-", "--", ":", "\"", "“", "("]

  /// Whether the token right before `token` opens a clause (see `clauseOpeners`).
  private func opensClause(_ token: Int) -> Bool {
    guard token > 0, layer.tokens[token - 1].kind == .punctuation else { return false }
    return Self.clauseOpeners.contains(String(document.text.slice(layer.tokens[token - 1].range)))
  }
}
