import Foundation
import SalvoModel

extension ArticleReader {
  /// A `.json` file: one article object, or an array of them (`path#N` for element N).
  func readJSONFile(_ bytes: [UInt8], file: InputFile) -> [ArticleOutcome] {
    let path = file.relativePath
    if bytes.isEmpty {
      return [.skipped(SkippedInput(path: path, code: .empty, reason: "empty file"))]
    }
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      return [.skipped(malformed(path: path, line: nil, error: error, bytes: bytes))]
    }
    if let array = value as? [Any] {
      return array.enumerated().map { index, element in
        article(from: element, path: path, id: "\(path)#\(index + 1)")
      }
    }
    return [article(from: value, path: path, id: path)]
  }

  /// One line of a `.jsonl` file.
  func readJSONLine(_ bytes: [UInt8], file: InputFile, line: Int) -> ArticleOutcome {
    let id = "\(file.relativePath)#\(line)"
    do {
      let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
      return article(from: value, path: file.relativePath, id: id)
    } catch {
      return .skipped(malformed(path: id, line: line, error: error, bytes: bytes))
    }
  }

  private func malformed(path: String, line: Int?, error: Error, bytes: [UInt8]) -> SkippedInput {
    let detail =
      (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      ?? "\(error.localizedDescription)"
    let location = line.map { "line \($0): " } ?? ""
    return SkippedInput(
      path: path, code: .malformedJSON, reason: "\(location)malformed JSON: \(detail)")
  }

  private func article(from value: Any, path: String, id defaultID: String) -> ArticleOutcome {
    guard let object = value as? [String: Any] else {
      return .skipped(
        SkippedInput(
          path: defaultID, code: .malformedJSON,
          reason: "expected a JSON object with a text, body or content field"))
    }
    let id =
      ArticleMetadata.string(object, ["id", "article_id", "uuid", "_id"], numbers: true)
      ?? defaultID
    guard
      let body = ArticleMetadata.string(
        object,
        [
          "text", "body", "content", "maintext",
          "full_text", "article",
        ])
    else {
      return .skipped(
        SkippedInput(
          path: defaultID, code: .missingBody,
          reason: "no article text: none of the fields text, body, content is a string"))
    }
    if Self.isBlank(body) {
      return .skipped(
        SkippedInput(path: defaultID, code: .empty, reason: "the article text is empty"))
    }
    var metadata = ArticleMetadata()
    metadata.title = ArticleMetadata.string(object, ["title", "headline"])
    metadata.url = ArticleMetadata.string(object, ["url", "link", "canonical_url"])
    metadata.publishedText = ArticleMetadata.string(
      object,
      [
        "published", "date", "published_at", "publishedAt", "date_publish", "pubDate",
        "datePublished", "publish_date", "published_date",
      ])
    metadata.outlet = ArticleMetadata.outlet(object)
    return parse(text: body, format: .json, id: id, path: path, diagnostics: [], metadata: metadata)
  }
}
