import Foundation
import SalvoFigures
import SalvoModel
import SalvoTestSupport
import SalvoText

/// The figures configuration from the repository's `Gazetteers/figures`.
let figuresConfiguration: FiguresConfiguration = {
  do {
    return try FiguresConfiguration.load(
      from: repositoryRoot.appendingPathComponent("Gazetteers/figures"))
  } catch {
    fatalError("cannot load Gazetteers/figures: \(error)")
  }
}()

let extractor = FiguresExtractor(configuration: figuresConfiguration)

/// A document of `text` with one block per non-empty line.
func document(
  _ text: String, published: PublicationDate? = nil, boilerplate: [TextRange] = []
) -> Document {
  Document(
    id: "test", path: "test.txt", format: .text, text: text, published: published,
    blocks: lineBlocks(text), boilerplate: boilerplate, contentHash: "sha256:test")
}

/// A publication date from `YYYY-MM-DD`.
func publication(_ iso: String) -> PublicationDate {
  let parts = iso.split(separator: "-").compactMap { Int($0) }
  return PublicationDate(year: parts[0], month: parts[1], day: parts[2], source: .metadata)
}

/// The figures mentions of a document, with their surface text.
func figures(of document: Document) throws -> [(text: String, mention: Mention)] {
  let analyzer = try TextAnalyzer(configuration: textConfiguration)
  let layer = try analyzer.analyze(document)
  return extractor.extract(document: document, layer: layer).map {
    (String(document.text.slice($0.range)), $0)
  }
}

/// The figures mentions of one text.
func figures(_ text: String, published: String? = nil) throws
  -> [(text: String, mention: Mention)]
{
  try figures(of: document(text, published: published.map(publication)))
}

/// The quantity mentions of a text.
func quantities(_ text: String) throws -> [(text: String, quantity: Quantity)] {
  try figures(text).compactMap { found in
    guard case .quantity(let quantity) = found.mention.value else { return nil }
    return (found.text, quantity)
  }
}

/// The date mentions of a text.
func dates(_ text: String, published: String? = nil) throws
  -> [(text: String, date: TimeExpression)]
{
  try figures(text, published: published).compactMap { found in
    guard case .date(let date) = found.mention.value else { return nil }
    return (found.text, date)
  }
}

/// A one-line rendering of a mention for messages.
func describe(_ text: String, _ mention: Mention) -> String {
  switch mention.value {
  case .quantity(let q):
    let value = q.value.map { "\($0)" } ?? "nil"
    return "Q[\(text)] value=\(value) low=\(q.low.map { "\($0)" } ?? "nil") "
      + "high=\(q.high.map { "\($0)" } ?? "nil") \(q.qualifier.rawValue) "
      + "unit=\(q.unit ?? "nil") role=\(q.role.rawValue) (\(mention.provenance.rule))"
  case .date(let d):
    return "D[\(text)] \(d.start.map { "\($0)" } ?? "nil")..\(d.end.map { "\($0)" } ?? "nil") "
      + "\(d.precision.rawValue) inferred=\(d.yearInferred) (\(mention.provenance.rule))"
  default:
    return "?[\(text)]"
  }
}
