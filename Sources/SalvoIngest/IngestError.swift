/// An operational failure of ingest that stops the run: an input path that does not exist,
/// or a configuration file that cannot be read.
public struct IngestError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  public enum Code: String, Sendable {
    /// An input path does not exist.
    case noSuchPath = "no-such-path"
    /// A configuration file (a lexicon) cannot be read.
    case badConfiguration = "bad-configuration"
  }

  /// The failure's code.
  public var code: Code
  /// The path concerned.
  public var path: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, path: String, _ message: String) {
    self.code = code
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
