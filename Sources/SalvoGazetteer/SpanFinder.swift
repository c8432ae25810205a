import SalvoModel

/// A gazetteer alias found in a sentence: the tokens it covers and the entries it may name.
///
/// Plain values (its payloads are a range of the document's `SpanList.payloads`), so the
/// many copies of it that reading makes cost no reference counting.
struct Span: Sendable {
  /// Indices into the document's tokens, first to last (transparent dashes included).
  var tokens: ClosedRange<Int>
  /// The entries whose alias matched these tokens with its case rules: a range of
  /// `SpanList.payloads`.
  var payloads: Range<Int>
  /// The sentence it lies in.
  var sentence: Int
  /// The kinds of the payloads, bit `kind.rawValue` for each.
  var kinds: UInt16

  /// Whether any payload is of `kind`.
  func has(_ kind: AliasPayload.Kind) -> Bool { kinds & (1 << kind.rawValue) != 0 }
}

/// A document's spans, with the payloads they refer to.
struct SpanList {
  /// Every span, in text order, never overlapping.
  var spans: [Span] = []
  /// The payloads of every span, span after span.
  var payloads: [AliasPayload] = []
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
  func spans() -> SpanList {
    var list = SpanList()
    list.spans.reserveCapacity(layer.tokens.count / 8)
    list.payloads.reserveCapacity(layer.tokens.count / 4)
    for (sentenceIndex, sentence) in layer.sentences.enumerated() {
      var start = sentence.tokens.lowerBound
      while start < sentence.tokens.upperBound {
        // Most tokens start no alias: skip them without a call.
        guard !rootChild[Int(layer.tokens[start].term.rawValue)].isNone,
          let match = longestMatch(from: start, in: sentence.tokens)
        else {
          start += 1
          continue
        }
        // A match that starts inside this one and reaches further wins: "the Golan" gives
        // way to "Golan Heights" in "the Golan Heights".
        if match.last > start,
          let later = longestMatch(from: start + 1, in: sentence.tokens),
          later.last > match.last
        {
          start += 1
          continue
        }
        list.spans.append(span(match, from: start, sentence: sentenceIndex, into: &list.payloads))
        start = match.last + 1
      }
    }
    return list
  }

  /// The longest alias found from a token: the trie node it ends at, its last token and its
  /// number of words.
  private struct Match {
    var node: UInt32
    var last: Int
    var words: Int
  }

  /// The span of a match from token `start`, whose payloads that pass their case rules are
  /// appended to `payloads`.
  private func span(
    _ match: Match, from start: Int, sentence: Int, into payloads: inout [AliasPayload]
  ) -> Span {
    let first = payloads.count
    var kinds: UInt16 = 0
    for slot in trie.payloadSlots(at: match.node) {
      let payload = trie.payloads[slot]
      guard accepts(payload, from: start, words: match.words) else { continue }
      payloads.append(payload)
      kinds |= 1 << payload.kind.rawValue
    }
    return Span(
      tokens: start...match.last, payloads: first..<payloads.count, sentence: sentence,
      kinds: kinds)
  }

  /// The longest alias starting at token `start` whose case rules hold.
  private func longestMatch(from start: Int, in sentence: Range<Int>) -> Match? {
    var link = rootChild[Int(layer.tokens[start].term.rawValue)]
    guard !link.isNone else { return nil }
    // The longest accepted terminal so far. Payloads are gathered once, for the winner only.
    var best: Match?
    var position = start
    var words = 1
    let capitalized = layer.tokens[start].shape.contains(.capitalized)
    while true {
      // Nothing at or below the node matches a lower-case first word.
      if link.needsCapital && !capitalized { break }
      // The link says whether the node ends an alias and whether any goes on: most nodes
      // need neither the payload table nor a child lookup.
      if link.endsAlias
        && trie.payloadSlots(at: link.node).contains(where: {
          accepts(trie.payloads[$0], from: start, words: words)
        })
      {
        best = Match(node: link.node, last: position, words: words)
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
    return best
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
