import Foundation

/// A JSON Lines output file could not be read back: missing, unreadable, or a line that is
/// not a record of the expected schema.
public struct RecordReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line, when one line is at fault.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`.
  public var description: String {
    "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
  }

  /// Calls `body` with every non-blank line of a UTF-8 file and its 1-based number.
  static func forEachLine(
    of path: String, _ body: (Substring, Int) throws(RecordReadError) -> Void
  ) throws(RecordReadError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw RecordReadError(path: path, message: "no such file")
    }
    guard !isFolder.boolValue else {
      throw RecordReadError(path: path, message: "is a folder, not a JSON Lines file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RecordReadError(path: path, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RecordReadError(path: path, message: "not UTF-8 text")
    }
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      try body(trimmed, number)
    }
  }

  /// A short reason for a decoding failure: the JSON path and what was expected.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty
        ? "the record"
        : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
          .joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing field \(path(context.codingPath + [key]))"
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) is not a \(type)"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)) is null, expected a \(type)"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not valid JSON" }
      return "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
