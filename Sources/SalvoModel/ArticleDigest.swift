/// What cross-article deduplication keeps of one article: its metadata and two compact
/// signatures, instead of its text and text layer.
public struct ArticleDigest: Sendable, Hashable {
  /// The article id of the output records.
  public var id: String
  /// The outlet, when known.
  public var outlet: String?
  /// The article's URL, when known.
  public var url: String?
  /// The publication day, when known.
  public var published: CalendarDate?
  /// `sha256:…` of the decoded text.
  public var contentHash: String
  /// MinHash of the shingles of the article's folded word stream (one minimum per hash
  /// function); empty for an article too short to shingle.
  public var textSignature: [UInt32]
  /// What the article resolves (places, actors, numbers, dates; a paraphrase keeps them
  /// while changing the words) as a bottom-k sketch: the smallest fact hashes, sorted.
  public var facts: [UInt64]
  /// How many distinct facts the article has (the sketch is complete when it holds them all).
  public var factCount: Int
  /// The hashes of its specific facts, sorted: figures other than small counts, single days.
  /// Articles on one topic share places and actors; a rewrite also keeps these.
  public var specificFacts: [UInt64]

  /// Creates an article digest.
  public init(
    id: String, outlet: String?, url: String?, published: CalendarDate?, contentHash: String,
    textSignature: [UInt32], facts: [UInt64], factCount: Int, specificFacts: [UInt64]
  ) {
    self.id = id
    self.outlet = outlet
    self.url = url
    self.published = published
    self.contentHash = contentHash
    self.textSignature = textSignature
    self.facts = facts
    self.factCount = factCount
    self.specificFacts = specificFacts
  }
}
