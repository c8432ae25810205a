import Crypto
import Foundation
import SalvoModel

/// Ingest: turns input files into `Document`s.
///
/// Input: `InputFile`s from `InputCollector`. Output: one `ArticleOutcome` per article —
/// a `Document` (text, metadata, blocks, headline, boilerplate ranges) or the reason it
/// was skipped. One bad article never affects another.
public struct ArticleReader: Sendable {
  /// Limits and lexicons.
  public let configuration: IngestConfiguration

  /// Creates a reader.
  public init(configuration: IngestConfiguration) { self.configuration = configuration }

  /// The article sources of a file: the file itself, or each line of a `.jsonl` file
  /// (read lazily).
  public func sources(of file: InputFile) -> AnySequence<ArticleSource> {
    if file.format == .jsonLines {
      return AnySequence(JSONLinesSequence(file: file, maxLineBytes: configuration.maxArticleBytes))
    }
    return AnySequence([ArticleSource.file(file)])
  }

  /// Reads one source into documents (a `.json` array gives several) or skip reasons.
  public func read(_ source: ArticleSource) -> [ArticleOutcome] {
    switch source {
    case .failed(let skipped):
      return [.skipped(skipped)]
    case .jsonLine(let file, let line, let bytes):
      return [readJSONLine(bytes, file: file, line: line)]
    case .file(let file):
      return readFile(file)
    }
  }

  /// Reads an article held in memory, as if it were a file of `format` at `path`.
  public func read(bytes: [UInt8], format: ArticleFormat, path: String) -> [ArticleOutcome] {
    switch format {
    case .json, .jsonLines:
      let file = InputFile(
        location: path, relativePath: path, root: "", format: format, size: bytes.count)
      return readJSONFile(bytes, file: file)
    default:
      switch decode(bytes, path: path) {
      case .failure(let skipped): return [.skipped(skipped)]
      case .success(let (text, diagnostics)):
        return [parse(text: text, format: format, id: path, path: path, diagnostics: diagnostics)]
      }
    }
  }

  private func readFile(_ file: InputFile) -> [ArticleOutcome] {
    let path = file.relativePath
    guard file.size <= configuration.maxArticleBytes else {
      return [
        .skipped(
          SkippedInput(
            path: path, code: .tooLarge,
            reason: "file is \(ByteSize(file.size)), above the "
              + "\(ByteSize(configuration.maxArticleBytes)) article limit (--max-article-mb)"))
      ]
    }
    let bytes: [UInt8]
    do {
      bytes = try Self.readBytes(file.location)
    } catch {
      return [
        .skipped(SkippedInput(path: path, code: .unreadable, reason: "cannot read: \(error)"))
      ]
    }
    return read(bytes: bytes, format: file.format, path: path)
  }

  static func readBytes(_ location: String) throws -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: location) else {
      throw ReadFailure(message: String(cString: strerror(errno)))
    }
    defer { try? handle.close() }
    return Array(try handle.readToEnd() ?? Data())
  }

  struct ReadFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// Decodes bytes, turning binary and empty input into skip reasons.
  func decode(_ bytes: [UInt8], path: String) -> Result<(String, [Diagnostic]), SkippedInput> {
    if bytes.isEmpty {
      return .failure(SkippedInput(path: path, code: .empty, reason: "empty file"))
    }
    switch TextDecoder.decode(bytes, path: path) {
    case .binary(let offset):
      return .failure(
        SkippedInput(
          path: path, code: .binary,
          reason: "binary file (NUL byte at offset \(offset)); not a text article"))
    case .text(let text, let diagnostics):
      if Self.isBlank(text) {
        return .failure(
          SkippedInput(path: path, code: .empty, reason: "no text: only white space"))
      }
      return .success((text, diagnostics))
    }
  }

  /// Builds a document from decoded text: layout, furniture, metadata.
  func parse(
    text: String, format: ArticleFormat, id: String, path: String, diagnostics: [Diagnostic],
    metadata: ArticleMetadata = ArticleMetadata()
  ) -> ArticleOutcome {
    var text = text
    var furnitureRanges: [TextRange] = []
    var headline: TextRange?
    var metadata = metadata
    if format == .html {
      let page = HTMLTextExtractor().extract(text)
      text = page.text
      furnitureRanges = page.furniture
      headline = page.headline
      metadata.fill(
        title: page.title, url: page.url, outlet: page.outlet, published: page.published)
      if Self.isBlank(text) {
        return .skipped(SkippedInput(path: id, code: .empty, reason: "no visible text in the page"))
      }
    }
    let layout = TextLayout(text: text, markdown: format == .markdown)
    if format == .text || format == .markdown { headline = layout.headline }
    let furniture = BoilerplateDetector(lexicon: configuration.boilerplate).detect(
      text: text, blocks: layout.blocks, headline: headline, path: path)
    var allDiagnostics = diagnostics + furniture.diagnostics
    let published =
      metadata.publicationDate(path: path, diagnostics: &allDiagnostics)
      ?? furniture.published
      ?? (metadata.url ?? furniture.url).flatMap(ArticleMetadata.dateInURL)
    let boilerplate = Self.merge(furnitureRanges + furniture.boilerplate)
    let title = metadata.title ?? headline.map { String(text.slice($0)) }
    return .document(
      Document(
        id: id, path: path, format: format, text: text, title: title, headline: headline,
        outlet: metadata.outlet.map(ArticleMetadata.normalizeOutlet) ?? furniture.outlet,
        url: metadata.url ?? furniture.url, published: published, blocks: layout.blocks,
        boilerplate: boilerplate, duplicateLines: layout.duplicateLines,
        contentHash: Self.contentHash(text), diagnostics: allDiagnostics))
  }

  /// Whether a text holds nothing but white space. Scans bytes first: any ASCII byte that
  /// is not white space settles it without decoding characters.
  static func isBlank(_ text: String) -> Bool {
    var hasNonASCII = false
    for byte in text.utf8 {
      if byte >= 0x80 {
        hasNonASCII = true
      } else if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
        return false
      }
    }
    return !hasNonASCII || text.allSatisfy(\.isWhitespace)
  }

  /// Sorted ranges with overlapping or nested ones merged.
  static func merge(_ ranges: [TextRange]) -> [TextRange] {
    var merged: [TextRange] = []
    for range in ranges.sorted() {
      if let last = merged.last, last.utf8End >= range.utf8Start {
        merged[merged.count - 1].utf8End = max(last.utf8End, range.utf8End)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// `sha256:` and the hex digest of the text's UTF-8 bytes.
  static func contentHash(_ text: String) -> String {
    var text = text
    let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
    let hexDigits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = Array("sha256:".utf8)
    hex.reserveCapacity(7 + 2 * SHA256.byteCount)
    for byte in digest {
      hex.append(hexDigits[Int(byte >> 4)])
      hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
