import Foundation
import SalvoModel

/// One article's raw input: a whole file, or one line of a `.jsonl` file.
public enum ArticleSource: Sendable {
  /// A `.txt`, `.md`, `.html` or `.json` file.
  case file(InputFile)
  /// Line `line` (1-based) of a `.jsonl` file, with its bytes.
  case jsonLine(InputFile, line: Int, bytes: [UInt8])
  /// An input that could not be read at all.
  case failed(SkippedInput)
}

/// What reading one source gives: documents, or the reason it was skipped.
public enum ArticleOutcome: Sendable {
  /// An article read into a document.
  case document(Document)
  /// An article (or a whole file) not read, with the reason.
  case skipped(SkippedInput)
}

/// The lines of a `.jsonl` file, read lazily so a large file is never held in memory.
struct JSONLinesSequence: Sequence, Sendable {
  let file: InputFile
  let maxLineBytes: Int

  func makeIterator() -> Iterator { Iterator(file: file, maxLineBytes: maxLineBytes) }

  /// Reads one line at a time with `getline`; owns the `FILE` and closes it when done.
  final class Iterator: IteratorProtocol {
    private let file: InputFile
    private let maxLineBytes: Int
    private var handle: UnsafeMutablePointer<FILE>?
    private var lineNumber = 0
    private var openFailure: SkippedInput?
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    init(file: InputFile, maxLineBytes: Int) {
      self.file = file
      self.maxLineBytes = maxLineBytes
      handle = fopen(file.location, "rb")
      if handle == nil {
        openFailure = SkippedInput(
          path: file.relativePath, code: .unreadable,
          reason: "cannot open: \(String(cString: strerror(errno)))")
      }
    }

    deinit {
      if let handle { fclose(handle) }
      free(buffer)
    }

    func next() -> ArticleSource? {
      if let failure = openFailure {
        openFailure = nil
        return .failed(failure)
      }
      guard let handle else { return nil }
      while true {
        let length = getline(&buffer, &capacity, handle)
        guard length >= 0, let buffer else {
          fclose(handle)
          self.handle = nil
          return nil
        }
        lineNumber += 1
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { continue }
        let path = "\(file.relativePath)#\(lineNumber)"
        if length > maxLineBytes {
          return .failed(
            SkippedInput(
              path: path, code: .tooLarge,
              reason: "line \(lineNumber) is \(ByteSize(length)), above the "
                + "\(ByteSize(maxLineBytes)) article limit"))
        }
        return .jsonLine(file, line: lineNumber, bytes: Array(bytes))
      }
    }
  }
}

/// A byte count shown for people: `100.0 MB`.
struct ByteSize: CustomStringConvertible {
  let bytes: Int
  init(_ bytes: Int) { self.bytes = bytes }
  var description: String {
    if bytes < 10_000 { return "\(bytes) bytes" }
    let megabytes = Double(bytes) / 1_048_576
    return megabytes < 1 ? "\(bytes / 1024) KB" : String(format: "%.1f MB", megabytes)
  }
}
