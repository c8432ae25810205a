import SalvoModel

/// A gazetteer alias found in a sentence: the tokens it covers and the entries it may name.
struct Span {
  /// Indices into the document's tokens, first to last (transparent dashes included).
  var tokens: ClosedRange<Int>
  /// The entries whose alias matched these tokens with its case rules.
  var payloads: ArraySlice<AliasPayload>
  /// The sentence it lies in.
  var sentence: Int

  /// Whether any payload is of `kind`.
  func has(_ kind: AliasPayload.Kind) -> Bool { payloads.contains { $0.kind == kind } }

  /// The first payload of `kind`.
  func first(_ kind: AliasPayload.Kind) -> AliasPayload? { payloads.first { $0.kind == kind } }
}

/// Finds alias spans in a document, leftmost-longest, sentence by sentence.
struct SpanFinder {
  let gazetteer: Gazetteer
  let text: String
  let layer: TextLayer
  /// Match keys by term id; 0 marks a transparent term (a dash).
  let keys: [UInt64]
  /// The gazetteer's trie, held once rather than fetched (and retained) per token.
  let trie: AliasTrie
  /// For each term, the trie node its word leads to from the root (`.none` when no alias
  /// starts with it), looked up once per distinct term rather than once per token.
  let rootChild: [AliasTrie.Link]

  init(gazetteer: Gazetteer, text: String, layer: TextLayer) {
    self.gazetteer = gazetteer
    self.text = text
    self.layer = layer
    let keys = MatchKey.keys(of: layer.terms)
    let trie = gazetteer.trie
    self.keys = keys
    self.trie = trie
    rootChild = keys.map { key in
      key == 0 ? .none : trie.link(of: 0, key: key)
    }
  }

  /// Every span, in text order, never overlapping.
  func spans() -> [Span] {
    var spans: [Span] = []
    for (sentenceIndex, sentence) in layer.sentences.enumerated() {
      var start = sentence.tokens.lowerBound
      while start < sentence.tokens.upperBound {
        guard let span = longestMatch(from: start, in: sentence.tokens, sentence: sentenceIndex)
        else {
          start += 1
          continue
        }
        // A match that starts inside this one and reaches further wins: "the Golan" gives
        // way to "Golan Heights" in "the Golan Heights".
        if span.tokens.count > 1,
          let later = longestMatch(from: start + 1, in: sentence.tokens, sentence: sentenceIndex),
          later.tokens.upperBound > span.tokens.upperBound
        {
          start += 1
          continue
        }
        spans.append(span)
        start = span.tokens.upperBound + 1
      }
    }
    return spans
  }

  /// The longest alias starting at token `start` whose case rules hold.
  private func longestMatch(
    from start: Int, in sentence: Range<Int>, sentence index: Int
  ) -> Span? {
    var link = rootChild[Int(layer.tokens[start].term.rawValue)]
    guard !link.isNone else { return nil }
    // The longest accepted terminal so far: its node, last token and word count. Payloads
    // are filtered into an array once, for the winner only.
    var best: (node: UInt32, position: Int, words: Int)?
    var position = start
    var words = 1
    let capitalized = layer.tokens[start].shape.contains(.capitalized)
    while true {
      // Nothing at or below the node matches a lower-case first word.
      if link.needsCapital && !capitalized { break }
      // The link says whether the node ends an alias and whether any goes on: most nodes
      // need neither the payload table nor a child lookup.
      if link.endsAlias
        && trie.payloads(at: link.node).contains(where: {
          accepts($0, from: start, words: words)
        })
      {
        best = (link.node, position, words)
      }
      guard link.hasChildren else { break }
      // Advance past transparent tokens to the next word.
      var next = position + 1
      while next < sentence.upperBound && keys[Int(layer.tokens[next].term.rawValue)] == 0 {
        next += 1
      }
      guard next < sentence.upperBound else { break }
      let child = trie.link(of: link.node, key: keys[Int(layer.tokens[next].term.rawValue)])
      guard !child.isNone else { break }
      link = child
      position = next
      words += 1
    }
    guard let best else { return nil }
    let all = trie.payloads(at: best.node)
    // Usually every payload passes its case rules: then the span shares the trie's storage.
    let accepted =
      all.allSatisfy { accepts($0, from: start, words: best.words) }
      ? all : all.filter { accepts($0, from: start, words: best.words) }[...]
    return Span(tokens: start...best.position, payloads: accepted, sentence: index)
  }

  /// The token after `token` that is a word, not a transparent dash.
  private func nextWord(after token: Int) -> Int {
    var next = token + 1
    while keys[Int(layer.tokens[next].term.rawValue)] == 0 { next += 1 }
    return next
  }

  /// Whether the `words` words from token `start` satisfy an alias's case rules.
  private func accepts(_ payload: AliasPayload, from start: Int, words: Int) -> Bool {
    if payload.exactSurface >= 0 {
      let expected = gazetteer.exactSurfaces[Int(payload.exactSurface)]
      guard expected.count == words else { return false }
      var token = start
      for (position, surface) in expected.enumerated() {
        if position > 0 { token = nextWord(after: token) }
        guard isWritten(token, as: surface) else { return false }
      }
      return true
    }
    // The alias's first capitalized word must be capitalized in the text too ("Red Sea" is
    // not "red sea", "Hit" is not "hit"); later words may be lower-cased, as the press
    // often writes "the al-Quds force".
    guard payload.capitalMask != 0 else { return true }
    let position = payload.capitalMask.trailingZeroBitCount
    guard position < words else { return false }
    var token = start
    for _ in 0..<position { token = nextWord(after: token) }
    return layer.tokens[token].shape.contains(.capitalized)
  }

  /// Whether a token is written exactly as `surface`, as strings compare. Equal bytes are
  /// equal strings, and ASCII strings are equal only as bytes: only the rest are compared
  /// as strings.
  private func isWritten(_ token: Int, as surface: String) -> Bool {
    let range = layer.tokens[token].range
    let verdict = text.utf8.withContiguousStorageIfAvailable { text -> Bool? in
      let written = UnsafeBufferPointer(rebasing: text[range.utf8Start..<range.utf8End])
      let decided = surface.utf8.withContiguousStorageIfAvailable { surface -> Bool? in
        if written.elementsEqual(surface) { return true }
        let ascii = written.allSatisfy { $0 < 0x80 } && surface.allSatisfy { $0 < 0x80 }
        return ascii ? false : nil
      }
      return decided ?? nil
    }
    return (verdict ?? nil) ?? (text.slice(range) == surface)
  }
}
