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

  /// Opens the ICU iterators and transliterator.
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
    folder = try TermFolder()
  }

  /// Analyzes a document's content blocks.
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
    var tokenizer = Tokenizer(bytes: bytes, folder: folder, configuration: configuration)
    var splitter = SentenceSplitter(bytes: bytes, configuration: configuration)
    try splitter.findBoundaries(with: sentences)
    for block in blocks where !block.isEmpty {
      let firstToken = tokenizer.tokens.count
      try tokenizer.tokenize(block, with: words, segmentation: segmentation)
      let blockTokens = firstToken..<tokenizer.tokens.count
      guard !blockTokens.isEmpty else { continue }
      let isHeadline = headline.map { $0.overlaps(block) } ?? false
      splitter.split(block, tokens: tokenizer.tokens, in: blockTokens, isHeadline: isHeadline)
    }
    return TextLayer(
      tokens: tokenizer.tokens, sentences: splitter.sentences, terms: tokenizer.terms)
  }
}

/// How the tokenizer finds word boundaries.
public enum WordSegmentation: Sendable {
  /// ICU for chunks with non-ASCII text, a UAX #29 ASCII scanner for the rest (default).
  case hybrid
  /// ICU for everything: slower, the reference the hybrid is tested against.
  case icuOnly
}
