import SalvoModel

/// One article after the per-document stages: ingest, the text layer, the gazetteer and
/// figures.
public struct AnalyzedArticle: Sendable {
  /// The ingested document.
  public var document: Document
  /// Its tokens and sentences.
  public var layer: TextLayer
  /// Places, actors, demonyms, weapons, quantities and dates, in text order.
  public var mentions: [Mention]

  /// Creates an analyzed article.
  public init(document: Document, layer: TextLayer, mentions: [Mention] = []) {
    self.document = document
    self.layer = layer
    self.mentions = mentions
  }
}
