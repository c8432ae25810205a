import CICU
import SalvoModel

/// Turns word segments (from `ASCIIWordScanner` or ICU) into tokens with kinds, shapes and
/// interned folded terms.
struct Tokenizer {
  let bytes: UnsafeBufferPointer<UInt8>
  let folder: TermFolder
  /// `TermFingerprint` of every abbreviation of the text configuration, so that a word and a
  /// dot are looked up without building their string.
  let abbreviations: FingerprintIndex
  var tokens = ContiguousArray<Token>()
  var terms = TermTable()
  /// The analyzer's ASCII term strings, lent for the document (`TextAnalyzer` swaps them in
  /// and out).
  var asciiTerms = ASCIITermCache.placeholder
  /// The scanner's tables, held here so the hot loop does not re-check lazy statics.
  private let classes = ASCIIWordScanner.classes
  private let folds = SurfaceFold.ascii
  private let punctuation = ASCIIWordScanner.isPunctuation

  init(
    bytes: UnsafeBufferPointer<UInt8>, folder: TermFolder, abbreviations: FingerprintIndex
  ) {
    self.bytes = bytes
    self.folder = folder
    self.abbreviations = abbreviations
    tokens.reserveCapacity(bytes.count / 5)
    terms.reserveCapacity(bytes.count / 8)
  }

  /// Appends the tokens of one block.
  ///
  /// White-space-delimited chunks of ASCII and typographic marks are segmented by
  /// `ASCIIWordScanner`; chunks with any other non-ASCII text by ICU
  /// (`segmentation == .icuOnly` sends everything to ICU, for testing).
  mutating func tokenize(
    _ block: TextRange, with iterator: ICUBreakIterator, segmentation: WordSegmentation
  ) throws(TextError) {
    if segmentation == .icuOnly {
      return try tokenizeWithICU(block.utf8Start..<block.utf8End, iterator)
    }
    var index = block.utf8Start
    let end = block.utf8End
    // Most blocks hold nothing but ASCII and typographic marks: one quick pass finds out,
    // and the whole block is segmented at once rather than chunk by chunk.
    if isSimple(index..<end) { return try tokenizeSimple(index..<end) }
    while index < end {
      let byte = bytes[index]
      if Self.isWhiteSpace(byte) {
        index += 1
        continue
      }
      var chunkEnd = index
      var isSimple = true
      while chunkEnd < end {
        let next = bytes[chunkEnd]
        if Self.isWhiteSpace(next) { break }
        if next >= 0x80 {
          if isSimple, ASCIIWordScanner.typographic(in: bytes, at: chunkEnd, limit: end) != nil {
            chunkEnd += 3
            continue
          }
          isSimple = false
        }
        chunkEnd += 1
      }
      if isSimple {
        try tokenizeSimple(index..<chunkEnd)
      } else {
        try tokenizeWithICU(index..<chunkEnd, iterator)
      }
      index = chunkEnd
    }
  }

  /// Whether a span holds only ASCII and typographic marks.
  private func isSimple(_ span: Range<Int>) -> Bool {
    var index = span.lowerBound
    while index < span.upperBound {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard ASCIIWordScanner.typographic(in: bytes, at: index, limit: span.upperBound) != nil
      else { return false }
      index += 3
    }
    return true
  }

