import SalvoModel

/// UAX #29 sentence boundaries for blocks of ASCII plus the typographic marks of English
/// news (’ ‘ “ ” – — …), matching ICU's sentence break rules for such text.
///
/// Like `ASCIIWordScanner`, it spares ICU's UText iteration on the common case; a block
/// with any other non-ASCII text goes to ICU. A differential test checks it against ICU.
enum ASCIISentenceScanner {
  /// Sentence_Break classes that occur in the text this scanner accepts.
  enum SentenceClass: UInt8 {
    case other, space, lower, upper, numeric, aTerm, sTerm, close, sContinue, paraSep
  }

  static let classes: [SentenceClass] = (0..<128).map { byte -> SentenceClass in
    switch UInt8(byte) {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
    case UInt8(ascii: "0")...UInt8(ascii: "9"): .numeric
    case UInt8(ascii: "."): .aTerm
    case UInt8(ascii: "!"), UInt8(ascii: "?"): .sTerm
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
      .close
    case UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: ":"): .sContinue
    case 0x09, 0x0B, 0x0C, 0x20: .space
    case 0x0A, 0x0D: .paraSep
    default: .other
    }
  }

  /// The class of the character at `index` and its width in bytes, or nil for a
  /// character the scanner does not handle.
  @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int)
    -> (SentenceClass, Int)?
  {
    let byte = bytes[index]
    if byte < 0x80 { return (classes[Int(byte)], 1) }
    switch ASCIIWordScanner.typographic(in: bytes, at: index, limit: limit) {
    case .singleQuote?, .doubleQuote?: return (.close, 3)
    case .dash?: return (.sContinue, 3)
    case .ellipsis?: return (.other, 3)
    case nil: return nil
    }
  }

  /// The boundaries inside `block` (offsets where a sentence starts), or nil when the
  /// block holds text this scanner does not handle.
  static func boundaries(in bytes: UnsafeBufferPointer<UInt8>, block: TextRange) -> [Int]? {
    let end = block.utf8End
    // Classify once; non-ASCII marks take three bytes, recorded at their first byte.
    var kinds: [SentenceClass] = []
    var starts: [Int] = []
    kinds.reserveCapacity(block.utf8Count)
    starts.reserveCapacity(block.utf8Count)
    var index = block.utf8Start
    while index < end {
      guard let (kind, width) = classify(bytes, index, end) else { return nil }
      kinds.append(kind)
      starts.append(index)
      index += width
    }
    var found: [Int] = []
    var position = 0
    while position < kinds.count {
      let kind = kinds[position]
      if kind == .paraSep {
        // SB3/SB4: break after a paragraph separator (CR LF counts as one).
        var after = position + 1
        if bytes[starts[position]] == 0x0D, after < kinds.count,
          kinds[after] == .paraSep, bytes[starts[after]] == 0x0A
        {
          after += 1
        }
        if after < kinds.count { found.append(starts[after]) }
        position = after
        continue
      }
      guard kind == .aTerm || kind == .sTerm else {
        position += 1
        continue
      }
      var closeEnd = position + 1
      while closeEnd < kinds.count && kinds[closeEnd] == .close { closeEnd += 1 }
      var spaceEnd = closeEnd
      while spaceEnd < kinds.count && kinds[spaceEnd] == .space { spaceEnd += 1 }
      guard spaceEnd < kinds.count else { break }  // the block's end is a boundary anyway
      let next = kinds[spaceEnd]
      if next == .paraSep {
        position = spaceEnd  // SB10/SB11: the break comes after the separator
        continue
      }
      var breaks = true
      if next == .sContinue || next == .aTerm || next == .sTerm {
        breaks = false  // SB8a
      } else if kind == .aTerm {
        let touching = closeEnd == position + 1 && spaceEnd == closeEnd
        if touching && next == .numeric {
          breaks = false  // SB6: "3.5"
        } else if touching && next == .upper && position > 0
          && (kinds[position - 1] == .upper || kinds[position - 1] == .lower)
        {
          breaks = false  // SB7: "U.S"
        } else {
          // SB8: a lower-case letter ahead, before any letter, separator or terminator.
          var ahead = spaceEnd
          while ahead < kinds.count {
            let seen = kinds[ahead]
            if seen == .lower {
              breaks = false
              break
            }
            if seen == .upper || seen == .paraSep || seen == .aTerm || seen == .sTerm {
              break
            }
            ahead += 1
          }
        }
      }
      if breaks { found.append(starts[spaceEnd]) }
      position += 1
    }
    return found
  }
}
