import SalvoIO
import SalvoModel
import Testing

@Suite("Stable ids hashed part by part")
struct StableIDTests {
  /// The ids as first defined: the parts joined as strings, hashed, and the hash printed
  /// with `String(_:radix:)` and padded.
  static func reference(_ prefix: String, _ parts: [String]) -> String {
    var hash = TermFingerprint.seed
    for (index, part) in parts.enumerated() {
      if index > 0 { hash = TermFingerprint.combine(hash, 0x1F) }
      for byte in part.utf8 { hash = TermFingerprint.combine(hash, byte) }
    }
    let hex = String(hash, radix: 16)
    return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func event(trigger: Int, location: Int?) -> Event {
    let place = PlaceReference(
      gazetteerID: "geonames:170654", name: "Damascus", country: "SY", admin1: nil,
      latitude: 33.5102, longitude: 36.29128, feature: "PPLC")
    return Event(
      kind: .incident, eventType: "Explosions/Remote violence", subEventType: "Air/drone strike",
      date: .unknown,
      location: location.map {
        EventPlace(
          place: place, precision: .site, range: TextRange(utf8Start: $0, utf8End: $0 + 8))
      },
      origin: nil, actors: [], weapons: [], count: nil, killed: nil, injured: nil,
      modality: .asserted, trigger: TextRange(utf8Start: trigger, utf8End: trigger + 7),
      triggerLemma: "strike", evidence: [], fills: [], confidence: 0.8)
  }

  @Test("make gives the reference id for any parts")
  func makeMatchesReference() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["", "-", "0", "em-00ab", "Airstrike hits Damascus", "é\u{1F}x", "1234567890"]
    for _ in 0..<2000 {
      let count = Int.random(in: 0...4, using: &generator)
      let parts = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }
      #expect(StableID.make("ev", parts) == Self.reference("ev", parts))
    }
  }

  @Test("An event mention's id hashes the content hash and the positions as decimal text")
  func eventMentionMatchesReference() {
    let document = Document(
      id: "a1", path: "a.txt", format: .text, text: "An airstrike hit Damascus.",
      contentHash: "sha256:9f2c41d0")
    let starts =
      [0, 1, 9, 10, 99, 100, 12_345, 999_999, Int.max - 100, -42]
      + (0..<500).map { _ in
        Int.random(in: 0...10_000_000)
      }
    for trigger in starts {
      for location in [nil, 0, 7, 1_000, trigger] as [Int?] {
        let expected = Self.reference(
          "em", [document.contentHash, String(trigger), location.map { String($0) } ?? "-"])
        let event = Self.event(trigger: trigger, location: location)
        #expect(StableID.eventMention(event, in: document) == expected)
      }
    }
  }
}
