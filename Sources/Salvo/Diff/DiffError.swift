import SalvoIO

/// `salvo diff` could not compare: a missing run, an unreadable file or a malformed line.
public struct DiffError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, naming the file (and line).
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// An error from a record that could not be read.
  init(_ error: RecordReadError) { message = error.description }

  public var description: String { message }
}
