/// Why an input was not processed. The raw value is the stable code in `run.json`.
public enum SkipCode: String, Sendable, Hashable, CaseIterable {
  /// A file extension Salvo does not read.
  case unsupportedType = "unsupported-type"
  /// A file or folder whose name starts with `.`.
  case hidden = "hidden"
  /// A file with a NUL byte: not text.
  case binary = "binary"
  /// No article text: an empty file, white space only, or a page with no visible text.
  case empty = "empty"
  /// A file or `.jsonl` line above the article size limit.
  case tooLarge = "too-large"
  /// Cannot be read or listed (no permission, a broken link), or its text analysis failed.
  case unreadable = "unreadable"
  /// A device, socket or pipe.
  case notRegularFile = "not-regular-file"
  /// A symbolic link that leads back to itself or an enclosing folder.
  case symlinkLoop = "symlink-loop"
  /// JSON that does not parse, or is not an article object.
  case malformedJSON = "malformed-json"
  /// A JSON article without a text field.
  case missingBody = "missing-body"
  /// A file already listed through another path or link.
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
