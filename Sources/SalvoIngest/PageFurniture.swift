import SalvoModel

/// What the furniture of a page says about the article, and where the furniture is.
struct PageFurniture {
  /// Blocks (or parts) that are not article content.
  var boilerplate: [TextRange] = []
  /// The outlet named by a source line or masthead.
  var outlet: String?
  /// The article URL named in the text.
  var url: String?
  /// The publication date from a dateline.
  var published: PublicationDate?
  /// Findings worth reporting (an ambiguous numeric date).
  var diagnostics: [Diagnostic] = []
}

/// One block of text with the facts the furniture detector needs, computed on its UTF-8
/// bytes (the detector looks at every block of every article, so this is a hot path).
struct BlockFacts {
  let range: TextRange
  let line: Substring
  /// The first `matchedPrefixBytes` of the line, normalized for cue matching.
  let normalized: [UInt8]
  /// How many white-space-separated words the line has, counted in its first
  /// `matchedPrefixBytes` (a longer line is prose whatever its exact count) and at most
  /// `countedWords`: every rule compares it with 20 or less.
  let wordCount: Int
  /// The words, for lines of at most `listedWords` words; empty for longer ones.
  let words: [Substring]
  /// Ends like a sentence (`.`, `!`, `?`, `…`, possibly inside closing quotes).
  let endsLikeSentence: Bool
  /// The line's first `matchedPrefixBytes` have a digit (a precondition for a dateline).
  let hasDigit: Bool

  static let shortLineWords = 12
  /// Only URL lines (one word) and name lines (two to four) read `words`: longer lines
  /// skip splitting.
  static let listedWords = 4
  /// Counting stops past this many words: a line that has them is prose.
  static let countedWords = 21
  /// Cues are matched against the start of a line only: furniture lines are short, and
  /// normalizing whole paragraphs would cost more than the rest of ingest together.
  static let matchedPrefixBytes = 320

  init(range: TextRange, text: String) {
    self.range = range
    line = text.slice(range)
    let utf8 = line.utf8
    let facts =
      utf8.withContiguousStorageIfAvailable(Self.scan)
      ?? Array(utf8).withUnsafeBufferPointer(Self.scan)
    normalized = facts.normalized
    wordCount = facts.wordCount
    hasDigit = facts.hasDigit
    endsLikeSentence = facts.endsLikeSentence
    words =
      wordCount <= Self.listedWords
      ? utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { Substring($0) } : []
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>)
    -> (normalized: [UInt8], wordCount: Int, hasDigit: Bool, endsLikeSentence: Bool)
  {
    let head = UnsafeBufferPointer(rebasing: bytes.prefix(matchedPrefixBytes))
    var count = 0
    var inWord = false
    var digit = false
    for byte in head {
      let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
      if !isSpace && !inWord {
        // Past `countedWords` words nothing reads the count or the digits (a dateline
        // has at most `shortLineWords`).
        if count == countedWords { break }
        count += 1
      }
      inWord = !isSpace
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true }
    }
    let tail = UnsafeBufferPointer(rebasing: bytes.suffix(8))
    return (LineNormalizer.normalize(head), count, digit, endsLikeSentence(tail))
  }

  /// Bytes that may follow a sentence's final mark: a space, a quote, a parenthesis.
  private static func isSentenceCloser(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
      || byte == UInt8(ascii: ")")
  }

  private static func endsLikeSentence(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = tail.count
    while end > 0 {
      if isSentenceCloser(tail[end - 1]) {
        end -= 1
      } else if end >= 3 && tail[end - 3] == 0xE2 && tail[end - 2] == 0x80
        && (tail[end - 1] == 0x9D || tail[end - 1] == 0x99)
      {
        end -= 3  // ” or ’
      } else {
        break
      }
    }
    guard end > 0 else { return false }
    let last = tail[end - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
      return true
    }
    return end >= 3 && tail[end - 3] == 0xE2 && tail[end - 2] == 0x80 && last == 0xA6  // …
  }

  /// Reads as running prose rather than a label: a long line or a sentence.
  var isProse: Bool { wordCount >= 20 || (wordCount >= 8 && endsLikeSentence) }

  /// The whole line is one URL (`https://…` or `www.…`).
  var isURL: Bool {
    guard wordCount == 1, let word = words.first else { return false }
    return word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.")
  }

  /// The whole line is a Markdown image: `![caption](https://…)`.
  var isMarkdownImage: Bool {
    // A line whose bytes do not start with `![` has no such characters either: test the
    // bytes first, as nearly every line fails here.
    line.utf8.starts(with: "![".utf8) && line.hasPrefix("![") && line.hasSuffix(")")
      && line.contains("](")
  }

  /// Looks like a person's name on its own line: two to four capitalized words.
  var isNameLine: Bool {
    guard (2...4).contains(wordCount), !endsLikeSentence, line.utf8.count < 60 else {
      return false
    }
    return words.allSatisfy { word in
      if let ascii = Self.isASCIINameWord(word) { return ascii }
      guard let first = word.first, first.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
    }
  }

  /// `isNameLine`'s test of one word decided on its bytes when they are all ASCII (where a
  /// character is a letter or upper case exactly when its byte is); nil otherwise.
  private static func isASCIINameWord(_ word: Substring) -> Bool? {
    var isFirst = true
    var verdict = true
    for byte in word.utf8 {
      if byte >= 0x80 { return nil }
      let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
      let isLetter = isUpper || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      if isFirst ? !isUpper : !(isLetter || byte == 0x2D || byte == 0x27 || byte == 0x2E) {
        verdict = false
      }
      isFirst = false
    }
    return isFirst ? false : verdict
  }
}
