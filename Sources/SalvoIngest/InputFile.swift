import SalvoModel

/// A file found under an input path, ready to be read.
public struct InputFile: Sendable, Hashable {
  /// The path to open (as reachable from the working directory).
  public var location: String
  /// The path relative to the input folder it was found under; the file name for a file
  /// given directly.
  public var relativePath: String
  /// The input argument it came from, for ordering ties.
  public var root: String
  /// Its format.
  public var format: ArticleFormat
  /// Its size in bytes.
  public var size: Int

  /// Creates an input file record.
  public init(
    location: String, relativePath: String, root: String, format: ArticleFormat,
    size: Int
  ) {
    self.location = location
    self.relativePath = relativePath
    self.root = root
    self.format = format
    self.size = size
  }
}

/// Every file found under the input paths: what will be read, and what was skipped.
public struct InputInventory: Sendable {
  /// Files to read, in deterministic order (relative path, then root).
  public var files: [InputFile]
  /// Files skipped before reading, with reasons.
  public var skipped: [SkippedInput]

  /// Creates an inventory.
  public init(files: [InputFile], skipped: [SkippedInput]) {
    self.files = files
    self.skipped = skipped
  }

  /// The total size of the files to read.
  public var totalBytes: Int { files.reduce(0) { $0 + $1.size } }
}
