import Foundation
import SalvoModel
import SalvoTestSupport
import Testing

@testable import SalvoIngest

/// The repository's `Gazetteers/ingest` folder.
let ingestGazetteers = gazetteersFolder.appendingPathComponent("ingest")

/// The boilerplate lexicon as checked in, loaded once.
private let loadedLexicon = Result { try BoilerplateLexicon.load(from: ingestGazetteers) }

/// A reader configured with the checked-in lexicon.
func makeReader(maxArticleBytes: Int = IngestConfiguration.defaultMaxArticleBytes) throws
  -> ArticleReader
{
  let configuration = IngestConfiguration(
    boilerplate: try loadedLexicon.get(), maxArticleBytes: maxArticleBytes)
  return ArticleReader(configuration: configuration)
}

/// A fresh folder under the system temporary directory, removed when released.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("salvo-ingest-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The folder's path.
  var path: String { url.path }

  /// The path of `relative` inside the folder.
  func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// Writes text (UTF-8) to `relative`, creating intermediate folders.
  @discardableResult
  func write(_ text: String, to relative: String) throws -> String {
    try write(Array(text.utf8), to: relative)
  }

  /// Writes bytes to `relative`, creating intermediate folders.
  @discardableResult
  func write(_ bytes: [UInt8], to relative: String) throws -> String {
    let target = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: target)
    return target.path
  }

  /// Creates a symbolic link at `relative` pointing at `destination` (as written).
  func link(_ relative: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: path(relative), withDestinationPath: destination)
  }
}

/// Collects `folder` and reads every source of every file, in order.
func readAll(_ folder: TemporaryFolder, maxArticleBytes: Int? = nil) throws -> [ArticleOutcome] {
  let reader = try makeReader(
    maxArticleBytes: maxArticleBytes ?? IngestConfiguration.defaultMaxArticleBytes)
  let inventory = try InputCollector().collect([folder.path])
  return inventory.files.flatMap { file in reader.sources(of: file).flatMap(reader.read) }
}

/// Writes one file and reads it back as exactly one outcome.
func readOne(_ text: String, named name: String) throws -> ArticleOutcome {
  try readOne(Array(text.utf8), named: name)
}

/// Writes one file's bytes and reads them back as exactly one outcome.
func readOne(_ bytes: [UInt8], named name: String) throws -> ArticleOutcome {
  let folder = try TemporaryFolder()
  try folder.write(bytes, to: name)
  let outcomes = try readAll(folder)
  try #require(outcomes.count == 1)
  return outcomes[0]
}

/// Writes one file and reads it back as exactly one document.
func readDocument(_ text: String, named name: String) throws -> Document {
  try #require(try readOne(text, named: name).document)
}

extension ArticleOutcome {
  /// The document, when one was read.
  var document: Document? {
    if case .document(let document) = self { return document }
    return nil
  }

  /// The skip record, when the input was skipped.
  var skipped: SkippedInput? {
    if case .skipped(let skipped) = self { return skipped }
    return nil
  }
}

extension Document {
  /// The text of each block.
  var blockTexts: [String] { blocks.map { String(text.slice($0)) } }
  /// The text of each boilerplate range.
  var boilerplateTexts: [String] { boilerplate.map { String(text.slice($0)) } }
  /// The text of each content block.
  var contentTexts: [String] { contentBlocks.map { String(text.slice($0)) } }
  /// The headline's text.
  var headlineText: String? { headline.map { String(text.slice($0)) } }
  /// The text of each repeated line.
  var duplicateTexts: [String] { duplicateLines.map { String(text.slice($0)) } }
}
