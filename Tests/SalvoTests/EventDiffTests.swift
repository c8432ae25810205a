import Foundation
import Salvo
import SalvoIO
import SalvoTestSupport
import Testing

@Suite("salvo diff: aligning and comparing events")
struct EventDiffTests {
  static let files = RunFiles(path: "old", events: "old/events.jsonl", mentions: nil)

  static func lines(_ fixtures: [EventFixture]) throws -> [EventLine] {
    try fixtures.enumerated().map { index, fixture in
      try EventLine.decode(Substring(fixture.line), path: "events.jsonl", line: index + 1)
    }
  }

  static func diff(_ old: [EventFixture], _ new: [EventFixture]) throws -> EventDiff {
    EventDiff(old: files, new: files, oldEvents: try lines(old), newEvents: try lines(new))
  }

  /// Two strikes reported by one article, one sentence each.
  static let eilat = EventFixture()
  static let haifa = EventFixture(id: "ev-00000000000000b2")
    .with(
      "location", EventFixture.place("Haifa", "geonames:294801", "IL", "IL-HA", 32.8, 35.0, "city")
    )
    .with("sub_event_type", "Shelling/artillery/missile attack")
    .with("weapons", ["rocket"])
    .with(
      "sources",
      [
        EventFixture.source(
          "wire/2024-10-03-eilat.txt", 97, 170,
          "Hours later, rockets fired from Lebanon struck a suburb of Haifa.")
      ])

