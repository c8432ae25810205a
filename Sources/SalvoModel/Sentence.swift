/// A sentence of a document: its text range and the tokens it holds.
public struct Sentence: Sendable, Hashable {
  /// The sentence's range, trimmed of surrounding white space.
  public var range: TextRange
  /// Indices into the document's token array.
  public var tokens: Range<Int>
  /// Whether the sentence is (part of) the headline.
  public var isHeadline: Bool

  /// Creates a sentence.
  public init(range: TextRange, tokens: Range<Int>, isHeadline: Bool) {
    self.range = range
    self.tokens = tokens
    self.isHeadline = isHeadline
  }
}

/// The text layer of one document: tokens, sentences and the interned folded terms.
public struct TextLayer: Sendable {
  /// Every token outside boilerplate, in text order.
  public var tokens: ContiguousArray<Token>
  /// Every sentence outside boilerplate, in text order.
  public var sentences: [Sentence]
  /// The folded terms the tokens refer to.
  public var terms: TermTable

  /// Creates a text layer.
  public init(tokens: ContiguousArray<Token>, sentences: [Sentence], terms: TermTable) {
    self.tokens = tokens
    self.sentences = sentences
    self.terms = terms
  }
}