  /// Segments a span of ASCII and typographic marks (a white-space-delimited chunk, or a
  /// whole block), skipping white space.
  private mutating func tokenizeSimple(_ chunk: Range<Int>) throws(TextError) {
    var index = chunk.lowerBound
    while index < chunk.upperBound {
      if bytes[index] >= 0x80 {
        // A typographic mark (the chunk holds no other non-ASCII text): a token of its own.
        try append(index..<(index + 3), kind: .punctuation)
        index += 3
        continue
      }
      let wordClass = classes[Int(bytes[index])]
      switch wordClass {
      case .letter, .numeric, .extendNumLet:
        var fold = SurfaceFold()
        let end = ASCIIWordScanner.wordEnd(
          in: bytes, from: index, to: chunk.upperBound, classes: classes, folds: folds,
          folding: &fold)
        let segment = index..<end
        tokens.append(
          Token(
            utf8Start: UInt32(segment.lowerBound), utf8End: UInt32(segment.upperBound),
            term: intern(segment, fold), kind: wordClass == .numeric ? .number : .word,
            shape: fold.shape))
        index = end
      default:
        if Self.isWhiteSpace(bytes[index]) {
          index += 1
          continue
        }
        let segment = index..<(index + 1)
        let isPunctuation = punctuation[Int(bytes[index])]
        if !(bytes[index] == UInt8(ascii: ".") && mergeAbbreviationDot(at: segment)) {
          try append(segment, kind: isPunctuation ? .punctuation : .symbol)
        }
        index += 1
      }
    }
  }

  private mutating func tokenizeWithICU(_ span: Range<Int>, _ iterator: ICUBreakIterator)
    throws(TextError)
  {
    let slice = UnsafeBufferPointer(rebasing: bytes[span])
    var start = span.lowerBound
    var failure: TextError?
    try iterator.forEachBoundary(in: slice) { boundary, status in
      guard failure == nil else { return }
      let end = span.lowerBound + boundary
      defer { start = end }
      do throws(TextError) {
        try add(start..<end, status: status)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  private mutating func add(_ segment: Range<Int>, status: Int32) throws(TextError) {
    let first = bytes[segment.lowerBound]
    let kind: TokenKind
    if status >= CICU_WORD_NUMBER {
      // Word-like segments are numbers when they start with a digit, whatever rule ICU
      // matched last ("Syria1" ends in a digit, so ICU reports a number status).
      kind = startsWithDigit(segment) ? .number : .word
    } else {
      guard let symbolic = symbolKind(at: segment) else { return }  // white space
      if first == UInt8(ascii: "."), mergeAbbreviationDot(at: segment) { return }
      kind = symbolic
    }
    try append(segment, kind: kind)
  }

  @inline(__always)
  private mutating func append(_ segment: Range<Int>, kind: TokenKind) throws(TextError) {
    let (term, shape) = try fold(segment)
    tokens.append(
      Token(
        utf8Start: UInt32(segment.lowerBound), utf8End: UInt32(segment.upperBound), term: term,
        kind: kind, shape: shape))
  }

  private func startsWithDigit(_ segment: Range<Int>) -> Bool {
    let first = bytes[segment.lowerBound]
    if first < 0x80 { return Self.isDigit(first) }
    var decoder = UTF8()
    var iterator = bytes[segment].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    return scalar.properties.numericType != nil
  }

  /// Punctuation or symbol for a non-word segment, or nil when it is white space or an
  /// invisible format character.
  private func symbolKind(at segment: Range<Int>) -> TokenKind? {
    let first = bytes[segment.lowerBound]
    if first < 0x80 {
      switch first {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return nil
      default: return ASCIIWordScanner.isPunctuation[Int(first)] ? .punctuation : .symbol
      }
    }
    var decoder = UTF8()
    var iterator = bytes[segment].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .symbol }
    let category = scalar.properties.generalCategory
    if scalar.properties.isWhitespace || category == .format || category == .control {
      return nil
    }
    return category.isPunctuation ? .punctuation : .symbol
  }

  /// Attaches a dot to the preceding word when together they form an abbreviation or an
  /// initialism (`U.S` + `.` → `U.S.`, `Gen` + `.` → `Gen.`, `J` + `.` → `J.`).
  private mutating func mergeAbbreviationDot(at segment: Range<Int>) -> Bool {
    guard segment.count == 1, let previous = tokens.last, previous.kind == .word,
      Int(previous.utf8End) == segment.lowerBound
    else { return false }
    let word = previous.utf8Start..<previous.utf8End
    let isInitialism = Self.isInitialism(bytes[Int(word.lowerBound)..<Int(word.upperBound)])
    // The fingerprint of the word's term with the dot is that of the term, extended.
    let merged = TermFingerprint.combine(
      terms.fingerprint(of: previous.term), UInt8(ascii: "."))
    guard isInitialism || abbreviations.find(merged) != nil else { return false }
    let base = terms[previous.term]
    var token = previous
    token.utf8End = UInt32(segment.upperBound)
    token.term = terms.intern(fingerprint: merged) { base + "." }
    tokens[tokens.count - 1] = token
    return true
  }

  /// Single letters separated by dots: `U`, `U.S`, `a.m`.
  static func isInitialism(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var expectLetter = true
    for byte in word {
      if expectLetter {
        guard isASCIILetter(byte) else { return false }
      } else if byte != UInt8(ascii: ".") {
        return false
      }
      expectLetter.toggle()
    }
    return !expectLetter
  }

  private mutating func fold(_ segment: Range<Int>) throws(TextError) -> (TermID, TokenShape) {
    var fold = SurfaceFold()
    var index = segment.lowerBound
    while index < segment.upperBound {
      let byte = bytes[index]
      if byte < 0x80 {
        fold.add(byte)
        index += 1
        continue
      }
      guard
        let mark = ASCIIWordScanner.typographic(in: bytes, at: index, limit: segment.upperBound)
      else {
        let surface = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[segment]), as: UTF8.self)
        let folded = try folder.fold(surface[...])
        return (terms.intern(folded), Self.shape(ofUnicode: surface))
      }
      fold.add(mark)
      index += 3
    }
    return (intern(segment, fold), fold.shape)
  }

