import SalvoModel

/// One article after the per-document stages: ingest and the text layer.
public struct AnalyzedArticle: Sendable {
  /// The ingested document.
  public var document: Document
  /// Its tokens and sentences.
  public var layer: TextLayer

  /// Creates an analyzed article.
  public init(document: Document, layer: TextLayer) {
    self.document = document
    self.layer = layer
  }
}
