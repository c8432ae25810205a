/// A trigger's ASCII surface read on its UTF-8 bytes, lowercasing as it compares: gives what
/// `SentenceView.form(surface:lemma:)` and `hasSuffix("s")` give on the lowercased string,
/// without building it.
///
/// Valid only while the bytes it points into are.
struct ASCIISurface {
  private let bytes: UnsafeBufferPointer<UInt8>

  /// Wraps `bytes`, or gives nil when they are not all ASCII.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes where byte >= 0x80 { return nil }
    self.bytes = bytes
  }

  /// The lowercased surface ends in "s".
  var endsInS: Bool { bytes.last.map(Self.lower) == UInt8(ascii: "s") }

  /// The form relative to `lemma`, or nil when the lemma is not ASCII (the caller then
  /// compares strings).
  func form(lemma: String) -> TriggerForm? {
    let result = lemma.utf8.withContiguousStorageIfAvailable { lemma -> TriggerForm? in
      for byte in lemma where byte >= 0x80 { return nil }
      return Self.form(word: Self.firstWord(bytes), head: Self.firstWord(lemma))
    }
    return result ?? nil
  }

  private static func form(word: UnsafeBufferPointer<UInt8>, head: UnsafeBufferPointer<UInt8>)
    -> TriggerForm
  {
    if word.count == head.count, startsWith(word, head) { return .base }
    if endsWith(word, "ing") { return .ing }
    if word.count == head.count + 1, startsWith(word, head), endsWith(word, "s") {
      return .present
    }
    if word.count == head.count + 2, startsWith(word, head), endsWith(word, "es") {
      return .present
    }
    // "hostility" → "hostilities".
    if let last = head.last, last == UInt8(ascii: "y"), word.count == head.count + 2,
      startsWith(word, UnsafeBufferPointer(rebasing: head.dropLast())), endsWith(word, "ies")
    {
      return .present
    }
    return .past
  }

  /// The first space-separated word (`split(separator: " ").first`), or all of `bytes` when
  /// there is none.
  private static func firstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let space = UInt8(ascii: " ")
    guard let start = bytes.firstIndex(where: { $0 != space }) else { return bytes }
    let end = bytes[start...].firstIndex(of: space) ?? bytes.endIndex
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// Whether the lowercased `word` starts with `prefix` (compared as is).
  private static func startsWith(
    _ word: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard word.count >= prefix.count else { return false }
    for index in prefix.indices where lower(word[index]) != prefix[index] { return false }
    return true
  }

  /// Whether the lowercased `word` ends with the ASCII `suffix`.
  private static func endsWith(_ word: UnsafeBufferPointer<UInt8>, _ suffix: StaticString)
    -> Bool
  {
    suffix.withUTF8Buffer { suffix in
      guard word.count >= suffix.count else { return false }
      let offset = word.count - suffix.count
      for index in suffix.indices where lower(word[offset + index]) != suffix[index] {
        return false
      }
      return true
    }
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }
}
