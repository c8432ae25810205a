import SalvoModel

/// Phrases of folded terms mapped to payloads, matched longest-first over a sentence's term
/// fingerprints (the same `TermFingerprint` the text layer gives every token).
struct PhraseTable<Payload: Sendable>: Sendable {
  private struct Phrase: Sendable {
    var rest: [UInt64]
    var payloads: [Payload]

    /// Whether the phrase's other terms follow its first at `index`.
    func matches(_ prints: [UInt64], at index: Int) -> Bool {
      guard index + rest.count < prints.count else { return false }
      for (offset, print) in rest.enumerated() where prints[index + 1 + offset] != print {
        return false
      }
      return true
    }
  }

  /// Phrases by the fingerprint of their first term, longest first: `groups[firsts.find(…)]`.
  /// Fingerprints are already hashes, so the open-addressing index skips `Dictionary`'s
  /// hashing on a lookup made for every token of every sentence.
  private var firsts = FingerprintIndex(capacity: 64)
  private var groups: [[Phrase]] = []

  /// Adds a payload for a phrase of folded terms.
  mutating func insert(_ terms: [String], _ payload: Payload) {
    guard let first = terms.first else { return }
    let rest = terms.dropFirst().map(TermFingerprint.of)
    let key = TermFingerprint.of(first)
    guard let group = firsts.find(key).map(Int.init) else {
      firsts.insert(key, UInt32(groups.count))
      groups.append([Phrase(rest: rest, payloads: [payload])])
      return
    }
    if let position = groups[group].firstIndex(where: { $0.rest == rest }) {
      groups[group][position].payloads.append(payload)
    } else {
      groups[group].append(Phrase(rest: rest, payloads: [payload]))
      groups[group].sort { $0.rest.count > $1.rest.count }
    }
  }

  /// Calls `body` with every phrase starting at `index`, longest first, as (token count,
  /// payloads).
  func forEachMatch(
    _ prints: [UInt64], at index: Int, _ body: (_ length: Int, _ payloads: [Payload]) -> Void
  ) {
    guard let found = group(of: prints[index]) else { return }
    for phrase in groups[found] where phrase.matches(prints, at: index) {
      body(phrase.rest.count + 1, phrase.payloads)
    }
  }

  /// The longest phrase starting at `index`, as (token count, payloads).
  func longestMatch(_ prints: [UInt64], at index: Int) -> (length: Int, payloads: [Payload])? {
    guard let found = group(of: prints[index]) else { return nil }
    for phrase in groups[found] where phrase.matches(prints, at: index) {
      return (phrase.rest.count + 1, phrase.payloads)
    }
    return nil
  }

  private func group(of print: UInt64) -> Int? {
    firsts.find(print).map(Int.init)
  }
}
