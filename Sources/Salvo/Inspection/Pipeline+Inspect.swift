import Foundation
import SalvoIngest
import SalvoModel

extension Pipeline {
  /// Reads and analyzes every article of one file, for `salvo inspect`.
  ///
  /// The file goes through the same ingest and stages as `salvo extract`: a `.txt`, `.md`
  /// or `.html` file gives one article, a `.json` array or a `.jsonl` file one per item or
  /// line.
  ///
  /// - Parameter path: the article file.
  /// - Returns: the file's analyzed articles (at least one) and its skipped ones.
  /// - Throws: `InspectionError` when the path does not exist (`noSuchFile`), is a folder
  ///   (`notAFile`), or the file or every article in it was skipped (`skipped`, with the
  ///   reasons).
  public func inspect(path: String) throws -> InspectedFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InspectionError(.noSuchFile, path: path, "no such file or directory")
    }
    if isDirectory.boolValue {
      throw InspectionError(
        .notAFile, path: path,
        "is a folder; salvo inspect reads one article file (salvo extract reads folders)")
    }
    let inventory: InputInventory
    do {
      inventory = try InputCollector().collect([path])
    } catch {
      throw InspectionError(.noSuchFile, path: path, "\(error)")
    }
    guard let file = inventory.files.first else {
      throw InspectionError(.skipped, path: path, Self.skipMessage(inventory.skipped))
    }
    let reader = ArticleReader(configuration: resources.ingest)
    var articles: [AnalyzedArticle] = []
    var skipped: [SkippedInput] = []
    for source in reader.sources(of: file) {
      for item in process(source).items {
        switch item {
        case .article(let article): articles.append(article)
        case .skipped(let skip): skipped.append(skip)
        }
      }
    }
    guard !articles.isEmpty else {
      throw InspectionError(.skipped, path: path, Self.skipMessage(skipped))
    }
    return InspectedFile(path: path, articles: articles, skipped: skipped)
  }

  /// `skipped: <reason> [<code>]` for the first few skips.
  private static func skipMessage(_ skipped: [SkippedInput]) -> String {
    guard let first = skipped.first else { return "skipped: no article in the file" }
    if skipped.count == 1 { return "skipped: \(first.reason) [\(first.code.rawValue)]" }
    let shown = skipped.prefix(3).map { "\($0.path): \($0.reason) [\($0.code.rawValue)]" }
    let more = skipped.count > 3 ? "; and \(skipped.count - 3) more" : ""
    return "every article was skipped: " + shown.joined(separator: "; ") + more
  }
}
