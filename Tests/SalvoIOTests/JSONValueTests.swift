import Foundation
import SalvoIO
import Testing

@Suite("JSON writing")
struct JSONValueTests {
  @Test func keysKeepTheirOrder() {
    let value = JSONValue.object([("z", .int(1)), ("a", .null), ("m", .bool(true))])
    #expect(value.serialized == #"{"z":1,"a":null,"m":true}"#)
  }

  @Test(arguments: [
    ("quote \" backslash \\", #""quote \" backslash \\""#),
    ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
    ("\u{01}\u{1F}", #""\u0001\u001f""#),
    ("sep\u{2028}para\u{2029}", #""sep\u2028para\u2029""#),
    ("Ḩamāh “quoted” 🚀", "\"Ḩamāh “quoted” 🚀\""),
  ])
  func stringEscaping(input: String, expected: String) {
    #expect(JSONValue.string(input).serialized == expected)
  }

  @Test func roundTripsThroughFoundation() throws {
    let value = JSONValue.object([
      ("text", .string("Drones hit \"Eilat\"\n— twice")),
      ("count", .int(-40)),
      ("lat", .double(29.55805)),
      ("list", .array([.null, .bool(false), .string("ا")])),
    ])
    let parsed = try JSONSerialization.jsonObject(with: Data(value.serialized.utf8))
    let object = try #require(parsed as? [String: Any])
    #expect(object["text"] as? String == "Drones hit \"Eilat\"\n— twice")
    #expect(object["count"] as? Int == -40)
    #expect(object["lat"] as? Double == 29.55805)
    #expect((object["list"] as? [Any])?.count == 3)
  }

  @Test func nonFiniteNumbersBecomeNull() {
    #expect(JSONValue.double(.nan).serialized == "null")
    #expect(JSONValue.double(.infinity).serialized == "null")
  }

  @Test func optionalsBecomeNull() {
    #expect(JSONValue.string(nil as String?).serialized == "null")
    #expect(JSONValue.int(nil as Int?).serialized == "null")
  }
}
