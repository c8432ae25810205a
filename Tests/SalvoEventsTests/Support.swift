import Foundation
import Salvo
import SalvoModel
import SalvoTestSupport

/// A pipeline over the repository's gazetteers, loaded once.
let pipeline: Pipeline = {
  do {
    return Pipeline(resources: try Resources(gazetteers: gazetteersFolder))
  } catch {
    fatalError("cannot load Gazetteers: \(error)")
  }
}()

/// Analyzes `text` as an article (one block per line) published on `published`
/// (`YYYY-MM-DD`), or with no publication date.
func analyze(_ text: String, published: String? = nil) throws -> AnalyzedArticle {
  let blocks = lineBlocks(text)
  let date = published.flatMap { value -> PublicationDate? in
    let parts = value.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return PublicationDate(year: parts[0], month: parts[1], day: parts[2], source: .metadata)
  }
  let document = Document(
    id: "test", path: "test.txt", format: .text, text: text, published: date, blocks: blocks,
    contentHash: "")
  return try pipeline.analyze(document)
}
