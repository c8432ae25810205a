import Foundation
import SalvoModel

/// The block structure of a plain-text or Markdown article: its paragraphs or lines, the
/// headline, and lines that repeat earlier ones.
struct TextLayout {
  var blocks: [TextRange] = []
  var headline: TextRange?
  var duplicateLines: [TextRange] = []

  /// Lays out `text`.
  ///
  /// Each non-empty line is a block, trimmed of surrounding white space. When the text is
  /// hard-wrapped (paragraphs separated by blank lines whose lines mostly continue into the
  /// next), each paragraph is one block instead, so a soft wrap never ends a sentence.
  /// In Markdown, heading markers (`# `) and list bullets are left out of blocks.
  init(text: String, markdown: Bool) {
    let lines = Self.lines(of: text)
    let paragraphs = Self.paragraphs(lines)
    if Self.isHardWrapped(paragraphs) {
      blocks = paragraphs.compactMap { lines in
        guard let first = lines.first, let last = lines.last else { return nil }
        return TextRange(utf8Start: first.utf8Start, utf8End: last.utf8End)
      }
    } else {
      blocks = lines.filter { !$0.isEmpty }
    }
    if markdown { blocks = blocks.compactMap { Self.strippingMarkdownMarker($0, in: text) } }
    headline = Self.headline(blocks, text: text, markdown: markdown)
    // Blocks keyed by a fingerprint of their bytes; equal fingerprints are confirmed.
    var seen: [UInt64: [TextRange]] = [:]
    for block in blocks {
      let line = text.slice(block)
      let key =
        line.utf8.withContiguousStorageIfAvailable {
          $0.reduce(TermFingerprint.seed, TermFingerprint.combine)
        } ?? line.utf8.reduce(TermFingerprint.seed, TermFingerprint.combine)
      let isRepeat = seen[key, default: []].contains { text.slice($0) == line }
      seen[key, default: []].append(block)
      if isRepeat && line.split(separator: " ").count >= 3 {
        duplicateLines.append(block)
      }
    }
  }

  /// Each line's range trimmed of surrounding white space (empty for blank lines).
  static func lines(of text: String) -> [TextRange] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [TextRange] = []
      var start = 0
      func close(_ end: Int) {
        var low = start
        var high = end
        while low < high, isSpace(bytes[low]) { low += 1 }
        while high > low, isSpace(bytes[high - 1]) { high -= 1 }
        lines.append(TextRange(utf8Start: low, utf8End: high))
      }
      // memchr finds each line feed without a per-byte loop.
      guard let base = bytes.baseAddress else { return lines }
      while start < bytes.count,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      {
        let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        close(offset)
        start = offset + 1
      }
      if start < bytes.count { close(bytes.count) }
      return lines
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  private static func paragraphs(_ lines: [TextRange]) -> [[TextRange]] {
    var paragraphs: [[TextRange]] = []
    var current: [TextRange] = []
    for line in lines {
      if line.isEmpty {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return paragraphs
  }

  /// Hard-wrapped: most lines sit inside multi-line paragraphs and none is very long.
  private static func isHardWrapped(_ paragraphs: [[TextRange]]) -> Bool {
    let lines = paragraphs.flatMap { $0 }
    guard lines.count >= 4, paragraphs.count >= 2 else { return false }
    let inMultiLine = paragraphs.filter { $0.count >= 2 }.reduce(0) { $0 + $1.count }
    let longest = lines.map(\.utf8Count).max() ?? 0
    return inMultiLine * 3 >= lines.count * 2 && longest <= 120
  }

  private static func strippingMarkdownMarker(_ block: TextRange, in text: String) -> TextRange? {
    let line = text.slice(block)
    var skip = 0
    if line.hasPrefix("#") {
      skip = line.prefix { $0 == "#" }.utf8.count
    } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("> ") {
      skip = 1
    }
    guard skip > 0 else { return block }
    let rest = line.utf8.dropFirst(skip).prefix { $0 == 0x20 }.count
    let start = block.utf8Start + skip + rest
    return start < block.utf8End ? TextRange(utf8Start: start, utf8End: block.utf8End) : nil
  }

  /// The first block when it reads like a headline: short, no sentence-final period, not a
  /// URL or a date, and followed by more text. In Markdown, a `#` heading always is one.
  private static func headline(_ blocks: [TextRange], text: String, markdown: Bool) -> TextRange? {
    guard let first = blocks.first, blocks.count >= 2, first.utf8Count <= 600 else { return nil }
    let line = text.slice(first)
    if markdown {
      let lineStart = text.utf8.index(text.utf8.startIndex, offsetBy: first.utf8Start)
      let before = text.utf8[..<lineStart].reversed().prefix { $0 != 0x0A }
      if before.contains(UInt8(ascii: "#")) { return first }
    }
    let words = line.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
    guard (2...30).contains(words.count), line.utf8.count <= 400 else { return nil }
    guard let last = line.utf8.last, !".,;:".utf8.contains(last) else { return nil }
    if line.hasPrefix("http") || line.hasPrefix("www.") { return nil }
    if line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      DateTextParser().parse(line, source: .dateline) != nil
    {
      return nil
    }
    let capitalized = words.filter {
      ($0.first ?? 0) >= UInt8(ascii: "A") && ($0.first ?? 0) <= UInt8(ascii: "Z")
    }.count
    return capitalized >= 1 ? first : nil
  }
}
