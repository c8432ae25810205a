import SalvoModel

/// Splits blocks into sentences: UAX #29 sentence boundaries (from `ASCIISentenceScanner` or
/// ICU), corrected for English abbreviations, initials, ellipses inside a sentence, and soft
/// line wraps.
struct SentenceSplitter {
  let bytes: UnsafeBufferPointer<UInt8>
  let configuration: TextConfiguration
  var sentences: [Sentence] = []

  init(bytes: UnsafeBufferPointer<UInt8>, configuration: TextConfiguration) {
    self.bytes = bytes
    self.configuration = configuration
    // News sentences run to well over a hundred bytes: room for them all, grown rarely.
    sentences.reserveCapacity(bytes.count / 100)
  }

  /// Appends the sentences of one block, whose tokens are `tokens[blockTokens]`, given
  /// the sentence-break candidates inside it (from `ASCIISentenceScanner` or ICU).
  mutating func split(
    _ block: TextRange, tokens: ContiguousArray<Token>, in blockTokens: Range<Int>,
    candidates inside: [Int], isHeadline: Bool
  ) {
    var tokenIndex = blockTokens.lowerBound
    // The candidates, then the block's end, which always ends a sentence.
    for candidate in 0...inside.count {
      let boundary = candidate < inside.count ? inside[candidate] : block.utf8End
      let isBlockEnd = boundary >= block.utf8End
      if !isBlockEnd {
        guard endsSentence(at: boundary, tokens: tokens, in: blockTokens) else { continue }
      }
      let firstToken = tokenIndex
      while tokenIndex < blockTokens.upperBound && Int(tokens[tokenIndex].utf8Start) < boundary {
        tokenIndex += 1
      }
      if firstToken < tokenIndex {
        let range = TextRange(
          utf8Start: Int(tokens[firstToken].utf8Start),
          utf8End: Int(tokens[tokenIndex - 1].utf8End))
        sentences.append(
          Sentence(range: range, tokens: firstToken..<tokenIndex, isHeadline: isHeadline))
      }
    }
  }

  /// Whether an ICU boundary inside a block really ends a sentence.
  private func endsSentence(at boundary: Int, tokens: ContiguousArray<Token>, in span: Range<Int>)
    -> Bool
  {
    guard let next = firstToken(atOrAfter: boundary, tokens: tokens, in: span) else { return true }
    guard let terminator = terminator(before: boundary) else {
      return false  // ICU broke at a soft line wrap, not after sentence punctuation
    }
    guard bytes[terminator] == UInt8(ascii: ".") else { return true }
    if isInnerEllipsis(endingAt: terminator) { return false }
    let nextToken = tokens[next]
    if nextToken.kind == .word && !nextToken.shape.contains(.capitalized)
      && nextToken.shape.contains(.hasLetter)
    {
      return false  // a lower-case continuation is never a new sentence
    }
    guard let last = token(endingAt: terminator + 1, tokens: tokens, in: span) else { return true }
    let token = tokens[last]
    guard token.utf8End - token.utf8Start > 1, token.kind == .word else { return true }
    let surface = bytes[Int(token.utf8Start)..<Int(token.utf8End)]
    let folded = TermFolder.asciiFolded(surface)
    if configuration.abbreviations[folded] != nil,
      opensAside(at: next, tokens: tokens, in: span)
    {
      return false  // "at 4:30 a.m. (0230 GMT), and": the time's gloss, not a new sentence
    }
    let startsSentence = startsSentence(nextToken)
    switch configuration.abbreviations[folded] {
    case .title?:
      return false
    case .month?:
      return nextToken.kind != .number && startsSentence
    case .ambiguous?:
      return startsSentence
    case .terminal?:
      return startsSentence || (nextToken.kind == .word && !nextToken.shape.contains(.allUppercase))
    case nil:
      let word = surface.dropLast()
      return Tokenizer.isInitialism(word) ? startsSentence : true
    }
  }

