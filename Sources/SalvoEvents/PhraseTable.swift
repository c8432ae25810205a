import SalvoModel

/// Phrases of folded terms mapped to payloads, matched longest-first over a sentence's term
/// fingerprints (the same `TermFingerprint` the text layer gives every token).
///
/// Matching runs for every token of every sentence, so the table is flat: the phrases of
/// one first term lie side by side in one array, their terms and payloads in two others,
/// and a lookup copies no reference and follows no pointer per phrase.
struct PhraseTable<Payload: Sendable>: Sendable {
  /// A phrase after its first term: its other terms are `rests[restStart..<restStart +
  /// restCount]`, its payloads `payloads[payloadStart..<payloadStart + payloadCount]`.
  private struct Phrase: Sendable {
    var restStart: Int
    var restCount: Int
    var payloadStart: Int
    var payloadCount: Int
    /// The fingerprint of its second term, when it has one: most phrases of a common first
    /// term ("the", "in") are turned away by this one comparison.
    var second: UInt64?
  }

  /// Which phrases start with a first term: `phrases[start..<start + count]`.
  private struct Group: Sendable {
    var start: Int
    var count: Int
  }

  /// The group of each first term's fingerprint: `groups[firsts.find(…)]`. Fingerprints are
  /// already hashes, so the open-addressing index skips `Dictionary`'s hashing.
  private var firsts = FingerprintIndex(capacity: 64)
  /// One bit per bucket of first-term fingerprints (`bucket(of:)`), set for every first
  /// term: most tokens start no phrase, and a bit test turns them away without probing
  /// `firsts`.
  private var firstBits = [UInt64](repeating: 0, count: 64)
  private var groups: [Group] = []
  /// Every group's phrases, longest first within a group, groups end to end.
  private var phrases: [Phrase] = []
  /// The fingerprints of every phrase's terms after its first, end to end.
  private var rests: [UInt64] = []
  /// Every phrase's payloads, end to end.
  private var payloads: [Payload] = []

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
      let bucket = Self.bucket(of: key)
      firstBits[bucket >> 6] |= 1 << UInt64(bucket & 63)
      groups.append(Group(start: phrases.count, count: 0))
    }
    let members = groups[group].start..<(groups[group].start + groups[group].count)
    if let position = members.first(where: { self.terms(of: phrases[$0]).elementsEqual(rest) }) {
      // Another payload of a known phrase: its payloads stay side by side.
      let end = phrases[position].payloadStart + phrases[position].payloadCount
      payloads.insert(payload, at: end)
      for other in phrases.indices where phrases[other].payloadStart >= end {
        phrases[other].payloadStart += 1
      }
      phrases[position].payloadCount += 1
      return
    }
    let phrase = Phrase(
      restStart: rests.count, restCount: rest.count, payloadStart: payloads.count,
      payloadCount: 1, second: rest.first)
    rests += rest
    payloads.append(payload)
    phrases.insert(phrase, at: members.upperBound)
    for other in groups.indices where other != group && groups[other].start >= members.upperBound {
      groups[other].start += 1
    }
    groups[group].count += 1
    phrases[members.lowerBound...members.upperBound].sort { $0.restCount > $1.restCount }
  }

  /// Calls `body` with every phrase starting at `index`, longest first, as (token count,
  /// payloads). Phrases end within `prints` (a sentence's slice of its document's).
  ///
  /// The payloads are lent as a buffer, valid during the call only: this runs for every
  /// token, and a slice of the array would retain and release it for every match.
  func forEachMatch(
    _ prints: ArraySlice<UInt64>, at index: Int,
    _ body: (_ length: Int, _ payloads: UnsafeBufferPointer<Payload>) -> Void
  ) {
    guard let found = group(of: prints[index]) else { return }
    let group = groups[found]
    let next = index + 1 < prints.endIndex ? prints[index + 1] : nil
    phrases.withUnsafeBufferPointer { phrases in
      payloads.withUnsafeBufferPointer { all in
        for position in group.start..<(group.start + group.count) {
          let phrase = phrases[position]
          if matches(phrase, prints, at: index, next: next) {
            let lent = phrase.payloadStart..<(phrase.payloadStart + phrase.payloadCount)
            body(phrase.restCount + 1, UnsafeBufferPointer(rebasing: all[lent]))
          }
        }
      }
    }
  }

  /// The longest phrase starting at `index` and ending within `prints`, as (token count,
  /// payload list): its payloads are `payloads(list)`.
  func longestMatch(_ prints: ArraySlice<UInt64>, at index: Int) -> (length: Int, list: Int)? {
    guard let found = group(of: prints[index]) else { return nil }
    let group = groups[found]
    let next = index + 1 < prints.endIndex ? prints[index + 1] : nil
    return phrases.withUnsafeBufferPointer { phrases in
      for position in group.start..<(group.start + group.count) {
        let phrase = phrases[position]
        if matches(phrase, prints, at: index, next: next) {
          return (phrase.restCount + 1, position)
        }
      }
      return nil
    }
  }

  /// The payloads of a phrase `longestMatch` found.
  func payloads(_ list: Int) -> ArraySlice<Payload> {
    payloads(of: phrases[list])
  }

  private func payloads(of phrase: Phrase) -> ArraySlice<Payload> {
    payloads[phrase.payloadStart..<(phrase.payloadStart + phrase.payloadCount)]
  }

  private func group(of print: UInt64) -> Int? {
    let bucket = Self.bucket(of: print)
    guard firstBits[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
    return firsts.find(print).map(Int.init)
  }

  /// A fingerprint's bucket in `firstBits`, 0..<4096: its top bits once mixed (FNV-1a's low
  /// bits spread badly).
  private static func bucket(of print: UInt64) -> Int {
    Int(truncatingIfNeeded: (print &* 0x9E37_79B9_7F4A_7C15) >> 52)
  }

  /// Whether the phrase's other terms follow its first at `index`.
  /// Whether `phrase` starts at `index`; `next` is the following token's fingerprint, which
  /// turns away most phrases by their second term before their rest is read.
  private func matches(
    _ phrase: Phrase, _ prints: ArraySlice<UInt64>, at index: Int, next: UInt64?
  ) -> Bool {
    guard let second = phrase.second else { return true }
    guard second == next, index + phrase.restCount < prints.endIndex else { return false }
    for offset in 0..<phrase.restCount
    where prints[index + 1 + offset] != rests[phrase.restStart + offset] {
      return false
    }
    return true
  }

  private func terms(of phrase: Phrase) -> ArraySlice<UInt64> {
    rests[phrase.restStart..<(phrase.restStart + phrase.restCount)]
  }
}
