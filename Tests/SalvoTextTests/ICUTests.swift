import Testing

@testable import SalvoText

@Suite("ICU shim")
struct ICUTests {
  @Test func nfkc() throws {
    #expect(try ICUTransform.nfkc("ﬁve １２ ｍ²") == "five 12 m2")
  }

  @Test func caseFolding() throws {
    #expect(try ICUTransform.caseFold("Straße ΣΟΦΙΑ") == "strasse σοφια")
  }

  @Test func transliteration() throws {
    let transliterator = try ICUTransliterator("Any-Latin; Latin-ASCII")
    #expect(try transliterator.transliterate("Ḩamāh Dayr az Zawr") == "Hamah Dayr az Zawr")
    #expect(try transliterator.transliterate("Киев") == "Kiev")
  }

  @Test func longTextTransliterates() throws {
    let transliterator = try ICUTransliterator("Any-Latin; Latin-ASCII")
    let arabic = String(repeating: "دمشق ", count: 500)
    let latin = try transliterator.transliterate(arabic)
    #expect(latin.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(latin.count > arabic.count)
  }

  @Test func unknownTransliteratorIsAClearError() {
    #expect(throws: TextError.self) { _ = try ICUTransliterator("No-Such-Transform") }
  }

  @Test func wordBoundariesAreUTF8Offsets() throws {
    let iterator = try ICUBreakIterator(.word)
    var boundaries: [Int] = []
    var text = "é drone"
    text.withUTF8 { bytes in
      try? iterator.forEachBoundary(in: bytes) { offset, _ in boundaries.append(offset) }
    }
    // "é" is two bytes: boundaries after it (2), after the space (3), after "drone" (8).
    #expect(boundaries == [2, 3, 8])
  }

  @Test func sentenceBoundaries() throws {
    let iterator = try ICUBreakIterator(.sentence)
    var boundaries: [Int] = []
    var text = "One. Two?"
    text.withUTF8 { bytes in
      try? iterator.forEachBoundary(in: bytes) { offset, _ in boundaries.append(offset) }
    }
    #expect(boundaries == [5, 9])
  }

  @Test func version() {
    #expect(icuVersion.split(separator: ".").count >= 2)
  }
}
