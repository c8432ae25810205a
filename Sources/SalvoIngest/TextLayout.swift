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
    duplicateLines = Self.repeatedLines(blocks, in: text)
  }

  /// Blocks whose text repeats an earlier block's, when they have at least three words.
  ///
  /// Blocks are keyed by a fingerprint of their bytes, each fingerprint mapped to its first
  /// block; equal fingerprints are confirmed by comparing texts, and only when that first
  /// block's text differs (a collision) are the other earlier blocks compared.
  private static func repeatedLines(_ blocks: [TextRange], in text: String) -> [TextRange] {
    var repeated: [TextRange] = []
    var first: [UInt64: Int] = Dictionary(minimumCapacity: blocks.count)
    var keys: [UInt64] = []
    keys.reserveCapacity(blocks.count)
    for (index, block) in blocks.enumerated() {
      let line = text.slice(block)
      let key =
        line.utf8.withContiguousStorageIfAvailable {
          $0.reduce(TermFingerprint.seed, TermFingerprint.combine)
        } ?? line.utf8.reduce(TermFingerprint.seed, TermFingerprint.combine)
      keys.append(key)
      var isRepeat = false
      if let earlier = first[key] {
        isRepeat =
          text.slice(blocks[earlier]) == line
          || (earlier + 1..<index).contains { keys[$0] == key && text.slice(blocks[$0]) == line }
      } else {
        first[key] = index
      }
      if isRepeat && line.split(separator: " ").count >= 3 {
        repeated.append(block)
      }
    }
    return repeated
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
    let (words, capitalized) = wordCounts(line)
    guard (2...30).contains(words), line.utf8.count <= 400 else { return nil }
    guard let last = line.utf8.last, !".,;:".utf8.contains(last) else { return nil }
    if line.hasPrefix("http") || line.hasPrefix("www.") { return nil }
    if line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      DateTextParser().parse(line, source: .dateline) != nil
    {
      return nil
    }
    return capitalized >= 1 ? first : nil
  }

  /// How many words (runs of bytes other than space and tab) a line has, and how many of
  /// them start with an ASCII capital, in one pass without building them.
  private static func wordCounts(_ line: Substring) -> (words: Int, capitalized: Int) {
    var words = 0
    var capitalized = 0
    var inWord = false
    for byte in line.utf8 {
      let isSeparator = byte == 0x20 || byte == 0x09
      if !isSeparator && !inWord {
        words += 1
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitalized += 1 }
      }
      inWord = !isSeparator
    }
    return (words, capitalized)
  }
}
