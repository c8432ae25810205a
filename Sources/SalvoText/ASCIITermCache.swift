import SalvoModel

/// The strings of ASCII terms by fingerprint, built once per analyzer and shared by every
/// document it analyzes (each document's `TermTable` then holds a reference).
///
/// A value type, so that the tokenizer can hold it for the length of a document: kept in a
/// class property and mutated per new term, every access paid a dynamic exclusivity check.
struct ASCIITermCache {
  private var index: FingerprintIndex
  private var terms: [String] = []
  /// Room the index starts with: it grows with the vocabulary, and a small table stays in
  /// cache (it is probed for every new term of every document).
  private static let initialTerms = 1 << 12
  /// Terms kept before the cache starts over, which bounds its memory on endless input.
  private static let maximumTerms = 500_000

  /// An empty cache with room for a typical vocabulary.
  init() {
    self.init(capacity: Self.initialTerms)
  }

  /// An empty cache that reserves nothing, to stand in while the real one is lent out.
  static var placeholder: ASCIITermCache { ASCIITermCache(capacity: 16) }

  private init(capacity: Int) {
    index = FingerprintIndex(capacity: capacity)
  }

  /// The string of a term by its fingerprint, made with `make` the first time it is seen.
  @inline(__always)
  mutating func term(fingerprint: UInt64, make: () -> String) -> String {
    if let known = index.find(fingerprint) { return terms[Int(known)] }
    return insert(fingerprint, make())
  }

  private mutating func insert(_ fingerprint: UInt64, _ term: String) -> String {
    if terms.count >= Self.maximumTerms { self = ASCIITermCache() }
    index.insert(fingerprint, UInt32(terms.count))
    terms.append(term)
    return term
  }
}
