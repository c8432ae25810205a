import SalvoIO
import SalvoModel
import Testing

@Suite("UTF-8 to Unicode-scalar offsets")
struct ScalarOffsetsTests {
  @Test func asciiIsIdentity() {
    let offsets = ScalarOffsets("Drones hit Eilat")
    #expect(offsets.scalarOffset(0) == 0)
    #expect(offsets.scalarOffset(7) == 7)
    #expect(offsets.scalarOffset(16) == 16)
  }

  @Test func multiByteScalarsCountOnce() {
    // "Ḩ" is 3 bytes, "ā" 2, "🚀" 4, "é" as e + U+0301 is 1 + 2.
    let text = "Ḩamāh 🚀 e\u{301}x"
    let offsets = ScalarOffsets(text)
    var utf8Offset = 0
    var scalarOffset = 0
    for scalar in text.unicodeScalars {
      #expect(offsets.scalarOffset(utf8Offset) == scalarOffset)
      utf8Offset += UTF8.width(scalar)
      scalarOffset += 1
    }
    #expect(offsets.scalarOffset(utf8Offset) == scalarOffset)
  }

  @Test(arguments: 0..<50)
  func randomTextMatchesScalarCounting(seed: Int) {
    let alphabet: [Unicode.Scalar] = ["a", " ", "é", "ا", "🚀", "\u{301}", "—", "\n", "Ḩ", "z"]
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    var scalars = String.UnicodeScalarView()
    for _ in 0..<(seed * 3 + 1) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      scalars.append(alphabet[Int(state >> 33) % alphabet.count])
    }
    let text = String(scalars)
    let offsets = ScalarOffsets(text)
    var utf8Offset = 0
    for (index, scalar) in text.unicodeScalars.enumerated() {
      #expect(offsets.scalarOffset(utf8Offset) == index)
      utf8Offset += UTF8.width(scalar)
    }
    let range = offsets.scalarRange(TextRange(utf8Start: 0, utf8End: utf8Offset))
    #expect(range.start == 0 && range.end == text.unicodeScalars.count)
  }
}
