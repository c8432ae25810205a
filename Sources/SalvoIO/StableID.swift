import SalvoModel

/// Content-derived ids: the same content gives the same id whatever the input order, path
/// or thread count (SCHEMA.md: `ev-` + 16 lowercase hex).
public enum StableID {
  /// `prefix` + `-` + 16 lowercase hex digits of the FNV-1a 64-bit hash of `parts`,
  /// separated by U+001F.
  public static func make(_ prefix: String, _ parts: [String]) -> String {
    var hash = TermFingerprint.seed
    for (index, part) in parts.enumerated() {
      if index > 0 { hash = TermFingerprint.combine(hash, 0x1F) }
      for byte in part.utf8 { hash = TermFingerprint.combine(hash, byte) }
    }
    let hex = String(hash, radix: 16)
    return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The id of an event mention: the article's content hash and the trigger's and
  /// location's positions, so it survives renaming the file.
  public static func eventMention(_ event: Event, in document: Document) -> String {
    make(
      "em",
      [
        document.contentHash, String(event.trigger.utf8Start),
        event.location.map { String($0.range.utf8Start) } ?? "-",
      ])
  }

  /// The id of the canonical event that a single event mention forms on its own (before
  /// deduplication merges mentions across articles).
  public static func singletonEvent(mentionID: String) -> String { make("ev", [mentionID]) }
}
