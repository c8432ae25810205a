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

  /// The bytes the boundary scan stops at: terminators, paragraph separators, and the first
  /// byte of every non-ASCII character (which may be one the scanner does not handle).
  static let stops: [Bool] = (0..<256).map { byte in
    byte >= 0x80 || [.aTerm, .sTerm, .paraSep].contains(classes[byte])
  }

  /// The boundaries inside `block` (offsets where a sentence starts), or nil when the
  /// block holds text this scanner does not handle.
  ///
  /// Works on the bytes in place, in one pass that skips to the next terminator, separator
  /// or non-ASCII character (checked to be handled), and classifies characters only where a
  /// rule looks (at terminators and after them).
  static func boundaries(in bytes: UnsafeBufferPointer<UInt8>, block: TextRange) -> [Int]? {
    let start = block.utf8Start
    let end = block.utf8End
    let table = classes
    let stops = stops
    // Characters the rules look at past `position` are classified before the scan reaches
    // them; one the scanner does not handle counts as `other` there, and the scan gives up
    // when it reaches it.
    @inline(__always) func kind(_ offset: Int) -> (SentenceClass, Int) {
      let byte = bytes[offset]
      if byte < 0x80 { return (table[Int(byte)], 1) }
      return classify(bytes, offset, end) ?? (.other, 3)
    }
    var found: [Int] = []
    var position = start
    while position < end {
      let byte = bytes[position]
      guard stops[Int(byte)] else {
        position += 1
        continue
      }
      if byte >= 0x80 {
        // Typographic marks are neither terminators nor separators.
        guard let (_, width) = classify(bytes, position, end) else { return nil }
        position += width
        continue
      }
      let kind0 = table[Int(byte)]
      if kind0 == .paraSep {
        // SB3/SB4: break after a paragraph separator (CR LF counts as one).
        var after = position + 1
        if byte == 0x0D, after < end, bytes[after] == 0x0A { after += 1 }
        if after < end { found.append(after) }
        position = after
        continue
      }
      // Terminators are ASCII: one byte.
      var closeEnd = position + 1
      while closeEnd < end {
        let (seen, seenWidth) = kind(closeEnd)
        guard seen == .close else { break }
        closeEnd += seenWidth
      }
      var spaceEnd = closeEnd
      while spaceEnd < end && kind(spaceEnd).0 == .space { spaceEnd += 1 }
      guard spaceEnd < end else { break }  // the block's end is a boundary anyway
      let next = kind(spaceEnd).0
      if next == .paraSep {
        position = spaceEnd  // SB10/SB11: the break comes after the separator
        continue
      }
      var breaks = true
      if next == .sContinue || next == .aTerm || next == .sTerm {
        breaks = false  // SB8a
      } else if kind0 == .aTerm {
        let touching = closeEnd == position + 1 && spaceEnd == closeEnd
        if touching && next == .numeric {
          breaks = false  // SB6: "3.5"
        } else if touching && next == .upper && position > start
          && bytes[position - 1] < 0x80
          && (table[Int(bytes[position - 1])] == .upper
            || table[Int(bytes[position - 1])] == .lower)
        {
          breaks = false  // SB7: "U.S"
        } else {
          // SB8: a lower-case letter ahead, before any letter, separator or terminator.
          var ahead = spaceEnd
          while ahead < end {
            let (seen, seenWidth) = kind(ahead)
            if seen == .lower {
              breaks = false
              break
            }
            if seen == .upper || seen == .paraSep || seen == .aTerm || seen == .sTerm {
              break
            }
            ahead += seenWidth
          }
        }
      }
      if breaks { found.append(spaceEnd) }
      position += 1
    }
    return found
  }
}
