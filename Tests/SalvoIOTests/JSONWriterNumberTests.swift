import Foundation
import SalvoIO
import SalvoModel
import Testing

@Suite("Streaming JSON writer: numbers and text slices")
struct JSONWriterNumberTests {
  static func written(_ value: Double) -> String {
    var writer = JSONWriter()
    writer.double(value)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test("Coordinates, confidences and integral values print as String(value) does")
  func decimalsMatchTheStandardLibrary() {
    let samples: [Double] = [
      33.2704, -0.5, 0.85, 0, -0.0, 1, 35, 100, 0.0001, 0.00012, 0.00009, 1e-5, 0.1 + 0.2,
      31.5, 34.456789, -179.999999, 123_456_789.5, 999_999_999, 1e9, 1e15, 1e16, 2.5e-4,
      0.3333333333333333, 12.000001, 0.1234567, 7.25, 0.7 * 0.9,
    ]
    for value in samples {
      #expect(Self.written(value) == String(value), "\(value)")
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50_000 {
      let digits = Int.random(in: 0...8, using: &generator)
      let units = Double(Int.random(in: -200_000_000...200_000_000, using: &generator))
      let value = units / pow(10, Double(digits))
      #expect(Self.written(value) == String(value), "\(value)")
      let raw = Double.random(in: -1000...1000, using: &generator)
      #expect(Self.written(raw) == String(raw), "\(raw)")
    }
  }

  @Test("A text range writes what its slice writes, whatever its bytes")
  func textRangesMatchTheirSlices() {
    let text = "Strikes on \"Khan Younis\" — 12 killed, ‘dozens’ hurt\u{2028}in Rafah. Ωμέγα 🚀 end"
    let count = text.utf8.count
    for start in 0...count {
      for end in start...min(count, start + 24) {
        let range = TextRange(utf8Start: start, utf8End: end)
        var direct = JSONWriter()
        direct.string(text, range)
        var sliced = JSONWriter()
        sliced.string(text.slice(range))
        #expect(direct.bytes == sliced.bytes, "\(start)..<\(end)")
      }
    }
  }
}
