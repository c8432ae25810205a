/// An operational failure of the gazetteer stage: a missing folder, a malformed file, an
/// unreadable or stale compiled index.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  public enum Code: String, Sendable {
    case missingFolder = "missing-folder"
    case missingFile = "missing-file"
    case malformedFile = "malformed-file"
    case badIndex = "bad-index"
  }

  /// What failed.
  public var code: Code
  /// `file:line:column` or a path.
  public var location: String
  /// What is wrong there.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, location: String, _ message: String) {
    self.code = code
    self.location = location
    self.message = message
  }

  /// `location: message`.
  public var description: String { "\(location): \(message)" }
}
