/// A figures data file that is missing or malformed, located as `file:line`.
public struct FiguresError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: String, Sendable {
    /// The file could not be read.
    case unreadableFile = "unreadable-file"
    /// The file is not a well-formed lexicon (bad header, too many fields).
    case malformedFile = "malformed-file"
    /// A row has a missing or invalid field, or repeats a form.
    case badEntry = "bad-entry"
  }

  /// The failure's code.
  public var code: Code
  /// The file, relative to `Gazetteers/` (`figures/units.tsv`).
  public var file: String
  /// The 1-based line, or 0 for the whole file.
  public var line: Int
  /// What is wrong with the file or the entry.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, file: String, line: Int, _ message: String) {
    self.code = code
    self.file = file
    self.line = line
    self.message = message
  }

  /// The error as one line: `<file>:<line>: <code>: <message>`.
  public var description: String { "\(file):\(line): \(code.rawValue): \(message)" }
}
