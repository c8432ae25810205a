import Foundation
import SalvoIO
import Testing

@Suite("Streaming JSON writer")
struct JSONWriterTests {
  /// A record shaped like an event mention: nested objects and arrays, every scalar kind.
  static let record = JSONValue.object([
    ("mention_id", .string("em-00a1b2c3d4e5f607")),
    (
      "date",
      .object([("start", .string("2024-10-01")), ("end", .null), ("year_inferred", .bool(false))])
    ),
    (
      "actors",
      .array([
        .object([("role", .string("attacker")), ("name", .string("Hezbollah")), ("start", .int(0))]
        ),
        .object([
          ("role", .string("target")), ("text", .string("the “Golani” base\n")), ("end", .int(-7)),
        ]),
      ])
    ),
    ("weapons", .array([])),
    ("location", .object([])),
    ("lat", .double(33.2704)),
    ("lon", .double(-0.5)),
    ("confidence", .double(0.85)),
    ("elevation", .double(.infinity)),
    (
      "counts", .array([.int(0), .int(9), .int(10), .int(1_234_567), .int(Int.min), .int(Int.max)])
    ),
  ])

  @Test func writesTheBytesOfTheTree() {
    var writer = JSONWriter(capacity: 1)
    writer.value(Self.record)
    writer.newline()
    writer.value(Self.record)
    let expected = Self.record.serialized + "\n" + Self.record.serialized
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test func treeBuilderRebuildsTheValue() {
    var builder = JSONTreeBuilder()
    builder.value(Self.record)
    // Infinity is no JSON number: both write it as null, and the tree keeps the double.
    #expect(builder.result == Self.record)
    #expect(builder.result.serialized.contains(#""elevation":null"#))
  }

  @Test func streamedMembersMatchTheirTree() throws {
    let text = "Rockets hit Kiryat Shmona on Monday; \"two\" were hurt."
    let slice = text[try #require(text.range(of: "Kiryat Shmona"))]
    var writer = JSONWriter()
    stream(slice, to: &writer)
    var builder = JSONTreeBuilder()
    stream(slice, to: &builder)
    let expected =
      #"{"place":"Kiryat Shmona","spans":[{"start":12,"end":25},{"start":-1,"end":0}],"#
      + #""quote":"\"two\"","missing":null}"#
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    #expect(builder.result.serialized == expected)
    let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
    #expect(parsed?["place"] as? String == "Kiryat Shmona")
  }

  private func stream<Sink: JSONSink & ~Copyable>(_ place: Substring, to sink: inout Sink) {
    sink.beginObject()
    sink.key("place")
    sink.string(place)
    sink.key("spans")
    sink.beginArray()
    for (start, end) in [(12, 25), (-1, 0)] {
      sink.beginObject()
      sink.key("start")
      sink.int(start)
      sink.key("end")
      sink.int(end)
      sink.endObject()
    }
    sink.endArray()
    sink.key("quote")
    sink.string("\"two\"")
    sink.key("missing")
    sink.string(nil)
    sink.endObject()
  }
}

@Suite("Strings that need no escaping, found eight bytes at a time")
struct JSONCleanStringTests {
  /// The byte-by-byte test the word-wise one replaces.
  static func isCleanByByte(_ bytes: [UInt8]) -> Bool {
    !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
  }

  @Test("Every special byte at every position of strings of many lengths is found")
  func wordTestMatchesByteTest() {
    let text = Array("Officials said 12 people were killed — «a massacre» in Khan Younis.".utf8)
    let specials: [UInt8] = [
      0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C, 0xE2, 0x20, 0x21, 0x5B, 0xE3, 0x7F,
    ]
    for length in 0...text.count {
      let clean = Array(text.prefix(length))
      #expect(
        clean.withUnsafeBufferPointer(JSONBytes.isClean) == Self.isCleanByByte(clean))
      for position in 0..<length {
        for special in specials {
          var bytes = clean
          bytes[position] = special
          #expect(
            bytes.withUnsafeBufferPointer(JSONBytes.isClean) == Self.isCleanByByte(bytes))
        }
      }
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        Int.random(in: 0..<40, using: &generator) == 0
          ? UInt8.random(in: 0...255, using: &generator)
          : text.randomElement(using: &generator) ?? 0x20
      }
      #expect(bytes.withUnsafeBufferPointer(JSONBytes.isClean) == Self.isCleanByByte(bytes))
    }
  }

  /// JSON string escaping one scalar at a time: the reference for the writer's word tests.
  private static func escapedByScalar(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  @Test("Strings of every short length write their escapes wherever the special character is")
  func shortStringsMatchTheScalarReference() {
    let filler = Array("Rockets hit Kiryat Shmona ".unicodeScalars)
    let specials: [Unicode.Scalar] = [
      "\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "é", "—", "🚀",
    ]
    for length in 0...24 {
      var clean = String.UnicodeScalarView()
      clean.append(contentsOf: (0..<length).map { filler[$0 % filler.count] })
      var writer = JSONWriter()
      writer.string(String(clean))
      #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.escapedByScalar(String(clean)))
      for position in 0..<length {
        for special in specials {
          var scalars = Array(clean)
          scalars[position] = special
          var text = String.UnicodeScalarView()
          text.append(contentsOf: scalars)
          var writer = JSONWriter()
          writer.string(String(text))
          #expect(
            String(decoding: writer.bytes, as: UTF8.self) == Self.escapedByScalar(String(text)),
            "\(length) \(position)")
        }
      }
    }
  }
}
