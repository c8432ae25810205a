import SalvoModel

/// The text layer: splits a document's content into tokens and sentences with ICU.
///
/// Input: a `Document` from ingest (its content blocks, headline and boilerplate).
/// Output: a `TextLayer` whose tokens and sentences cover every content block and nothing
/// in boilerplate. Owns ICU handles, so it is not thread-safe: use one per task.
public final class TextAnalyzer {
  /// The language data in use.
  public let configuration: TextConfiguration
  let words: ICUBreakIterator
  let sentences: ICUBreakIterator
  let folder: TermFolder
  let segmentation: WordSegmentation
  /// `TermFingerprint` of every abbreviation of the configuration.
  let abbreviations: FingerprintIndex

  /// Opens the ICU iterators (the transliterator opens when a surface first needs it).
  ///
  /// - Parameters:
  ///   - configuration: abbreviations and sentence starters.
  ///   - segmentation: how words are found; the default is the fast hybrid.
  /// - Throws: `TextError` when ICU cannot open them.
  public init(configuration: TextConfiguration, segmentation: WordSegmentation = .hybrid)
    throws(TextError)
  {
    self.configuration = configuration
    self.segmentation = segmentation
    words = try ICUBreakIterator(.word)
    sentences = try ICUBreakIterator(.sentence)
    folder = TermFolder()
    var abbreviations = FingerprintIndex(capacity: 2 * configuration.abbreviations.count)
    for (index, abbreviation) in configuration.abbreviations.keys.enumerated() {
      abbreviations.insert(TermFingerprint.of(abbreviation), UInt32(index))
    }
    self.abbreviations = abbreviations
  }

  /// Analyzes a short text on its own (a gazetteer alias, a lexicon form) as one block with
  /// no headline, so data is tokenized and folded exactly as articles are.
  ///
  /// - Throws: `TextError` when ICU fails.
  public func analyze(phrase: String) throws(TextError) -> TextLayer {
    try analyze(
      text: phrase, blocks: [TextRange(utf8Start: 0, utf8End: phrase.utf8.count)], headline: nil)
  }

  /// Analyzes a document's content blocks.
  ///
  /// - Throws: `TextError` when ICU fails.
  public func analyze(_ document: Document) throws(TextError) -> TextLayer {
    try analyze(text: document.text, blocks: document.contentBlocks, headline: document.headline)
  }

  /// Analyzes the given blocks of a text.
  ///
  /// - Parameters:
  ///   - text: the whole document text.
  ///   - blocks: sorted, non-overlapping ranges to analyze; sentences never cross them.
  ///   - headline: the headline's range, whose sentences are flagged.
  /// - Returns: tokens and sentences in text order.
  /// - Throws: `TextError` when ICU fails.
  public func analyze(text: String, blocks: [TextRange], headline: TextRange?)
    throws(TextError) -> TextLayer
  {
    var text = text
    do {
      return try text.withUTF8 { bytes in
        try analyze(bytes: bytes, blocks: blocks, headline: headline)
      }
    } catch let error as TextError {
      throw error
    } catch {
      throw TextError(.icuFailed, "\(error)")
    }
  }

  private func analyze(bytes: UnsafeBufferPointer<UInt8>, blocks: [TextRange], headline: TextRange?)
    throws(TextError) -> TextLayer
  {
    var tokenizer = Tokenizer(bytes: bytes, folder: folder, abbreviations: abbreviations)
    // The folder's ASCII terms are lent to the tokenizer for the document: see
    // `ASCIITermCache`.
    swap(&tokenizer.asciiTerms, &folder.asciiTerms)
    defer { swap(&tokenizer.asciiTerms, &folder.asciiTerms) }
    var splitter = SentenceSplitter(bytes: bytes, configuration: configuration)
    for block in blocks where !block.isEmpty {
      let firstToken = tokenizer.tokens.count
      try tokenizer.tokenize(block, with: words, segmentation: segmentation)
      let blockTokens = firstToken..<tokenizer.tokens.count
      guard !blockTokens.isEmpty else { continue }
      let isHeadline = headline.map { $0.overlaps(block) } ?? false
      splitter.split(
        block, tokens: tokenizer.tokens, in: blockTokens,
        candidates: try sentenceCandidates(in: block, bytes: bytes), isHeadline: isHeadline)
    }
    return TextLayer(
      tokens: tokenizer.tokens, sentences: splitter.sentences, terms: tokenizer.terms)
  }
}

extension TextAnalyzer {
  /// Where sentences may start inside a block: from the ASCII scanner when it handles the
  /// block, else from ICU.
  func sentenceCandidates(in block: TextRange, bytes: UnsafeBufferPointer<UInt8>)
    throws(TextError) -> [Int]
  {
    if segmentation == .hybrid,
      let found = ASCIISentenceScanner.boundaries(in: bytes, block: block)
    {
      return found
    }
    var found: [Int] = []
    let slice = UnsafeBufferPointer(rebasing: bytes[block.utf8Start..<block.utf8End])
    try sentences.forEachBoundary(in: slice) { boundary, _ in
      let offset = block.utf8Start + boundary
      if offset < block.utf8End { found.append(offset) }
    }
    return found
  }
}

/// How the text layer finds word and sentence boundaries.
public enum WordSegmentation: Sendable {
  /// ICU for text with non-ASCII letters, UAX #29 scanners for ASCII and typographic
  /// marks (default).
  case hybrid
  /// ICU for every word and sentence boundary: slower, the reference the hybrid is tested
  /// against.
  case icuOnly
}