  @Test func sameEventsInAnotherOrderAgree() throws {
    let diff = try Self.diff([Self.eilat, Self.haifa], [Self.haifa, Self.eilat])
    #expect(diff.isSame)
    #expect(diff.unchanged == 2)
    #expect(
      diff.summary == "2 → 2 events: 2 unchanged, 0 added, 0 removed, 0 changed (0 re-identified)")
  }

  @Test func addedAndRemovedEvents() throws {
    let barrage = EventFixture(id: "ev-00000000000000c3")
      .with("event_type", "Strategic developments")
      .with("sub_event_type", "Disrupted weapons use")
      .with("location", NSNull())
      .with("actors", [EventFixture.actor("interceptor", "Israel Defense Forces", "actor:idf")])
      .with(
        "sources",
        [
          EventFixture.source(
            "idf/statement-41.txt", 0, 60, "Air defences intercepted two drones over the Golan.",
            outlet: "IDF")
        ])
    let diff = try Self.diff([Self.eilat, Self.haifa], [Self.eilat, barrage])
    #expect(!diff.isSame)
    #expect(diff.added.map(\.id) == ["ev-00000000000000c3"])
    #expect(diff.removed.map(\.id) == ["ev-00000000000000b2"])
    #expect(diff.changed.isEmpty && diff.unchanged == 1)
    #expect(diff.text.contains("- ev-00000000000000b2  Shelling/artillery/missile attack"))
    #expect(
      diff.text.contains(
        "+ ev-00000000000000c3  Disrupted weapons use (incident), 2024-10-03, no location, by Israel Defense Forces [idf/statement-41.txt]"
      ))
  }

  @Test func changedFieldsAreListedReadably() throws {
    let vaguer = Self.eilat
      .with(
        "location",
        EventFixture.place("Israel", "geonames:294640", "IL", nil, 31.77, 35.22, "country")
      )
      .with(
        "quantity",
        EventFixture.figure(value: 40, qualifier: "approx", unit: "drone", text: "about 40 drones"))
    let old = Self.eilat.with(
      "quantity",
      EventFixture.figure(value: 40, qualifier: "exact", unit: "drone", text: "40 drones"))
    let diff = try Self.diff([old, Self.haifa], [vaguer, Self.haifa])
    #expect(diff.changed.count == 1)
    let change = try #require(diff.changed.first)
    #expect(change.basis == .id)
    #expect(
      change.fields.map(\.description) == ["location: Eilat → Israel", "quantity: 40 → about 40"])
    #expect(diff.text.contains("    location: Eilat → Israel\n    quantity: 40 → about 40\n"))
    #expect(diff.summary.hasSuffix("1 unchanged, 0 added, 0 removed, 1 changed (0 re-identified)"))
  }

  @Test func anEventWithANewIdButTheSameEvidenceIsReidentified() throws {
    let renamed = Self.haifa.with("id", "ev-00000000000000ff")
      .with("actors", [EventFixture.actor("attacker", "Hezbollah", "actor:hezbollah")])
    let diff = try Self.diff([Self.eilat, Self.haifa], [Self.eilat, renamed])
    #expect(diff.added.isEmpty && diff.removed.isEmpty)
    let change = try #require(diff.changed.first)
    #expect(change.isReidentified && change.basis == .evidence)
    #expect(diff.reidentified == 1)
    #expect(change.fields.map(\.field) == ["id", "attacker", "target"])
    #expect(diff.text.contains("~ ev-00000000000000b2 → ev-00000000000000ff"))
  }

  @Test func evidenceInOneSentencePairsEachPlaceWithItsOwnEvent() throws {
    // One sentence names two cities: both events share its evidence; the place decides.
    let sentence = EventFixture.source(
      "wire/1991.txt", 0, 80, "Iraq fired Scud missiles at Tel Aviv and Haifa in January 1991.")
    let telAviv = Self.eilat.with("id", "ev-0000000000000011").with("sources", [sentence])
      .with(
        "location",
        EventFixture.place("Tel Aviv", "geonames:293397", "IL", "IL-TA", 32.08, 34.78, "city"))
    let haifa = telAviv.with("id", "ev-0000000000000012")
      .with(
        "location",
        EventFixture.place("Haifa", "geonames:294801", "IL", "IL-HA", 32.8, 35.0, "city"))
    let newTelAviv = telAviv.with("id", "ev-00000000000000a7")
    let newHaifa = haifa.with("id", "ev-00000000000000a8")
    let diff = try Self.diff([telAviv, haifa], [newHaifa, newTelAviv])
    #expect(diff.changed.count == 2)
    for change in diff.changed {
      #expect(change.old.location?.name == change.new.location?.name)
      #expect(change.fields.map(\.field) == ["id"])
    }
  }

  @Test func similarEventsWithMovedEvidenceArePairedBySimilarity() throws {
    // The article was edited: the sentence moved, so no offsets overlap.
    let moved = Self.haifa.with("id", "ev-00000000000000dd")
      .with(
        "sources",
        [
          EventFixture.source(
            "wire/2024-10-03-eilat.txt", 400, 470,
            "Hours later, rockets fired from Lebanon struck a suburb of Haifa.")
        ])
    let diff = try Self.diff([Self.eilat, Self.haifa], [Self.eilat, moved])
    let change = try #require(diff.changed.first)
    #expect(change.basis == .similarity)
    #expect(diff.added.isEmpty && diff.removed.isEmpty)
    // A different event in the same place and article is not similar enough.
    let other = Self.haifa.with("id", "ev-00000000000000ee")
      .with("event_type", "Battles").with("sub_event_type", "Armed clash")
      .with("date", ["start": "2024-10-09", "end": "2024-10-09", "precision": "day"])
      .with("actors", [])
      .with(
        "sources", [EventFixture.source("wire/2024-10-03-eilat.txt", 600, 650, "Gunmen clashed.")])
    let unrelated = try Self.diff([Self.haifa], [other])
    #expect(unrelated.changed.isEmpty)
    #expect(unrelated.added.count == 1 && unrelated.removed.count == 1)
  }

  @Test func jsonReportCarriesTheSameFacts() throws {
    let old = Self.eilat
    let new = Self.eilat.with("modality", "asserted")
    let json = try Self.diff([old], [new, Self.haifa]).json.serialized
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "salvo.diff/1")
    #expect(root["same"] as? Bool == false)
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(summary["added"] == 1 && summary["changed"] == 1 && summary["removed"] == 0)
    let changed = try #require(root["changed"] as? [[String: Any]])
    let fields = try #require(changed.first?["changes"] as? [[String: String]])
    #expect(fields == [["field": "modality", "old": "claimed", "new": "asserted"]])
  }

  @Test func mentionDifferencesByArticle() {
    func entry(_ kind: String, _ text: String, _ start: Int, _ resolution: [String: String])
      -> ArticleMentions.Entry
    {
      .init(kind: kind, text: text, start: start, end: start + text.count, resolution: resolution)
    }
    let old = [
      ArticleMentions(
        articleID: "a.txt",
        mentions: [
          entry("place", "Eilat", 10, ["gazetteer_id": "geonames:295277"]),
          entry("quantity", "40 drones", 30, ["value": "40", "qualifier": "exact"]),
        ]),
      ArticleMentions(articleID: "gone.txt", mentions: []),
    ]
    let new = [
      ArticleMentions(
        articleID: "a.txt",
        mentions: [
          entry("actor", "Saddam Hussein", 0, ["gazetteer_id": "actor:iraqi-government"]),
          entry("place", "Eilat", 10, ["gazetteer_id": "geonames:295277"]),
          entry("quantity", "40 drones", 30, ["value": "40", "qualifier": "approx"]),
        ])
    ]
    let diffs = MentionDiff.compare(old: old, new: new)
    #expect(diffs.map(\.articleID) == ["a.txt", "gone.txt"])
    #expect(diffs[0].added.map(\.text) == ["Saddam Hussein"])
    #expect(diffs[0].removed.isEmpty)
    #expect(diffs[0].changed.first?.fields.map(\.description) == ["qualifier: exact → approx"])
    #expect(diffs[1].article == "removed")
  }
}
