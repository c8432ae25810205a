import Foundation
import SalvoIO

/// Rewrites `mentions.jsonl` lines once deduplication is done, in one streaming pass: each
/// event mention's provisional `event_id` (its singleton event's, same length) becomes its
/// canonical event's, and `"duplicate_of":null` becomes the earlier article's id for a
/// duplicate article (the line's index is the article's).
struct MentionLineRewriter {
  /// Provisional id → canonical id, for the ids that change.
  let eventIDs: [String: String]
  /// For each article line, the article it duplicates.
  let duplicateOf: [String?]

  private static let eventKey = Array(#""event_id":"ev-"#.utf8)
  private static let duplicateKey = Array(#""duplicate_of":null"#.utf8)
  private static let idLength = 19  // "ev-" + 16 hex

  /// Reads `path` and writes the rewritten lines to `writer`.
  func rewrite(file path: String, into writer: AtomicFileWriter) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw OutputError(path: path, "cannot read back the mention records")
    }
    defer { try? handle.close() }
    var pending: [UInt8] = []
    var line = 0
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      pending.append(contentsOf: chunk)
      var start = 0
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        try writer.write(rewritten(Array(pending[start...newline]), line: line))
        line += 1
        start = newline + 1
      }
      pending.removeFirst(start)
    }
    if !pending.isEmpty { try writer.write(rewritten(pending, line: line)) }
  }

  /// One line with its ids replaced.
  func rewritten(_ line: [UInt8], line index: Int) -> [UInt8] {
    var bytes = line
    if !eventIDs.isEmpty {
      var position = 0
      while let found = Self.find(Self.eventKey, in: bytes, from: position) {
        let idStart = found + Self.eventKey.count - 3
        let idEnd = idStart + Self.idLength
        guard idEnd <= bytes.count else { break }
        let provisional = String(decoding: bytes[idStart..<idEnd], as: UTF8.self)
        if let final = eventIDs[provisional], final.utf8.count == Self.idLength {
          bytes.replaceSubrange(idStart..<idEnd, with: Array(final.utf8))
        }
        position = idEnd
      }
    }
    if index < duplicateOf.count, let original = duplicateOf[index],
      let found = Self.find(Self.duplicateKey, in: bytes, from: 0)
    {
      var replacement = Array(#""duplicate_of":"#.utf8)
      JSONValue.string(original).write(to: &replacement)
      bytes.replaceSubrange(found..<(found + Self.duplicateKey.count), with: replacement)
    }
    return bytes
  }

  /// The first position of `needle` in `haystack` at or after `start`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = true
        for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
          matched = false
          break
        }
        if matched { return index }
      }
      index += 1
    }
    return nil
  }
}
