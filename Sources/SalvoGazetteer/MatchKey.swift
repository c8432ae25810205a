import SalvoModel

/// The keys the matcher compares: a folded term with apostrophes dropped and a possessive
/// `'s` removed, so `Iran's` matches `Iran` and `Kata'ib` matches `Kataib`. Dashes are
/// transparent (`Deir ez-Zor` = `Deir ez Zor`).
public enum MatchKey {
  /// The key of a folded term, or nil when the term is transparent (a dash or hyphen).
  public static func of(_ folded: String) -> UInt64? {
    let bytes = folded.utf8
    var count = bytes.count
    if count == 0 || (count == 1 && bytes.first == UInt8(ascii: "-")) { return nil }
    var last = bytes.index(before: bytes.endIndex)
    if count > 2, bytes[last] == UInt8(ascii: "s"),
      bytes[bytes.index(before: last)] == UInt8(ascii: "'")
    {
      count -= 2
      last = bytes.index(last, offsetBy: -2)
    }
    var hash = TermFingerprint.seed
    for byte in bytes.prefix(count) where byte != UInt8(ascii: "'") {
      hash = TermFingerprint.combine(hash, byte)
    }
    return hash
  }

  /// The keys of every term of a document's table, indexed by `TermID.rawValue`; 0 marks a
  /// transparent term.
  public static func keys(of terms: TermTable) -> [UInt64] {
    // A term without apostrophes that is not a dash keys as its own fingerprint (the same
    // FNV-1a over the same bytes), so only the few others are rehashed.
    zip(terms.strings, terms.fingerprints).map { term, fingerprint in
      let bytes = term.utf8
      if bytes.count == 1 && bytes.first == UInt8(ascii: "-") { return 0 }
      let apostrophe =
        bytes.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "'")) }
        ?? bytes.contains(UInt8(ascii: "'"))
      return apostrophe ? of(term) ?? 0 : fingerprint
    }
  }
}
