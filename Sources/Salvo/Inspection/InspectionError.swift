/// `Pipeline.inspect(path:)` could not show an article: the file is missing, is a folder,
/// or was skipped.
public struct InspectionError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: String, Sendable {
    /// The path does not exist (or is a broken link).
    case noSuchFile = "no-such-file"
    /// The path is a folder, not one article file.
    case notAFile = "not-a-file"
    /// The file (or every article in it) was skipped; the message gives the reason.
    case skipped
  }

  /// The failure's code.
  public var code: Code
  /// The path as given.
  public var path: String
  /// What went wrong, naming the reason.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, path: String, _ message: String) {
    self.code = code
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
