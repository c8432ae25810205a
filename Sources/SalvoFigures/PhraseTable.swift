import SalvoModel

/// Multi-word lexicon forms, keyed by the fingerprint of their first token, longest first.
///
/// Lookups go through a `FingerprintIndex`: fingerprints are already hashes, so this avoids
/// `Dictionary`'s per-lookup hashing in the scanner's loop.
struct PhraseTable<Payload: Sendable>: Sendable {
  /// One form: the fingerprints of its tokens and what it means.
  struct Phrase: Sendable {
    var fingerprints: [UInt64]
    var payload: Payload
  }

  private var index = FingerprintIndex(capacity: 256)
  private var lists: [[Phrase]] = []
  /// Every first-token fingerprint, for flagging the words that may start a form.
  private(set) var firstFingerprints: [UInt64] = []

  /// Adds a form; returns false when the same form is already present.
  mutating func insert(_ fingerprints: [UInt64], _ payload: Payload) -> Bool {
    guard let first = fingerprints.first else { return false }
    let phrase = Phrase(fingerprints: fingerprints, payload: payload)
    guard let known = index.find(first).map({ Int($0) }) else {
      index.insert(first, UInt32(lists.count))
      lists.append([phrase])
      firstFingerprints.append(first)
      return true
    }
    if lists[known].contains(where: { $0.fingerprints == fingerprints }) { return false }
    lists[known].append(phrase)
    lists[known].sort { $0.fingerprints.count > $1.fingerprints.count }
    return true
  }

  /// The forms that start with a token of this fingerprint, longest first.
  func phrases(startingWith fingerprint: UInt64) -> [Phrase]? {
    index.find(fingerprint).map { lists[Int($0)] }
  }
}
