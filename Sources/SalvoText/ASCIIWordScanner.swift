/// UAX #29 word segmentation restricted to ASCII plus the typographic marks of English
/// news (’ ‘ “ ” – — …), matching ICU's word break rules for such text.
///
/// The text layer hands ICU only the white-space-delimited chunks that contain other
/// non-ASCII text and scans the rest with this, which is several times faster than ICU's
/// UText iteration over UTF-8. A differential test checks it against ICU.
enum ASCIIWordScanner {
  /// Character classes of UAX #29 that occur in ASCII.
  enum WordClass: UInt8 {
    case other, letter, numeric, midLetter, midNumLet, singleQuote, midNum, extendNumLet
  }

  /// The class of each ASCII byte.
  static let classes: [WordClass] = (0..<128).map { byte -> WordClass in
    switch UInt8(byte) {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): .letter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): .numeric
    case UInt8(ascii: ":"): .midLetter
    case UInt8(ascii: "."): .midNumLet
    case UInt8(ascii: "'"): .singleQuote
    case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
    case UInt8(ascii: "_"): .extendNumLet
    default: .other
    }
  }

  /// Whether an ASCII byte is punctuation (Unicode P*) rather than a symbol (S*).
  static let isPunctuation: [Bool] = (0..<128).map { byte in
    Unicode.Scalar(UInt8(byte)).properties.generalCategory.isPunctuation
  }

  /// A typographic mark, encoded in UTF-8 as E2 80 xx.
  enum Typographic {
    /// ‘ or ’ (U+2018, U+2019): MidNumLet, like the ASCII apostrophe inside words.
    case singleQuote
    /// “ or ” (U+201C, U+201D).
    case doubleQuote
    /// – or — (U+2013, U+2014).
    case dash
    /// … (U+2026).
    case ellipsis

    /// What the mark folds to: the same as NFKC, case folding and `Latin-ASCII` give.
    var folded: [UInt8] {
      switch self {
      case .singleQuote: [UInt8(ascii: "'")]
      case .doubleQuote: [UInt8(ascii: "\"")]
      case .dash: [UInt8(ascii: "-")]
      case .ellipsis: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")]
      }
    }
  }

  /// The typographic mark whose three bytes start at `index`, if one does.
  @inline(__always)
  static func typographic(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int)
    -> Typographic?
  {
    guard index + 2 < limit, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return nil }
    switch bytes[index + 2] {
    case 0x98, 0x99: return .singleQuote
    case 0x9C, 0x9D: return .doubleQuote
    case 0x93, 0x94: return .dash
    case 0xA6: return .ellipsis
    default: return nil
    }
  }

  /// The end of the word-like segment (letters, digits and their joiners) starting at
  /// `start`, whose byte is a letter, digit or underscore; the segment's bytes are added to
  /// `fold` on the way (`folds` is `SurfaceFold.ascii`, held by the caller).
  @inline(__always)
  static func wordEnd(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int,
    classes: [WordClass], folds: [UInt16], folding fold: inout SurfaceFold
  ) -> Int {
    var index = start + 1
    fold.add(info: folds[Int(bytes[start])])
    while index < limit {
      let byte = bytes[index]
      // Letters, digits and underscores, most of a word, go on with one table read.
      if byte < 0x80 {
        let info = folds[Int(byte)]
        if info & SurfaceFold.wordPart != 0 {
          fold.add(info: info)
          index += 1
          continue
        }
      }
      var current: WordClass
      var width = 1
      if byte >= 0x80 {
        guard typographic(in: bytes, at: index, limit: limit) == .singleQuote else { return index }
        current = .midNumLet
        width = 3
      } else {
        current = classes[Int(byte)]
      }
      switch current {
      case .midLetter, .midNumLet, .singleQuote, .midNum:
        guard index + width < limit, bytes[index + width] < 0x80 else { return index }
        // The byte before is the last the word took: always an ASCII letter, digit or
        // underscore.
        let previous = classes[Int(bytes[index - 1])]
        let following = classes[Int(bytes[index + width])]
        let joinsLetters =
          previous == .letter && following == .letter && current != .midNum
        let joinsNumbers =
          previous == .numeric && following == .numeric && current != .midLetter
        guard joinsLetters || joinsNumbers else { return index }
        if width == 1 { fold.add(byte) } else { fold.add(.singleQuote) }
        fold.add(bytes[index + width])
        index += width + 1
      default:
        return index
      }
    }
    return index
  }
}
