import SalvoModel

/// The keys the matcher compares: a folded term with apostrophes dropped and a possessive
/// `'s` removed, so `Iran's` matches `Iran` and `Kata'ib` matches `Kataib`. Dashes are
/// transparent (`Deir ez-Zor` = `Deir ez Zor`).
public enum MatchKey {
  /// The key of a folded term, or nil when the term is transparent (a dash or hyphen).
  public static func of(_ folded: String) -> UInt64? {
    var bytes = Array(folded.utf8)
    if bytes == [UInt8(ascii: "-")] || bytes.isEmpty { return nil }
    if bytes.count > 2 && bytes.suffix(2) == [UInt8(ascii: "'"), UInt8(ascii: "s")] {
      bytes.removeLast(2)
    }
    var hash = TermFingerprint.seed
    for byte in bytes where byte != UInt8(ascii: "'") { hash = TermFingerprint.combine(hash, byte) }
    return hash
  }

  /// The keys of every term of a document's table, indexed by `TermID.rawValue`; 0 marks a
  /// transparent term.
  public static func keys(of terms: TermTable) -> [UInt64] {
    terms.strings.map { of($0) ?? 0 }
  }
}
