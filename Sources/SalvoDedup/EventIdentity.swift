import SalvoModel

/// The id policy of canonical events.
///
/// An event mention's id (`em-…`, from `SalvoIO.StableID.eventMention`) is derived from its
/// article's content hash and its trigger's and location's byte offsets: it does not depend
/// on file names, input order or threads. A canonical event's id is `ev-` followed by the 16
/// hex digits of the FNV-1a 64-bit hash of its **anchor**: the smallest id (in byte order) of
/// its supporting mentions. So:
/// - the same inputs give the same ids whatever the input order and thread count, since
///   clustering visits reports in a content order and the anchor is a minimum;
/// - an event reported once keeps the id it had before deduplication
///   (`StableID.singletonEvent`);
/// - adding an unrelated article changes no existing id (its mentions join no cluster);
///   adding a related one changes a cluster's id only when its mention id sorts first.
public enum EventIdentity {
  /// The canonical event id of a cluster anchored on `anchorMentionID`.
  public static func eventID(anchorMentionID: String) -> String {
    var hash = TermFingerprint.seed
    for byte in anchorMentionID.utf8 { hash = TermFingerprint.combine(hash, byte) }
    let hex = String(hash, radix: 16)
    return "ev-" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
