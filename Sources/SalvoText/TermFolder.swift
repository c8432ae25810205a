import SalvoModel

/// Folds token surfaces into terms: NFKC, full case folding, diacritics removed
/// (`Any-Latin; Latin-ASCII`), and apostrophes, quotes and dashes unified.
///
/// The tokenizer folds surfaces of ASCII and typographic marks (nearly all of English news)
/// itself, without ICU, and shares their strings through `asciiTerms`; other surfaces go
/// through `fold`, which calls ICU once per distinct surface and caches the result.
/// The ICU transliterator is opened on the first such surface: opening ICU's registry of
/// transforms costs more than a megabyte of English text takes to analyze.
/// Not thread-safe: one per analyzer.
public final class TermFolder {
  private var transliterator: ICUTransliterator?
  private var cache: [String: String] = [:]
  /// The strings of ASCII terms, lent to the tokenizer for each document.
  var asciiTerms = ASCIITermCache()

  /// Creates a folder; ICU is opened when a surface first needs it.
  public init() {}

  /// The folded form of a surface, through ICU (cached per distinct surface).
  ///
  /// - Throws: `TextError` when ICU fails.
  public func fold(_ surface: Substring) throws(TextError) -> String {
    let key = String(surface)
    if let cached = cache[key] { return cached }
    let folded = try foldUnicode(key)
    if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
    cache[key] = folded
    return folded
  }

  private func foldUnicode(_ surface: String) throws(TextError) -> String {
    let folded = try ICUTransform.caseFold(ICUTransform.nfkc(surface))
    let latin = try openTransliterator().transliterate(folded)
    var result = ""
    result.unicodeScalars.reserveCapacity(latin.unicodeScalars.count)
    for scalar in latin.unicodeScalars {
      result.unicodeScalars.append(Self.unify(scalar))
    }
    let lowered = Self.asciiFolded(result.utf8)
    // A surface made only of marks or symbols the transliterator drops keeps its
    // normalized, case-folded form rather than becoming empty.
    return lowered.isEmpty ? folded : lowered
  }

  /// The `Any-Latin; Latin-ASCII` transliterator, opened on first use.
  ///
  /// - Throws: `TextError` when ICU cannot open it.
  private func openTransliterator() throws(TextError) -> ICUTransliterator {
    if let transliterator { return transliterator }
    let opened = try ICUTransliterator("Any-Latin; Latin-ASCII")
    transliterator = opened
    return opened
  }

  /// ASCII case folding plus the backtick-as-apostrophe convention.
  @inline(__always)
  static func foldASCII(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
    case UInt8(ascii: "`"): return UInt8(ascii: "'")
    default: return byte
    }
  }

  /// The string of `bytes` with `foldASCII` applied to each.
  static func asciiFolded(_ bytes: some Sequence<UInt8>) -> String {
    String(decoding: bytes.map(foldASCII), as: UTF8.self)
  }

  /// Maps typographic apostrophes, quotes and dashes that survive transliteration to ASCII.
  static func unify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x02B9, 0xFF07, 0x00B4:
      return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0xFF02:
      return "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
      return "-"
    default:
      return scalar
    }
  }
}
