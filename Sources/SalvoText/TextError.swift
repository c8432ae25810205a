/// An operational failure of the text layer: ICU could not be opened or failed.
public struct TextError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  public enum Code: String, Sendable {
    case icuOpenFailed = "icu-open-failed"
    case icuFailed = "icu-failed"
    case badConfiguration = "bad-configuration"
  }

  /// The failure's code.
  public var code: Code
  /// What was being done and ICU's error name.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { "text layer: \(message) [\(code.rawValue)]" }
}
