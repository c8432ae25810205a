import SalvoModel
import SalvoTestSupport
import Testing

@testable import SalvoText

@Suite("Tokens and folded terms")
struct TokenTests {
  @Test func kindsAndSurfaces() throws {
    let text = "On 27/07/2024, 1,200 U.S.-backed troops fired 3.5 tonnes of shells (23h56) — $4m!"
    let layer = try analyze(text)
    let surfaces = layer.tokens.map { String(text.slice($0.range)) }
    #expect(
      surfaces == [
        "On", "27", "/", "07", "/", "2024", ",", "1,200", "U.S.", "-", "backed", "troops",
        "fired", "3.5", "tonnes", "of", "shells", "(", "23h56", ")", "—", "$", "4m", "!",
      ])
    let kinds = layer.tokens.map(\.kind)
    try #require(kinds.count == 24)
    #expect(kinds[1] == .number && kinds[7] == .number && kinds[13] == .number)
    #expect(kinds[8] == .word && kinds[2] == .punctuation && kinds[21] == .symbol)
    #expect(kinds[18] == .number)
  }

  struct FoldCase: Sendable, CustomTestStringConvertible {
    let surface: String
    let folded: String
    var testDescription: String { surface }
  }

  static let folds: [FoldCase] = [
    FoldCase(surface: "Iran’s", folded: "iran's"),
    FoldCase(surface: "Iran's", folded: "iran's"),
    FoldCase(surface: "HOMS", folded: "homs"),
    FoldCase(surface: "Ḩamāh", folded: "hamah"),
    FoldCase(surface: "Ma’arrat", folded: "ma'arrat"),
    FoldCase(surface: "Straße", folded: "strasse"),
    FoldCase(surface: "ﬁghters", folded: "fighters"),
    FoldCase(surface: "Türkiye", folded: "turkiye"),
    FoldCase(surface: "Şanlıurfa", folded: "sanliurfa"),
    FoldCase(surface: "Kata‘ib", folded: "kata'ib"),
    FoldCase(surface: "U.S.", folded: "u.s."),
    FoldCase(surface: "Zoë", folded: "zoe"),
    FoldCase(surface: "Ｇａｚａ", folded: "gaza"),
  ]

  @Test(arguments: folds)
  func folding(_ testCase: FoldCase) throws {
    let layer = try analyze(testCase.surface)
    try #require(layer.tokens.count == 1)
    #expect(layer.terms[layer.tokens[0].term] == testCase.folded)
  }

  @Test func arabicIsTransliterated() throws {
    let layer = try analyze("قصف دمشق")
    try #require(layer.tokens.count == 2)
    let terms = layer.tokens.map { layer.terms[$0.term] }
    #expect(terms.allSatisfy { term in term.unicodeScalars.allSatisfy { $0.isASCII } })
    #expect(terms[1].hasPrefix("dm"))
  }

  @Test func dashesAndQuotesUnify() throws {
    let layer = try analyze("a–b a—b “x” ‘y’")
    let terms = layer.tokens.map { layer.terms[$0.term] }
    #expect(terms.contains("-"))
    #expect(!terms.contains("–") && !terms.contains("—"))
    #expect(terms.contains("\"") && terms.contains("'"))
  }

  @Test func equalSurfacesShareOneTerm() throws {
    let layer = try analyze("Houthi houthi HOUTHI Houthis")
    let ids = layer.tokens.map(\.term)
    try #require(ids.count == 4)
    #expect(ids[0] == ids[1] && ids[1] == ids[2] && ids[2] != ids[3])
    #expect(layer.terms.count == 2)
    #expect(layer.terms.fingerprint(of: ids[0]) == TermFingerprint.of("houthi"))
  }

  @Test func shapes() throws {
    let layer = try analyze("IRGC Hezbollah drones F-35 Élysée")
    let shapes = layer.tokens.map(\.shape)
    try #require(shapes.count == 7)
    #expect(shapes[0].contains(.allUppercase) && shapes[0].contains(.capitalized))
    #expect(shapes[1].contains(.capitalized) && !shapes[1].contains(.allUppercase))
    #expect(!shapes[2].contains(.capitalized))
    #expect(shapes[5].contains(.hasDigit))
    #expect(shapes[6].contains(.nonASCII) && shapes[6].contains(.capitalized))
  }

  @Test func abbreviationDotsJoinTheirWordOnly() throws {
    let text = "Lt. Col. Haddad met U.N. envoys at 3 a.m. in Erbil. No. 7 Brigade left Kirkuk."
    let layer = try analyze(text)
    let surfaces = layer.tokens.map { String(text.slice($0.range)) }
    #expect(
      surfaces == [
        "Lt.", "Col.", "Haddad", "met", "U.N.", "envoys", "at", "3", "a.m.", "in", "Erbil", ".",
        "No.", "7", "Brigade", "left", "Kirkuk", ".",
      ])
    let terms = layer.tokens.map { layer.terms[$0.term] }
    #expect(terms[0] == "lt." && terms[4] == "u.n." && terms[8] == "a.m." && terms[12] == "no.")
    // A merged term is interned like any other: its fingerprint is that of its string.
    for token in layer.tokens {
      #expect(
        layer.terms.fingerprint(of: token.term) == TermFingerprint.of(layer.terms[token.term]))
    }
  }

  @Test func tabsAndLineBreaksInsideABlockSeparateTokens() throws {
    let text = "Drones\thit\u{0B}the\u{0C}base’s  gate\r\nat dawn"
    let analyzer = try TextAnalyzer(configuration: textConfiguration)
    let layer = try analyzer.analyze(
      text: text, blocks: [TextRange(utf8Start: 0, utf8End: text.utf8.count)], headline: nil)
    let surfaces = layer.tokens.map { String(text.slice($0.range)) }
    #expect(surfaces == ["Drones", "hit", "the", "base’s", "gate", "at", "dawn"])
    #expect(layer.terms[layer.tokens[3].term] == "base's")
    #expect(layer.tokens[3].shape.contains(.nonASCII))
  }

  @Test func whitespaceAndInvisibleCharactersAreNotTokens() throws {
    let text = "\u{FEFF}Drones\u{00A0}hit\u{200B} Erbil\t \r\n"
    let surfaces = try tokens(text)
    #expect(surfaces == ["Drones", "hit", "Erbil"])
  }
}