  /// Whether the token at `index` opens a parenthesis whose first token is a number or a
  /// lower-case word: an aside, which no sentence starts with.
  private func opensAside(at index: Int, tokens: ContiguousArray<Token>, in span: Range<Int>)
    -> Bool
  {
    let token = tokens[index]
    guard index + 1 < span.upperBound, token.utf8End - token.utf8Start == 1,
      bytes[Int(token.utf8Start)] == UInt8(ascii: "(")
    else { return false }
    let inside = tokens[index + 1]
    if inside.kind == .number
      || (inside.kind == .word && !inside.shape.contains(.capitalized)
        && inside.shape.contains(.hasLetter))
    {
      return true
    }
    // "between 3:15 p.m. and 8 p.m. (Sanaa time), U.S. forces": a short parenthesis that a
    // comma or a lower-case word follows continues the sentence.
    var close = index + 1
    while close < min(span.upperBound, index + 7), !isByte(")", tokens[close]) { close += 1 }
    guard close + 1 < span.upperBound, close < index + 7, isByte(")", tokens[close]) else {
      return false
    }
    let after = tokens[close + 1]
    return isByte(",", after) || isByte(";", after)
      || (after.kind == .word && !after.shape.contains(.capitalized)
        && after.shape.contains(.hasLetter))
  }

  /// Whether a token is the one ASCII character given.
  private func isByte(_ character: Unicode.Scalar, _ token: Token) -> Bool {
    token.utf8End - token.utf8Start == 1 && bytes[Int(token.utf8Start)] == UInt8(ascii: character)
  }

  /// Whether a token is a word that usually opens a sentence (`The`, `He`, `But`).
  private func startsSentence(_ token: Token) -> Bool {
    guard token.kind == .word else { return token.kind == .punctuation }
    let surface = bytes[Int(token.utf8Start)..<Int(token.utf8End)]
    let folded = TermFolder.asciiFolded(surface)
    return configuration.sentenceStarters.contains(folded)
  }

  /// The offset of the terminal `.`, `!`, `?` or `…` before a boundary, skipping white
  /// space and closing quotes or brackets; nil when the text before ends otherwise.
  private func terminator(before boundary: Int) -> Int? {
    var index = boundary - 1
    while index >= 0 {
      let byte = bytes[index]
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"),
        UInt8(ascii: "]"):
        index -= 1
        continue
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
        return index
      default:
        break
      }
      // Multi-byte closers (” ’ » \u{A0}) and terminators (… 。): inspect the scalar.
      var start = index
      while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let scalar = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start...index]), as: UTF8.self
      )
      .unicodeScalars.first
      switch scalar?.value {
      case 0x201D, 0x2019, 0x00BB, 0x00A0, 0x203A:
        index = start - 1
      case 0x2026, 0x3002, 0xFF01, 0xFF1F:
        return index
      default:
        return nil
      }
    }
    return nil
  }

  /// Whether the dot at `dot` ends an ellipsis (`...` or `. . .`) that follows a comma,
  /// semicolon or colon, as in "Since November, . . . militias have".
  private func isInnerEllipsis(endingAt dot: Int) -> Bool {
    var index = dot
    var dots = 0
    while index >= 0 && (bytes[index] == UInt8(ascii: ".") || bytes[index] == 0x20) {
      if bytes[index] == UInt8(ascii: ".") { dots += 1 }
      index -= 1
    }
    guard dots >= 3, index >= 0 else { return false }
    return [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[index])
  }

  private func firstToken(
    atOrAfter offset: Int, tokens: ContiguousArray<Token>, in span: Range<Int>
  )
    -> Int?
  {
    var low = span.lowerBound
    var high = span.upperBound
    while low < high {
      let mid = (low + high) / 2
      if Int(tokens[mid].utf8Start) < offset { low = mid + 1 } else { high = mid }
    }
    return low < span.upperBound ? low : nil
  }

  private func token(endingAt offset: Int, tokens: ContiguousArray<Token>, in span: Range<Int>)
    -> Int?
  {
    guard let after = firstToken(atOrAfter: offset, tokens: tokens, in: span) else {
      let last = span.upperBound - 1
      return last >= span.lowerBound && Int(tokens[last].utf8End) == offset ? last : nil
    }
    let candidate = after - 1
    guard candidate >= span.lowerBound, Int(tokens[candidate].utf8End) == offset else { return nil }
    return candidate
  }
}
