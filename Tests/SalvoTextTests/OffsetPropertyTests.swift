import Foundation
import SalvoModel
import SalvoTestSupport
import Testing

@testable import SalvoText

@Suite("Offsets and coverage properties")
struct OffsetPropertyTests {
  /// Pieces random texts are built from: ASCII prose, punctuation, numbers, emoji,
  /// Arabic, combining marks, typographic quotes, odd white space.
  static let pieces = [
    "Drones", "hit", "U.S.", "bases", "in", "Syria", ".", ",", "1,200", "3.5", "27/07/2024",
    "Iran’s", "“quoted”", "—", "🚀", "👨‍👩‍👧", "قصف", "دمشق", "e\u{301}", "Ḩamāh", "a\u{0327}\u{0301}",
    "\u{00A0}", "\t", "\n", "\n\n", " ", " ", " ", "Mr.", "a.m.", "?", "!", "(", ")", "$40m",
    "x_y", "can't", "23h56", "F-35", "Kata'ib", "...", ". . .", "ﬁ", "１２", "’", "‘", "“", "”",
    "–", "—", "…", "Iran’s", "’s", "3’5", "“Soon.”", "A.", "U.S", "e.g.", "Gen.",
  ]

  static func randomText(seed: UInt64) -> String {
    var generator = SplitMix64(seed: seed)
    let count = Int.random(in: 1...80, using: &generator)
    return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? " " }
      .joined(separator: Bool.random(using: &generator) ? " " : "")
  }

  static func corpusTexts() throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
    try #require(names.count == 5, "the five seed articles")
    return try names.map {
      try String(contentsOfFile: corpusFolder + "/" + $0, encoding: .utf8)
    }
  }

  static func check(_ text: String) throws {
    let layer = try analyze(text)
    let bytes = Array(text.utf8)
    var previousEnd = 0
    var covered = [Bool](repeating: false, count: bytes.count)
    for token in layer.tokens {
      let range = token.range
      #expect(range.utf8Start >= previousEnd, "tokens overlap or are out of order")
      #expect(range.utf8End > range.utf8Start, "empty token")
      previousEnd = range.utf8End
      // Offsets slice back to valid text on scalar boundaries.
      let slice = Array(bytes[range.utf8Start..<range.utf8End])
      #expect(String(validating: slice, as: UTF8.self) != nil, "token cuts a scalar")
      for index in range.utf8Start..<range.utf8End { covered[index] = true }
    }
    // Everything that is not white space or an invisible format character is in a token.
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      let invisible =
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
        || scalar.properties.generalCategory == .control
      if !invisible { #expect(covered[offset], "scalar \(scalar) at \(offset) not in a token") }
      offset += width
    }
    for sentence in layer.sentences {
      #expect(!sentence.tokens.isEmpty)
      #expect(Int(layer.tokens[sentence.tokens.lowerBound].utf8Start) == sentence.range.utf8Start)
      #expect(Int(layer.tokens[sentence.tokens.upperBound - 1].utf8End) == sentence.range.utf8End)
    }
    #expect(layer.sentences.flatMap { Array($0.tokens) } == Array(layer.tokens.indices))
  }

  @Test(arguments: 0..<200)
  func randomTextIsCoveredExactly(seed: Int) throws {
    try Self.check(Self.randomText(seed: UInt64(seed)))
  }

  @Test func corpusIsCoveredExactly() throws {
    for text in try Self.corpusTexts() { try Self.check(text) }
  }

  @Test(arguments: 0..<200)
  func hybridSegmentationMatchesICU(seed: Int) throws {
    let text = Self.randomText(seed: UInt64(seed) &+ 10_000)
    let hybrid = try analyze(text, segmentation: .hybrid)
    let reference = try analyze(text, segmentation: .icuOnly)
    #expect(hybrid.tokens.map(\.range) == reference.tokens.map(\.range))
    for (mine, theirs) in zip(hybrid.tokens, reference.tokens) {
      let surface = text.slice(mine.range)
      #expect(mine.kind == theirs.kind, "kind of '\(surface)'")
      #expect(mine.shape == theirs.shape, "shape of '\(surface)'")
      #expect(hybrid.terms[mine.term] == reference.terms[theirs.term], "term of '\(surface)'")
    }
    #expect(hybrid.sentences.map(\.range) == reference.sentences.map(\.range))
  }

  @Test func hybridMatchesICUOnTheCorpus() throws {
    for text in try Self.corpusTexts() {
      let hybrid = try analyze(text, segmentation: .hybrid)
      let reference = try analyze(text, segmentation: .icuOnly)
      #expect(hybrid.tokens.map(\.range) == reference.tokens.map(\.range))
      #expect(hybrid.sentences.map(\.range) == reference.sentences.map(\.range))
    }
  }

  @Test func noSeedSentenceEndsInsideAnAbbreviation() throws {
    for text in try Self.corpusTexts() {
      for sentence in try analyze(text).sentences {
        let surface = text.slice(sentence.range)
        for abbreviation in ["U.S.", "U.K.", "U.N.", "Mr.", "Gen.", "Lt.", "No.", "St."] {
          #expect(!surface.hasSuffix(" " + abbreviation), "split after \(abbreviation): \(surface)")
        }
        #expect(!surface.hasSuffix(". . ."), "split inside an ellipsis: \(surface)")
      }
    }
  }

  @Test func analysisIsDeterministic() throws {
    for seed in 0..<20 {
      let text = Self.randomText(seed: UInt64(seed))
      let first = try analyze(text)
      let second = try analyze(text)
      #expect(first.tokens == second.tokens)
      #expect(first.sentences == second.sentences)
    }
  }
}

@Suite("Sentence boundaries against ICU")
struct SentenceDifferentialTests {
  /// Punctuation-heavy pieces that exercise every sentence-break rule.
  static let pieces = [
    "He", "said", "the", "U.S.", "x.Y", "3.5", ".", ". ", "? ", "! ", "?!", ")", "(", ".)", ").",
    "\"", "'", "“", "”", "’", "‘", "—", "–", "…", ":", ";", ",", "-", " ", "  ", "\t", "\n",
    "\r\n", "etc.", "and", "A.", "b.", "7", "Iran’s", "NEW", "x", "...", ". . .", "e.g.", "[",
    "]", "2024.", "Then",
  ]

  @Test(arguments: 0..<400)
  func hybridSentencesMatchICU(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(seed) &+ 77_000)
    let count = Int.random(in: 1...60, using: &generator)
    let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? " " }
      .joined(separator: Bool.random(using: &generator) ? " " : "")
    let hybrid = try analyze(text, segmentation: .hybrid)
    let reference = try analyze(text, segmentation: .icuOnly)
    #expect(
      hybrid.sentences.map(\.range) == reference.sentences.map(\.range), "\(text.debugDescription)")
  }
}
