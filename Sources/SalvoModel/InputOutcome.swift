/// Why an input was not processed. The raw value is the stable code in `run.json`.
public enum SkipCode: String, Sendable, Hashable, CaseIterable {
  case unsupportedType = "unsupported-type"
  case hidden = "hidden"
  case binary = "binary"
  case empty = "empty"
  case tooLarge = "too-large"
  case unreadable = "unreadable"
  case notRegularFile = "not-regular-file"
  case symlinkLoop = "symlink-loop"
  case malformedJSON = "malformed-json"
  case missingBody = "missing-body"
  case duplicatePath = "duplicate-path"
}

/// An input (a file, or one line of a `.jsonl` file) that was skipped, and why.
public struct SkippedInput: Error, Sendable, Hashable {
  /// The relative path (`file.jsonl#7` for a line).
  public var path: String
  /// The stable code.
  public var code: SkipCode
  /// A human-readable reason naming the problem.
  public var reason: String

  /// Creates a skip record.
  public init(path: String, code: SkipCode, reason: String) {
    self.path = path
    self.code = code
    self.reason = reason
  }
}
