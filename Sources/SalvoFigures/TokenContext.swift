import SalvoModel

/// One document's tokens with the figures lexicons looked up once per distinct term.
///
/// Every lookup the scanners make goes through here: `word(at:)` is an array read, and the
/// phrase tables are consulted only for tokens whose word is flagged as starting a form.
struct TokenContext {
  let tokens: ContiguousArray<Token>
  let terms: TermTable
  let vocabulary: Vocabulary
  /// For each term, its index in `vocabulary.words`, or -1.
  private let wordIndex: [Int32]
  /// For each term, what a scan may find starting at it: one byte per term, so the scan
  /// loop reads a small array instead of a word record per token.
  private let scanByTerm: [ScanStarts]

  init(layer: TextLayer, vocabulary: Vocabulary) {
    tokens = layer.tokens
    terms = layer.terms
    self.vocabulary = vocabulary
    let wordIndex = layer.terms.fingerprints.map { fingerprint in
      vocabulary.find(fingerprint).map { Int32($0) } ?? -1
    }
    self.wordIndex = wordIndex
    scanByTerm = wordIndex.map { $0 < 0 ? [] : vocabulary.words[Int($0)].scan }
  }

  // MARK: Tokens

  /// What a scan may find starting at a token (numbers may start both).
  @inline(__always)
  func scanStarts(_ index: Int) -> ScanStarts {
    if tokens[index].kind == .number { return [.date, .quantity] }
    return scanByTerm[Int(tokens[index].term.rawValue)]
  }

  /// The lexicon facts of a token's word, if any.
  @inline(__always)
  func word(_ index: Int) -> WordInfo? {
    let found = wordIndex[Int(tokens[index].term.rawValue)]
    return found < 0 ? nil : vocabulary.words[Int(found)]
  }

  /// The function-word classes of a token.
  @inline(__always)
  func functions(_ index: Int) -> FunctionClasses { word(index)?.functions ?? [] }

  /// The token's folded term.
  func term(_ index: Int) -> String { terms[tokens[index].term] }

  /// The token's term fingerprint.
  @inline(__always)
  func fingerprint(_ index: Int) -> UInt64 { terms.fingerprint(of: tokens[index].term) }

  @inline(__always)
  func kind(_ index: Int) -> TokenKind { tokens[index].kind }

  /// Whether the token's first letter is upper-case.
  @inline(__always)
  func isCapitalized(_ index: Int) -> Bool { tokens[index].shape.contains(.capitalized) }

  /// Whether token `second` starts exactly where token `first` ends (no space between).
  @inline(__always)
  func glued(_ first: Int, _ second: Int) -> Bool {
    tokens[first].utf8End == tokens[second].utf8Start
  }

  /// Whether the token is the hyphen (or a dash, which folds to it).
  @inline(__always)
  func isHyphen(_ index: Int) -> Bool { fingerprint(index) == Self.hyphen }

  /// Whether the token is a comma.
  @inline(__always)
  func isComma(_ index: Int) -> Bool { fingerprint(index) == Self.comma }

  /// Whether the token is a word whose first byte is a letter.
  @inline(__always)
  func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

  static let hyphen = TermFingerprint.of("-")
  static let comma = TermFingerprint.of(",")

  // MARK: Phrases

  /// The longest form of `table` that starts at `index` and ends by `limit`.
  func match<P>(_ table: PhraseTable<P>, at index: Int, limit: Int) -> (payload: P, end: Int)? {
    guard index < limit, let phrases = table.phrases(startingWith: fingerprint(index)) else {
      return nil
    }
    for phrase in phrases where index + phrase.fingerprints.count <= limit {
      var matches = true
      for offset in 1..<phrase.fingerprints.count
      where fingerprint(index + offset) != phrase.fingerprints[offset] {
        matches = false
        break
      }
      if matches { return (phrase.payload, index + phrase.fingerprints.count) }
    }
    return nil
  }

  /// The phrase that ends exactly at `index` and starts earliest in `lowest..<index` ("more
  /// than" before "2000", "US$" before "40", "killing at least" before "12").
  ///
  /// - Parameters:
  ///   - index: where the phrase must end.
  ///   - lowest: the earliest token it may start at.
  ///   - lookup: the longest phrase of a table at a start, ending by a limit.
  ///   - accept: whether a phrase's payload counts; phrases it rejects are passed over.
  /// - Returns: the payload and the phrase's first token.
  func phrase<P>(
    endingAt index: Int, from lowest: Int,
    _ lookup: (_ start: Int, _ limit: Int) -> (payload: P, end: Int)?,
    where accept: (P) -> Bool = { _ in true }
  ) -> (payload: P, start: Int)? {
    guard lowest < index else { return nil }
    for position in lowest..<index {
      if let found = lookup(position, index), found.end == index, accept(found.payload) {
        return (found.payload, position)
      }
    }
    return nil
  }

  /// The longest hedge at `index`.
  func hedge(at index: Int, limit: Int) -> (payload: Hedge, end: Int)? {
    guard index < limit, word(index)?.starts.contains(.hedge) == true else { return nil }
    return match(vocabulary.hedges, at: index, limit: limit)
  }

  /// The longest vague amount at `index`.
  func vague(at index: Int, limit: Int) -> (payload: VagueAmount, end: Int)? {
    guard index < limit, word(index)?.starts.contains(.vague) == true else { return nil }
    return match(vocabulary.vague, at: index, limit: limit)
  }

  /// The longest unit noun at `index`.
  func unit(at index: Int, limit: Int) -> (payload: UnitNoun, end: Int)? {
    guard index < limit, word(index)?.starts.contains(.unit) == true else { return nil }
    return match(vocabulary.units, at: index, limit: limit)
  }

  /// The longest role trigger of a position at `index`.
  func trigger(_ position: TriggerPosition, at index: Int, limit: Int)
    -> (payload: RoleTrigger, end: Int)?
  {
    guard index < limit, word(index)?.starts.contains(.trigger) == true else { return nil }
    return match(vocabulary.triggers(position), at: index, limit: limit)
  }
}
