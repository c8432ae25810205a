import SalvoModel

extension SentenceView {
  /// Whether a mention is a possessor: "Iran's", "Lebanon’s".
  func isPossessor(_ item: Item) -> Bool {
    let range = item.mention.range
    let quotes = Self.possessiveEndings
    // The closure captures the text alone, not the view.
    let text = self.text
    let read = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
      let surface = bytes[range.utf8Start..<range.utf8End]
      let after = bytes[range.utf8End..<min(bytes.count, range.utf8End + 4)]
      if quotes.contains(where: { after.starts(with: $0) }) { return true }
      // A surface whose bytes end in the suffix: confirm on characters (a suffix of
      // characters always ends the bytes, not the other way round).
      guard quotes.contains(where: { surface.reversed().starts(with: $0.reversed()) }) else {
        return false
      }
      let characters = text.slice(range)
      return characters.hasSuffix("'s") || characters.hasSuffix("’s")
    }
    return text.utf8.withContiguousStorageIfAvailable(read) ?? Self.isPossessor(range, in: text)
  }

  /// The bytes of the possessive endings: "'s", "’s".
  private static let possessiveEndings: [[UInt8]] = [Array("'s".utf8), Array("’s".utf8)]

  /// `isPossessor` on a text with no contiguous UTF-8.
  private static func isPossessor(_ range: TextRange, in text: String) -> Bool {
    let surface = text.slice(range)
    let after = text.utf8.dropFirst(range.utf8End).prefix(4)
    return surface.hasSuffix("'s") || surface.hasSuffix("’s") || after.starts(with: "'s".utf8)
      || after.starts(with: "’s".utf8)
  }
}
