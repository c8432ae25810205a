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

/// One block of text with the facts the furniture detector needs.
struct BlockFacts {
  let range: TextRange
  let line: Substring
  let normalized: String
  let words: [Substring]

  init(range: TextRange, text: String) {
    self.range = range
    line = text.slice(range)
    normalized = LineNormalizer.normalize(line)
    words = line.split(whereSeparator: { $0.isWhitespace })
  }

  /// Ends like a sentence (`.`, `!`, `?`, possibly inside closing quotes).
  var endsLikeSentence: Bool {
    let trimmed = line.reversed().drop { "\"'”’) ".contains($0) }
    guard let last = trimmed.first else { return false }
    return ".!?…".contains(last)
  }

  /// Reads as running prose rather than a label: a long line or a sentence.
  var isProse: Bool { words.count >= 20 || (words.count >= 8 && endsLikeSentence) }

  /// The whole line is one URL (`https://…` or `www.…`).
  var isURL: Bool {
    guard words.count == 1, let word = words.first else { return false }
    return word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.")
  }

  /// Looks like a person's name on its own line: two to four capitalized words.
  var isNameLine: Bool {
    guard (2...4).contains(words.count), !endsLikeSentence, line.count < 60 else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
    }
  }
}
