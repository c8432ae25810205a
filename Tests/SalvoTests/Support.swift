import Foundation
import Salvo
import SalvoIO
import SalvoTestSupport

/// Resources loaded once from the repository's `Gazetteers/`.
let testResources: Resources = {
  do {
    return try Resources(gazetteers: gazetteersFolder)
  } catch {
    fatalError("cannot load Gazetteers: \(error)")
  }
}()

/// Runs the batch pipeline and returns each article's `mentions.jsonl` line.
func extract(_ paths: [String], jobs: Int = 2) async throws -> (lines: [String], report: RunReport)
{
  let runner = BatchRunner(pipeline: Pipeline(resources: testResources), jobs: jobs)
  var lines: [String] = []
  let inventory = try runner.collect(paths)
  let report = try await runner.run(inventory) { article in
    lines.append(
      ArticleRecord.json(
        document: article.document, layer: article.layer, mentions: article.mentions,
        events: article.events, rejected: article.rejected
      ).serialized)
  }
  return (lines, report)
}

/// A new empty temporary folder.
func temporaryFolder(_ label: String = "salvo") throws -> String {
  let path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// A seed's gold annotation file.
struct Gold {
  let object: [String: Any]

  init(seed: String) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/seeds/\(seed).json")
    let data = try Data(contentsOf: url)
    object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  var headline: String? { object["headline"] as? String }
  var published: String? { object["published"] as? String }
  var boilerplate: [String] { object["boilerplate"] as? [String] ?? [] }
  var duplicateLines: [String] { object["duplicate_lines"] as? [String] ?? [] }
}

/// A parsed `mentions.jsonl` line.
struct Record {
  let object: [String: Any]
  init(_ line: String) throws {
    object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
  }

  subscript(key: String) -> Any? { object[key] }

  /// The texts of a list of `{start, end}` spans in `text`, sliced as Python would.
  func spans(_ key: String, in text: String) -> [String] {
    (object[key] as? [[String: Int]] ?? []).map { Self.slice(text, $0) }
  }

  /// The text of one `{start, end}` span in `text`, sliced as Python would.
  func span(_ key: String, in text: String) -> String? {
    (object[key] as? [String: Int]).map { Self.slice(text, $0) }
  }

  private static func slice(_ text: String, _ span: [String: Int]) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[(span["start"] ?? 0)..<(span["end"] ?? 0)])
    return String(view)
  }
}