  /// The term of a segment of ASCII and typographic marks whose fold is `fold`.
  @inline(__always)
  private mutating func intern(_ segment: Range<Int>, _ fold: SurfaceFold) -> TermID {
    Self.intern(segment, of: bytes, fingerprint: fold.hash, into: &terms, sharing: &asciiTerms)
  }

  /// Interns a term, taking its string from (or adding it to) the analyzer's shared ASCII
  /// terms when it is new to the document. Static, so that the two tables are passed as
  /// separate `inout` arguments rather than both through `self`.
  private static func intern(
    _ segment: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, fingerprint: UInt64,
    into terms: inout TermTable, sharing shared: inout ASCIITermCache
  ) -> TermID {
    terms.intern(fingerprint: fingerprint) {
      shared.term(fingerprint: fingerprint) { simpleFolded(bytes[segment]) }
    }
  }

  /// The folded string of a segment of ASCII and typographic marks.
  private static func simpleFolded(_ segment: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    let bytes = segment.base
    var folded: [UInt8] = []
    folded.reserveCapacity(segment.count)
    var index = segment.startIndex
    while index < segment.endIndex {
      if let mark = ASCIIWordScanner.typographic(in: bytes, at: index, limit: segment.endIndex) {
        folded += mark.folded
        index += 3
      } else {
        folded.append(TermFolder.foldASCII(bytes[index]))
        index += 1
      }
    }
    return String(decoding: folded, as: UTF8.self)
  }

  private static func shape(ofUnicode surface: String) -> TokenShape {
    var shape: TokenShape = [.nonASCII]
    var letters = 0
    var upper = 0
    for scalar in surface.unicodeScalars {
      let properties = scalar.properties
      if properties.numericType != nil { shape.insert(.hasDigit) }
      if properties.isAlphabetic {
        letters += 1
        if properties.isUppercase {
          upper += 1
          if letters == 1 { shape.insert(.capitalized) }
        }
      }
    }
    if letters > 0 { shape.insert(.hasLetter) }
    if letters >= 2 && upper == letters { shape.insert(.allUppercase) }
    return shape
  }

  /// Space, tab, line feed, vertical tab, form feed, carriage return.
  @inline(__always)
  static func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}

extension Unicode.GeneralCategory {
  /// Whether the category is one of the punctuation categories (P*).
  var isPunctuation: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
