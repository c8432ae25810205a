import Foundation
import SalvoIO
import SalvoTestSupport
import Testing

@Suite("events.jsonl reader")
struct EventLineTests {
  /// The error reading `path` throws, if any.
  static func readError(_ path: String) -> RecordReadError? {
    do {
      _ = try EventLine.read(path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test func decodesTheContractFieldsAndIgnoresExtraOnes() throws {
    let fixture = EventFixture()
      .with("conflicts", [["field": "location", "values": ["Eilat", "Israel"]]])
      .with("merge_reasons", ["same-evidence"])
      .with(
        "quantity",
        EventFixture.figure(
          value: 40, qualifier: "approx", unit: "attack", text: "about 40 attacks"))
    let event = try EventLine.decode(Substring(fixture.line), path: "events.jsonl", line: 1)
    #expect(event.id == "ev-00000000000000a1")
    #expect(event.subEventType == "Air/drone strike")
    #expect(event.date.start == "2024-10-03" && event.date.precision == "day")
    #expect(event.location?.name == "Eilat" && event.location?.admin1 == "IL-D")
    #expect(event.location?.lon == 34.94821)
    #expect(event.actors("attacker").map(\.name) == ["Islamic Resistance in Iraq"])
    #expect(event.quantity?.phrase == "about 40")
    #expect(event.fatalities.killed == nil)
    #expect(event.sources.first?.articleID == "wire/2024-10-03-eilat.txt")
    #expect(event.json == fixture.line)
  }

  @Test func namesTheFileAndLineOfAMalformedRecord() throws {
    let folder = NSTemporaryDirectory() + "salvo-lines-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/events.jsonl"
    let good = EventFixture().line
    let missingID = EventFixture(id: "x").with("id", NSNull()).line
    try (good + "\n\n" + missingID + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let missing = Self.readError(path)
    #expect(missing?.line == 3 && missing?.path == path)
    #expect(missing?.message.contains("id") == true, "\(String(describing: missing))")
    try (good + "\n{\"id\": \"ev-1\", \"kind\": \n").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect(Self.readError(path)?.description == "\(path):2: not valid JSON")
  }

  @Test func rejectsAnotherSchema() {
    let line = EventFixture().with("schema", "salvo.article/1").line
    #expect(throws: RecordReadError.self) {
      _ = try EventLine.decode(Substring(line), path: "mentions.jsonl", line: 7)
    }
  }

  @Test(
    arguments: [
      ("exact", 3.0, nil, nil, "3"), ("approx", 40, nil, nil, "about 40"),
      ("more_than", 100, nil, nil, "more than 100"), ("at_least", 12, nil, nil, "at least 12"),
      ("up_to", 5, nil, nil, "up to 5"), ("range", nil, 10, 20, "10-20"),
    ] as [(String, Double?, Double?, Double?, String)])
  func figurePhrases(
    qualifier: String, value: Double?, low: Double?, high: Double?, phrase: String
  ) {
    let figure = EventLine.Figure(value: value, low: low, high: high, qualifier: qualifier)
    #expect(figure.phrase == phrase)
  }

  @Test func aVagueFigureKeepsItsWordsAndHasNoCount() {
    let figure = EventLine.Figure(qualifier: "vague", text: "dozens of rockets")
    #expect(figure.phrase == "dozens of rockets")
    #expect(figure.lowestCount == nil)
    #expect(EventLine.Figure(low: 3, high: 5, qualifier: "range").lowestCount == 3)
  }
}
