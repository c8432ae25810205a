import SalvoModel

/// Phrases of folded terms mapped to payloads, matched longest-first over a sentence's term
/// fingerprints (the same `TermFingerprint` the text layer gives every token).
struct PhraseTable<Payload: Sendable>: Sendable {
  private struct Phrase: Sendable {
    var rest: [UInt64]
    var payloads: [Payload]
  }

  /// Phrases by the fingerprint of their first term, longest first.
  private var byFirst: [UInt64: [Phrase]] = [:]

  /// Adds a payload for a phrase of folded terms.
  mutating func insert(_ terms: [String], _ payload: Payload) {
    guard let first = terms.first else { return }
    let rest = terms.dropFirst().map(TermFingerprint.of)
    var phrases = byFirst[TermFingerprint.of(first), default: []]
    if let index = phrases.firstIndex(where: { $0.rest == rest }) {
      phrases[index].payloads.append(payload)
    } else {
      phrases.append(Phrase(rest: rest, payloads: [payload]))
      phrases.sort { $0.rest.count > $1.rest.count }
    }
    byFirst[TermFingerprint.of(first)] = phrases
  }

  /// Every phrase starting at `index`, longest first, as (token count, payloads).
  func matches(_ prints: [UInt64], at index: Int) -> [(length: Int, payloads: [Payload])] {
    guard let phrases = byFirst[prints[index]] else { return [] }
    var found: [(length: Int, payloads: [Payload])] = []
    for phrase in phrases where index + phrase.rest.count < prints.count {
      var matched = true
      for (offset, print) in phrase.rest.enumerated() where prints[index + 1 + offset] != print {
        matched = false
        break
      }
      if matched { found.append((phrase.rest.count + 1, phrase.payloads)) }
    }
    return found
  }
}
