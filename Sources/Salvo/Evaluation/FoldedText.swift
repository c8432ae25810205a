/// Text folded for comparison, remembering where each folded scalar came from.
///
/// Folding lowercases, writes typographic apostrophes and quotes as `'` and `"`, dashes
/// (en, em, minus, non-breaking hyphen) as `-`, and collapses every run of white space to
/// one space, trimmed at both ends: gold written by hand and text decoded from a page
/// compare equal when only those differ.
struct FoldedText {
  /// The folded scalars.
  var scalars: [Unicode.Scalar] = []
  /// For each folded scalar, the offset of the source scalar it came from.
  var origins: [Int] = []

  /// Folds `text`.
  init(_ text: String) {
    var pendingSpace = false
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        origins.append(offset)
        pendingSpace = false
      }
      for folded in Self.fold(scalar) {
        scalars.append(folded)
        origins.append(offset)
      }
    }
  }

  /// The folded text as a string.
  var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Where `needle` occurs in the source text, as half-open source scalar offsets, every
  /// occurrence.
  func occurrences(of needle: FoldedText) -> [(start: Int, end: Int)] {
    let pattern = needle.scalars
    guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
    var result: [(start: Int, end: Int)] = []
    for start in 0...(scalars.count - pattern.count)
    where scalars[start] == pattern[0]
      && scalars[start..<(start + pattern.count)].elementsEqual(pattern)
    {
      result.append((origins[start], origins[start + pattern.count - 1] + 1))
    }
    return result
  }

  private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return ["'"]
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return ["\""]
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return ["-"]
    default: return Array(String(scalar).lowercased().unicodeScalars)
    }
  }
}

/// The comparison of gold evidence ("the first words of the sentence") with a run's
/// evidence sentences.
enum EvidenceWords {
  /// The folded words of `text`, with the punctuation around each word removed
  /// (`"[referring` → `referring`, `26,` → `26`).
  static func words(_ text: String) -> [String] {
    FoldedText(text).string.split(separator: " ").map { word in
      let scalars = Array(word.unicodeScalars)
      guard let first = scalars.firstIndex(where: { !isEdge($0) }),
        let last = scalars.lastIndex(where: { !isEdge($0) })
      else { return "" }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[first...last])
      return String(view)
    }.filter { !$0.isEmpty }
  }

  /// The word sequences a gold evidence text stands for: its words up to an ellipsis
  /// (`. . .`, `...`, `…`), and the same without words gold inserted in brackets (`[An]`).
  static func goldPrefixes(_ evidence: String) -> [[String]] {
    var kept: [Substring] = []
    for word in FoldedText(evidence).string.split(separator: " ") {
      if word == "." { break }
      if let ellipsis = word.range(of: "...") ?? word.range(of: "…") {
        kept.append(word[..<ellipsis.lowerBound])
        break
      }
      kept.append(word)
    }
    let text = kept.joined(separator: " ")
    let plain = words(text)
    let unbracketed = words(
      kept.filter { !($0.hasPrefix("[") && $0.hasSuffix("]")) }.joined(separator: " "))
    return plain == unbracketed ? [plain] : [plain, unbracketed]
  }

  /// Whether a run evidence sentence is the one a gold evidence text begins.
  ///
  /// The sentence matches when its words start with the gold words (up to an ellipsis), or
  /// agree with them on the first five words (gold sometimes abridges or paraphrases the
  /// rest), or, for a gold prefix of five words or more, contain them (the run's sentence
  /// split may have glued a preceding sentence on).
  static func matches(sentence: [String], gold: [String]) -> Bool {
    guard !gold.isEmpty, !sentence.isEmpty else { return false }
    if sentence.starts(with: gold) { return true }
    let head = min(5, gold.count)
    if sentence.count >= head, sentence.prefix(head).elementsEqual(gold.prefix(head)) {
      return true
    }
    guard gold.count >= 5, sentence.count > gold.count else { return false }
    return (1...(sentence.count - gold.count)).contains { start in
      sentence[start..<(start + gold.count)].elementsEqual(gold)
    }
  }

  private static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
