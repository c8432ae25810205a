import SalvoModel

/// Phrases of folded terms mapped to payloads, matched longest-first over a sentence's term
/// fingerprints (the same `TermFingerprint` the text layer gives every token).
struct PhraseTable<Payload: Sendable>: Sendable {
  /// A phrase after its first term: its other terms are `rests[restStart..<restStart +
  /// restCount]`, its payloads `payloads[payloadList]`. Plain integers, so scanning a group
  /// for every token of every sentence copies no reference.
  private struct Phrase: Sendable {
    var restStart: Int
    var restCount: Int
    var payloadList: Int
  }

  /// Phrases by the fingerprint of their first term, longest first: `groups[firsts.find(…)]`.
  /// Fingerprints are already hashes, so the open-addressing index skips `Dictionary`'s
  /// hashing on a lookup made for every token of every sentence.
  private var firsts = FingerprintIndex(capacity: 64)
  private var groups: [[Phrase]] = []
  /// The fingerprints of every phrase's terms after its first, end to end.
  private var rests: [UInt64] = []
  /// The payloads of each phrase.
  private var payloads: [[Payload]] = []

  /// Adds a payload for a phrase of folded terms.
  mutating func insert(_ terms: [String], _ payload: Payload) {
    guard let first = terms.first else { return }
    let rest = terms.dropFirst().map(TermFingerprint.of)
    let key = TermFingerprint.of(first)
    let group: Int
    if let found = firsts.find(key).map(Int.init) {
      group = found
    } else {
      group = groups.count
      firsts.insert(key, UInt32(group))
      groups.append([])
    }
    if let position = groups[group].firstIndex(where: { self.rest(of: $0).elementsEqual(rest) }) {
      payloads[groups[group][position].payloadList].append(payload)
      return
    }
    groups[group].append(
      Phrase(restStart: rests.count, restCount: rest.count, payloadList: payloads.count))
    rests += rest
    payloads.append([payload])
    groups[group].sort { $0.restCount > $1.restCount }
  }

  /// Calls `body` with every phrase starting at `index`, longest first, as (token count,
  /// payloads).
  func forEachMatch(
    _ prints: [UInt64], at index: Int, _ body: (_ length: Int, _ payloads: [Payload]) -> Void
  ) {
    guard let found = group(of: prints[index]) else { return }
    for phrase in groups[found] where matches(phrase, prints, at: index) {
      body(phrase.restCount + 1, payloads[phrase.payloadList])
    }
  }

  /// The longest phrase starting at `index`, as (token count, payload list): its payloads
  /// are `payloads(list)`.
  func longestMatch(_ prints: [UInt64], at index: Int) -> (length: Int, list: Int)? {
    guard let found = group(of: prints[index]) else { return nil }
    for phrase in groups[found] where matches(phrase, prints, at: index) {
      return (phrase.restCount + 1, phrase.payloadList)
    }
    return nil
  }

  /// The payloads of a phrase `longestMatch` found.
  func payloads(_ list: Int) -> [Payload] {
    payloads[list]
  }

  private func group(of print: UInt64) -> Int? {
    firsts.find(print).map(Int.init)
  }

  private func rest(of phrase: Phrase) -> ArraySlice<UInt64> {
    rests[phrase.restStart..<(phrase.restStart + phrase.restCount)]
  }

  /// Whether the phrase's other terms follow its first at `index`.
  private func matches(_ phrase: Phrase, _ prints: [UInt64], at index: Int) -> Bool {
    guard index + phrase.restCount < prints.count else { return false }
    for offset in 0..<phrase.restCount
    where prints[index + 1 + offset] != rests[phrase.restStart + offset] {
      return false
    }
    return true
  }
}
