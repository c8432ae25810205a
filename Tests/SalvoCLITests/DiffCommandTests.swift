import Foundation
import SalvoTestSupport
import Testing

/// `salvo diff` end to end: exit status 0 same, 1 different, 2 error.
@Suite("salvo diff")
struct DiffCommandTests {
  /// A scratch folder with `events.jsonl` files (and run folders) written from fixtures.
  static func folder() throws -> String {
    let folder = NSTemporaryDirectory() + "salvo-diff-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  static let strike = EventFixture()
  static let barrage = EventFixture(id: "ev-00000000000000b2")
    .with("kind", "aggregate")
    .with("location", NSNull())
    .with(
      "quantity",
      EventFixture.figure(value: 40, qualifier: "exact", unit: "attack", text: "40 attacks")
    )
    .with(
      "sources",
      [
        EventFixture.source(
          "analysis/militias.txt", 0, 120,
          "Militias in Iraq have launched 40 attacks on Israel in the past two and a half weeks.")
      ])

  @Test func identicalRunsExitZero() throws {
    let folder = try Self.folder()
    try Self.write(eventsFile([Self.strike, Self.barrage]), to: folder + "/a/events.jsonl")
    try Self.write(eventsFile([Self.barrage, Self.strike]), to: folder + "/b.jsonl")
    let result = try run(["diff", folder + "/a", folder + "/b.jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Summary: 2 → 2 events: 2 unchanged, 0 added"))
  }

  @Test func differentRunsExitOneAndListTheChanges() throws {
    let folder = try Self.folder()
    let hedged = Self.barrage.with(
      "quantity",
      EventFixture.figure(value: 40, qualifier: "approx", unit: "attack", text: "about 40 attacks"))
    let renamed = Self.strike.with("id", "ev-00000000000000c9")
    try Self.write(eventsFile([Self.strike, Self.barrage]), to: folder + "/old/events.jsonl")
    try Self.write(eventsFile([renamed, hedged]), to: folder + "/new/events.jsonl")
    let result = try run(["diff", folder + "/old", folder + "/new"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("~ ev-00000000000000a1 → ev-00000000000000c9"))
    #expect(result.stdout.contains("    quantity: 40 → about 40\n"))
    #expect(result.stdout.contains("0 added, 0 removed, 2 changed (1 re-identified)"))
    let json = try run(["diff", folder + "/old", folder + "/new", "--json"])
    #expect(json.status == 1)
    let root = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((root?["summary"] as? [String: Int])?["reidentified"] == 1)
  }

  @Test func addedAndRemovedEventsExitOne() throws {
    let folder = try Self.folder()
    try Self.write(eventsFile([Self.strike]), to: folder + "/old.jsonl")
    try Self.write(eventsFile([Self.barrage]), to: folder + "/new.jsonl")
    let result = try run(["diff", folder + "/old.jsonl", folder + "/new.jsonl"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("- ev-00000000000000a1"))
    #expect(result.stdout.contains("+ ev-00000000000000b2"))
  }

  @Test func aMissingRunExitsTwo() throws {
    let folder = try Self.folder()
    try Self.write(eventsFile([Self.strike]), to: folder + "/old.jsonl")
    let result = try run(["diff", folder + "/old.jsonl", folder + "/nope"])
    #expect(result.status == 2)
    #expect(result.stderr.contains(folder + "/nope: no such file or folder"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aMalformedLineExitsTwoNamingTheFileAndLine() throws {
    let folder = try Self.folder()
    try Self.write(eventsFile([Self.strike]), to: folder + "/old.jsonl")
    try Self.write(
      Self.strike.line + "\n" + "{\"schema\":\"salvo.event/1\",\"id\":\"ev-1\",\"kind\":\n",
      to: folder + "/new/events.jsonl")
    let result = try run(["diff", folder + "/old.jsonl", folder + "/new"])
    #expect(result.status == 2)
    #expect(result.stderr.contains(folder + "/new/events.jsonl:2: not valid JSON"))
  }

  @Test func mentionsNeedRunFolders() throws {
    let folder = try Self.folder()
    try Self.write(eventsFile([Self.strike]), to: folder + "/old.jsonl")
    let result = try run(["diff", folder + "/old.jsonl", folder + "/old.jsonl", "--mentions"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--mentions needs run folders"))
  }

  @Test func mentionsOfTwoRunsOfTheCorpus() throws {
    let folder = try Self.folder()
    #expect(try run(["extract", corpusFolder, "--out", folder + "/a", "--quiet"]).status == 0)
    #expect(try run(["extract", corpusFolder, "--out", folder + "/b", "--quiet"]).status == 0)
    let same = try run(["diff", folder + "/a", folder + "/b", "--mentions"])
    #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
    #expect(same.stdout.contains("; mentions: 0 added, 0 removed, 0 changed in 0 article(s)"))
    // Drop the first mention of one article: the mention diff names it.
    let path = folder + "/b/mentions.jsonl"
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(
      String.init)
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    var mentions = try #require(record["mentions"] as? [[String: Any]])
    let dropped = mentions.removeFirst()
    record["mentions"] = mentions
    lines[0] = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let different = try run(["diff", folder + "/a", folder + "/b", "--mentions"])
    #expect(different.status == 1)
    let text = try #require(dropped["text"] as? String)
    #expect(different.stdout.contains("  - \(dropped["kind"] ?? "") \"\(text)\""))
  }
}
