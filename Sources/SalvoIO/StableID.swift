import SalvoModel

/// Content-derived ids: the same content gives the same id whatever the input order, path
/// or thread count (SCHEMA.md: `ev-` + 16 lowercase hex).
public enum StableID {
  /// `prefix` + `-` + 16 lowercase hex digits of the FNV-1a 64-bit hash of `parts`,
  /// separated by U+001F.
  public static func make(_ prefix: String, _ parts: [String]) -> String {
    var hash = PartHash()
    for part in parts { hash.add(part) }
    return hash.id(prefix)
  }

  /// The id of an event mention: the article's content hash and the trigger's and
  /// location's positions, so it survives renaming the file.
  ///
  /// The same as `make("em", [contentHash, String(trigger start), String(location start)
  /// or "-"])`, hashed without building the strings.
  public static func eventMention(_ event: Event, in document: Document) -> String {
    var hash = PartHash()
    hash.add(document.contentHash)
    return eventMention(event, after: hash)
  }

  /// `eventMention(_:in:)` of each event, hashing the document's content hash once.
  public static func eventMentions(_ events: [Event], in document: Document) -> [String] {
    var hash = PartHash()
    hash.add(document.contentHash)
    return events.map { eventMention($0, after: hash) }
  }

  private static func eventMention(_ event: Event, after document: PartHash) -> String {
    var hash = document
    hash.add(decimal: event.trigger.utf8Start)
    if let location = event.location {
      hash.add(decimal: location.range.utf8Start)
    } else {
      hash.add("-")
    }
    return hash.id("em")
  }

  /// The id of the canonical event that a single event mention forms on its own (before
  /// deduplication merges mentions across articles).
  public static func singletonEvent(mentionID: String) -> String {
    var hash = PartHash()
    hash.add(mentionID)
    return hash.id("ev")
  }
}

/// The FNV-1a hash of parts separated by U+001F, fed one part at a time.
private struct PartHash {
  private var hash = TermFingerprint.seed
  private var parts = 0

  private mutating func separate() {
    if parts > 0 { hash = TermFingerprint.combine(hash, 0x1F) }
    parts += 1
  }

  mutating func add(_ part: String) {
    separate()
    let hashed: UInt64? = part.utf8.withContiguousStorageIfAvailable { bytes in
      var running = hash
      for byte in bytes { running = TermFingerprint.combine(running, byte) }
      return running
    }
    if let hashed {
      hash = hashed
    } else {
      for byte in part.utf8 { hash = TermFingerprint.combine(hash, byte) }
    }
  }

  /// Adds the bytes `String(value)` has, without building it.
  mutating func add(decimal value: Int) {
    separate()
    if value < 0 { hash = TermFingerprint.combine(hash, UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var scale: UInt = 1
    while magnitude / scale >= 10 { scale *= 10 }
    while scale > 0 {
      let digit = UInt8(truncatingIfNeeded: (magnitude / scale) % 10)
      hash = TermFingerprint.combine(hash, UInt8(ascii: "0") + digit)
      scale /= 10
    }
  }

  /// `prefix` + `-` + the hash in 16 lowercase hex digits.
  func id(_ prefix: String) -> String {
    let value = hash
    let head = prefix.utf8
    let length = head.count
    return String(unsafeUninitializedCapacity: length + 17) { buffer in
      var position = 0
      for byte in head {
        buffer[position] = byte
        position += 1
      }
      buffer[length] = UInt8(ascii: "-")
      for index in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: (value >> UInt64(60 - 4 * index)) & 0xF)
        buffer[length + 1 + index] =
          nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
      }
      return length + 17
    }
  }
}
