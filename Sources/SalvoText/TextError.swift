/// An operational failure of the text layer: ICU could not be opened or failed, or a text
/// data file is missing or malformed.
public struct TextError: Error, Sendable, CustomStringConvertible {
  /// What failed.
  public enum Code: String, Sendable {
    /// ICU could not open a break iterator or transliterator.
    case icuOpenFailed = "icu-open-failed"
    /// An ICU call on the text failed (segmentation, normalization, folding).
    case icuFailed = "icu-failed"
    /// A file of `Gazetteers/text/` is missing or has a bad entry.
    case badConfiguration = "bad-configuration"
  }

  /// The failure's code.
  public var code: Code
  /// What was being done and why: ICU's error name, or the file and line at fault.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The error as one line: `text layer: <message> [<code>]`.
  public var description: String { "text layer: \(message) [\(code.rawValue)]" }
}
