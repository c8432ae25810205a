import Foundation

/// Writes a file atomically: bytes go to a temporary file in the same folder, which is
/// renamed over the destination on `commit()`. Until then the destination is untouched;
/// a writer dropped without committing removes its temporary file.
///
/// Owns the open file descriptor and closes it in `deinit`.
public final class AtomicFileWriter {
  /// The destination path.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var committed = false

  /// Creates the temporary file next to `path`.
  ///
  /// - Throws: `OutputError` when the folder is not writable.
  public init(path: String) throws(OutputError) {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    temporaryPath =
      (folder.isEmpty ? "" : folder + "/")
      + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw OutputError(
        path: path, "cannot create a temporary file: \(String(cString: strerror(errno)))")
    }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !committed { unlink(temporaryPath) }
  }

  /// Appends bytes.
  public func write(_ bytes: [UInt8]) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Appends a string's UTF-8 bytes.
  public func write(_ text: String) throws(OutputError) { try write(Array(text.utf8)) }

  /// Flushes, syncs, and renames the temporary file over the destination.
  public func commit() throws(OutputError) {
    try flush()
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      descriptor = -1
      throw OutputError(path: path, "cannot finish writing: \(String(cString: strerror(errno)))")
    }
    descriptor = -1
    guard rename(temporaryPath, path) == 0 else {
      throw OutputError(path: path, "cannot replace the file: \(String(cString: strerror(errno)))")
    }
    committed = true
  }

  /// The temporary file the bytes go to until `commit()`; removed if never committed.
  package var temporaryFilePath: String { temporaryPath }

  /// Writes the buffered bytes to the temporary file (so that it can be read back).
  package func flush() throws(OutputError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError(path: path, "cannot write: \(String(cString: strerror(errno)))")
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes a whole file atomically.
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
    let writer = try AtomicFileWriter(path: path)
    try writer.write(bytes)
    try writer.commit()
  }
}

/// An output file could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
  /// The file concerned.
  public var path: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
