import Foundation
import SalvoIngest

extension RunArticle {
  /// Reads the run's articles again from the folder they were extracted from, so that
  /// evidence and trigger offsets slice the article text itself (ingest decodes the text as
  /// the run did; the text does not depend on the boilerplate lexicon).
  ///
  /// - Parameters:
  ///   - articles: the run's records, from `load(run:)`.
  ///   - corpus: the input folder the records' `path`s are relative to.
  ///   - configuration: ingest's limits; an empty boilerplate lexicon when nil.
  /// - Returns: the records, each with its article text when a file of the folder gave it.
  /// - Throws: `EvaluationError` when the folder does not exist.
  public static func readingTexts(
    of articles: [RunArticle], corpus: String, configuration: IngestConfiguration? = nil
  ) throws -> [RunArticle] {
    let inventory: InputInventory
    do {
      inventory = try InputCollector().collect([corpus])
    } catch {
      throw EvaluationError("\(corpus): cannot read the corpus folder (\(error))")
    }
    let wanted = Set(articles.map { $0.path.split(separator: "#").first.map(String.init) ?? "" })
    let reader = ArticleReader(
      configuration: configuration ?? IngestConfiguration(boilerplate: BoilerplateLexicon(cues: []))
    )
    var texts: [String: String] = [:]
    for file in inventory.files where wanted.contains(file.relativePath) {
      for source in reader.sources(of: file) {
        for case .document(let document) in reader.read(source) {
          texts[document.path] = document.text
          texts[document.id] = document.text
        }
      }
    }
    return articles.map { article in
      var article = article
      if let text = texts[article.articleID] ?? texts[article.path] {
        article.scalars = Array(text.unicodeScalars)
      }
      return article
    }
  }
}
