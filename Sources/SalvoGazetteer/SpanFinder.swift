import SalvoModel

/// A gazetteer alias found in a sentence: the tokens it covers and the entries it may name.
struct Span {
  /// Indices into the document's tokens, first to last (transparent dashes included).
  var tokens: ClosedRange<Int>
  /// The entries whose alias matched these tokens with its case rules.
  var payloads: [AliasPayload]
  /// The sentence it lies in.
  var sentence: Int

  /// Whether any payload is of `kind`.
  func has(_ kind: AliasPayload.Kind) -> Bool { payloads.contains { $0.kind == kind } }

  /// The payloads of `kind`.
  func payloads(_ kind: AliasPayload.Kind) -> [AliasPayload] {
    payloads.filter { $0.kind == kind }
  }
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

  init(gazetteer: Gazetteer, text: String, layer: TextLayer) {
    self.gazetteer = gazetteer
    self.text = text
    self.layer = layer
    keys = MatchKey.keys(of: layer.terms)
    trie = gazetteer.trie
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
  private func longestMatch(from start: Int, in sentence: Range<Int>, sentence index: Int)
    -> Span?
  {
    let firstKey = keys[Int(layer.tokens[start].term.rawValue)]
    guard firstKey != 0, trie.mayStart(with: firstKey),
      var node = trie.child(of: 0, key: firstKey)
    else { return nil }
    var words = [start]
    var best: Span?
    var position = start
    while true {
      let here = trie.payloads(at: node)
      if !here.isEmpty {
        let valid = here.filter { accepts($0, words: words) }
        if !valid.isEmpty {
          best = Span(tokens: start...position, payloads: valid, sentence: index)
        }
      }
      // Advance past transparent tokens to the next word.
      var next = position + 1
      while next < sentence.upperBound && keys[Int(layer.tokens[next].term.rawValue)] == 0 {
        next += 1
      }
      guard next < sentence.upperBound,
        let child = trie.child(of: node, key: keys[Int(layer.tokens[next].term.rawValue)])
      else { break }
      node = child
      position = next
      words.append(next)
    }
    return best
  }

  /// Whether the text's tokens satisfy an alias's case rules.
  private func accepts(_ payload: AliasPayload, words: [Int]) -> Bool {
    if payload.exactSurface >= 0 {
      let expected = gazetteer.exactSurfaces[Int(payload.exactSurface)]
      guard expected.count == words.count else { return false }
      for (surface, index) in zip(expected, words)
      where text.slice(layer.tokens[index].range) != surface {
        return false
      }
      return true
    }
    // The alias's first capitalized word must be capitalized in the text too ("Red Sea" is
    // not "red sea", "Hit" is not "hit"); later words may be lower-cased, as the press
    // often writes "the al-Quds force".
    guard payload.capitalMask != 0 else { return true }
    let position = payload.capitalMask.trailingZeroBitCount
    guard position < words.count else { return false }
    return layer.tokens[words[position]].shape.contains(.capitalized)
  }
}
