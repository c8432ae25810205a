import SalvoModel

/// The fold of a surface made of ASCII and typographic marks, accumulated as its bytes are
/// scanned: the folded term's fingerprint and the surface's shape.
///
/// The word scanner feeds it while it looks for the word's end, so a word's bytes are read
/// once rather than once to segment and again to fold.
struct SurfaceFold {
  /// `TermFingerprint` of the folded bytes so far.
  private(set) var hash = TermFingerprint.seed
  private var letters = 0
  private var upper = 0
  private var hasDigit = false
  private var capitalized = false
  private var nonASCII = false

  /// Adds an ASCII byte: case-folded (`TermFolder.foldASCII`) into the fingerprint.
  @inline(__always)
  mutating func add(_ byte: UInt8) {
    if Tokenizer.isDigit(byte) { hasDigit = true }
    if Tokenizer.isASCIILetter(byte) {
      letters += 1
      if byte < UInt8(ascii: "a") {
        upper += 1
        if letters == 1 { capitalized = true }
      }
    }
    hash = TermFingerprint.combine(hash, TermFolder.foldASCII(byte))
  }

  /// Adds a typographic mark, as the ASCII it folds to.
  mutating func add(_ mark: ASCIIWordScanner.Typographic) {
    nonASCII = true
    for folded in mark.folded { hash = TermFingerprint.combine(hash, folded) }
  }

  /// The shape of the surface added so far.
  var shape: TokenShape {
    var shape: TokenShape = []
    if nonASCII { shape.insert(.nonASCII) }
    if hasDigit { shape.insert(.hasDigit) }
    if capitalized { shape.insert(.capitalized) }
    if letters > 0 { shape.insert(.hasLetter) }
    if letters >= 2 && upper == letters { shape.insert(.allUppercase) }
    return shape
  }
}
