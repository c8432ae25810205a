/// Stable codes of content findings. The raw value is what reports and `run.json` show.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
  /// Bytes that are not valid UTF-8 were decoded with a fallback.
  case invalidUTF8 = "ingest.invalid-utf8"
  /// A metadata field could not be understood (an unparseable date).
  case badMetadata = "ingest.bad-metadata"
  /// A numeric dateline could be day/month or month/day; day/month was chosen.
  case ambiguousDate = "ingest.ambiguous-date"
  /// Two inputs produce the same article id.
  case duplicateArticleID = "ingest.duplicate-article-id"
}

/// A content finding about one article: reported and kept, never thrown.
public struct Diagnostic: Sendable, Hashable {
  /// How serious the finding is.
  public enum Severity: String, Sendable, Hashable {
    /// For information: a choice between readings worth checking.
    case note
    /// A problem with the input that may affect the results.
    case warning
    /// A problem that makes the article's results unreliable.
    case error
  }

  /// The stable code.
  public var code: DiagnosticCode
  /// How serious it is.
  public var severity: Severity
  /// A human-readable message naming the problem.
  public var message: String
  /// The input file (relative path) it concerns.
  public var path: String?
  /// The byte offset in the file, when it points at one place.
  public var byteOffset: Int?

  /// Creates a diagnostic.
  public init(
    code: DiagnosticCode, severity: Severity = .warning, message: String, path: String? = nil,
    byteOffset: Int? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.path = path
    self.byteOffset = byteOffset
  }
}
