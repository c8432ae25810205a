import SalvoModel

/// The fold of a surface made of ASCII and typographic marks, accumulated as its bytes are
/// scanned: the folded term's fingerprint and the surface's shape.
///
/// The word scanner feeds it while it looks for the word's end, so a word's bytes are read
/// once rather than once to segment and again to fold.
struct SurfaceFold {
  /// What the word scanner needs of each ASCII byte, packed in one table read: the byte it
  /// folds to (`TermFolder.foldASCII`, low 8 bits) and the flags below.
  static let ascii: [UInt16] = (0..<128).map { value in
    let byte = UInt8(value)
    var info = UInt16(TermFolder.foldASCII(byte))
    if Tokenizer.isASCIILetter(byte) { info |= letter }
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { info |= upper }
    if Tokenizer.isDigit(byte) { info |= digit }
    switch ASCIIWordScanner.classes[value] {
    case .letter, .numeric, .extendNumLet: info |= wordPart
    default: break
    }
    return info
  }
  /// An ASCII letter.
  static let letter: UInt16 = 1 << 8
  /// An upper-case ASCII letter.
  static let upper: UInt16 = 1 << 9
  /// An ASCII digit.
  static let digit: UInt16 = 1 << 10
  /// A letter, digit or underscore: a byte that goes on a word without a joiner.
  static let wordPart: UInt16 = 1 << 11

  /// `TermFingerprint` of the folded bytes so far.
  private(set) var hash = TermFingerprint.seed
  private var letters = 0
  private var upper = 0
  /// The flags of every byte added, or-ed.
  private var seen: UInt16 = 0
  private var capitalized = false
  private var nonASCII = false

  /// Adds an ASCII byte: case-folded (`TermFolder.foldASCII`) into the fingerprint.
  @inline(__always)
  mutating func add(_ byte: UInt8) {
    add(info: Self.ascii[Int(byte)])
  }

  /// Adds an ASCII byte by its entry in `ascii`.
  @inline(__always)
  mutating func add(info: UInt16) {
    if info & Self.letter != 0 {
      if letters == 0 { capitalized = info & Self.upper != 0 }
      letters &+= 1
      if info & Self.upper != 0 { upper &+= 1 }
    }
    seen |= info
    hash = TermFingerprint.combine(hash, UInt8(truncatingIfNeeded: info))
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
    if seen & Self.digit != 0 { shape.insert(.hasDigit) }
    if capitalized { shape.insert(.capitalized) }
    if letters > 0 { shape.insert(.hasLetter) }
    if letters >= 2 && upper == letters { shape.insert(.allUppercase) }
    return shape
  }
}
