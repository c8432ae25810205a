import Foundation
import SalvoTestSupport
import Testing

@testable import Salvo

/// `salvo eval` on events: matching, optional gold, field rules, not_events, the report.
@Suite("Evaluation: events")
struct EventEvaluationTests {
  // MARK: Evidence

  struct EvidenceCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var gold: String
    var matches: Bool
    var testDescription: String { "\(gold) ~ \(sentence): \(matches)" }
  }

  static let evidenceCases: [EvidenceCase] = [
    EvidenceCase(
      sentence: "Iran’s proxies in Syria — and Iraq — have fired missiles.",
      gold: "Iran's proxies in Syria - and Iraq", matches: true),
    EvidenceCase(
      sentence: "IRAN-LINKED  militias in\nIraq have launched about 40 attacks.",
      gold: "Iran-linked militias in Iraq have launched", matches: true),
    EvidenceCase(
      sentence: "Since early November 2023, Iraqi militias have claimed 100 launches.",
      gold: "Since early November 2023, . . . Iraqi militias have", matches: true),
    EvidenceCase(
      sentence: "Analysis of current trends shows that the attacks from Iraq grew.",
      gold: "[An] analysis of current trends shows that the attacks from", matches: true),
    EvidenceCase(
      sentence:
        "According to pro-Iran media, \"the resistance fighters [referring to Iranian-backed "
        + "militias] targeted the US base.\"",
      gold: "According to pro-Iran media, \"the resistance fighters [referring to Iranian-backed",
      matches: true),
    EvidenceCase(
      sentence: "Two attacks have successfully hit Eilat, officials said.",
      gold: "Two attacks have successfully hit their targets, and many have", matches: true),
    EvidenceCase(
      sentence: "It was calm. Taking credit for an attack in Syria on July 26, the group spoke.",
      gold: "Taking credit for an attack in Syria on July 26,", matches: true),
    EvidenceCase(
      sentence: "Israel struck Yemen twice, destroying oil facilities.",
      gold: "Israel has struck Yemen directly twice", matches: false),
    EvidenceCase(
      sentence: "Later, Israel has struck Yemen directly twice.",
      gold: "Israel has struck Yemen", matches: false),
  ]

  @Test(arguments: evidenceCases)
  func evidenceIsComparedFoldedByItsFirstWords(_ example: EvidenceCase) {
    let words = EvidenceWords.words(example.sentence)
    let found = EvidenceWords.goldPrefixes(example.gold).contains {
      EvidenceWords.matches(sentence: words, gold: $0)
    }
    #expect(found == example.matches)
  }

  @Test(arguments: [TextSource.corpus, .eventsFile])
  func evidenceMatchesWhateverTheSlotsSay(source: TextSource) throws {
    var fixture = Fixture(
      text: "Drones hit Eilat on Monday. Later, rockets struck Haifa. Nobody was hurt.")
    fixture.gold = [
      Self.goldEvent(evidence: "Drones hit Eilat on Monday", location: "Eilat", date: "2024-08-05"),
      Self.goldEvent(
        evidence: "Something the article does not say", also: ["Later, rockets struck Haifa"],
        location: "Haifa"),
    ]
    // Wrong place and date, another event type: only the evidence can match them.
    fixture.run = [
      fixture.event(
        sentence: "Drones hit Eilat on Monday.", trigger: "hit", type: "Battles",
        location: Self.place("Gaza", country: "PS", precision: "region"),
        date: ("2023-01-01", "day")),
      fixture.event(sentence: "Later, rockets struck Haifa.", trigger: "struck", type: "Battles"),
    ]
    let events = try fixture.evaluate(source: source).events
    #expect(events.score == Score(truePositives: 2, predicted: 2, gold: 2))
    #expect(events.accuracy(.location) == Accuracy(correct: 0, total: 2))
    #expect(events.accuracy(.date) == Accuracy(correct: 0, total: 1))
  }

  @Test func withoutSentenceTextsOnlySlotsMatch() throws {
    var fixture = Fixture(text: "Drones hit Eilat on Monday. Later, rockets struck Haifa.")
    fixture.gold = [Self.goldEvent(evidence: "Drones hit Eilat on Monday", location: "Eilat")]
    fixture.run = [fixture.event(sentence: "Drones hit Eilat on Monday.", trigger: "hit")]
    fixture.run[0]["location"] = Self.place("Haifa", country: "IL", precision: "city")
    #expect(try fixture.evaluate(source: .none).events.score.truePositives == 1)
    fixture.gold[0]["country"] = "IL"
    fixture.run[0]["location"] = Self.place("Sanaa", country: "YE", precision: "city")
    #expect(try fixture.evaluate(source: .none).events.score.truePositives == 0)
  }

  // MARK: Slot matching

  @Test func compatibleSlotsMatchWithoutEvidence() throws {
    var fixture = Fixture(
      text: "In September, Israel struck Masyaf. The raid on Masyaf was a surprise.")
    fixture.gold = [
      Self.goldEvent(
        evidence: "Words that are not in the article", location: "Masyaf", date: "2024-09",
        precision: "month")
    ]
    fixture.run = [
      fixture.event(
        sentence: "The raid on Masyaf was a surprise.", trigger: "raid",
        location: Self.place("Masyaf", country: "SY", precision: "city"),
        date: ("2024-09-08", "day"))
    ]
    #expect(try fixture.evaluate().events.score == Score(truePositives: 1, predicted: 1, gold: 1))
    // A day outside the gold month is not compatible: a miss and a false alarm.
    fixture.run[0]["date"] = Self.date("2024-10-08", "day")
    let events = try fixture.evaluate().events
    #expect(events.score == Score(truePositives: 0, predicted: 1, gold: 1))
    #expect(events.unmatchedGold.count == 1)
    #expect(events.unmatchedRun.count == 1)
    #expect(events.unmatchedRun[0].contains("The raid on Masyaf"))
    // So is another event type.
    fixture.run[0]["date"] = Self.date("2024-09-08", "day")
    fixture.run[0]["event_type"] = "Battles"
    #expect(try fixture.evaluate().events.score.truePositives == 0)
  }

  // MARK: Optional gold

  @Test func campaignEventsAreOptional() throws {
    var fixture = Fixture(
      text: "The war in Gaza went on. Israel bombed Lebanon for months. Drones hit Eilat.")
    var gaza = Self.goldEvent(
      evidence: "The war in Gaza went on", location: "Gaza", type: "Battles")
    gaza["scope"] = "campaign"
    var lebanon = Self.goldEvent(evidence: "Israel bombed Lebanon for months", location: "Lebanon")
    lebanon["scope"] = "campaign"
    fixture.gold = [gaza, lebanon, Self.goldEvent(evidence: "Drones hit Eilat", location: "Eilat")]
    fixture.run = [
      fixture.event(sentence: "Drones hit Eilat.", trigger: "hit"),
      fixture.event(sentence: "Israel bombed Lebanon for months.", trigger: "bombed"),
      // A second event for the campaign: it matches only an optional event.
      fixture.event(
        sentence: "Israel bombed Lebanon for months.", trigger: "bombed",
        location: Self.place("Lebanon", country: "LB", precision: "country")),
    ]
    let events = try fixture.evaluate().events
    #expect(events.score == Score(truePositives: 2, predicted: 2, gold: 2))
    #expect(events.optionalGold == 2)
    #expect(events.optionalMatched == 1)
    #expect(events.excusedRun == 1)
    #expect(events.unmatchedGold.isEmpty)
    #expect(events.unmatchedRun.isEmpty)
    #expect(events.falsePositives == 0 && events.falseNegatives == 0)
  }

  // MARK: Assignment

  @Test func eventsOfOneSentenceGoToTheirPlaces() throws {
    var fixture = Fixture(text: "Israeli strikes hit Homs, Latakia and Hama on Sunday.")
    let sentence = "Israeli strikes hit Homs, Latakia and Hama on Sunday."
    fixture.gold = ["Homs", "Latakia", "Hama"].map {
      Self.goldEvent(evidence: "Israeli strikes hit Homs, Latakia and", location: $0)
    }
    fixture.run = ["Hama", "Homs", "Latakia"].map {
      fixture.event(
        sentence: sentence, trigger: "hit",
        location: Self.place($0, country: "SY", precision: "city"))
    }
    // The Hama event agrees with the Homs gold event on more fields than its place: the
    // place still decides.
    fixture.gold[0]["killed"] = 5
    fixture.gold[0]["count"] = 2
    fixture.run[0]["fatalities"] = ["killed": ["value": 5], "injured": NSNull()]
    fixture.run[0]["quantity"] = ["value": 2, "qualifier": "exact"]
    let events = try fixture.evaluate().events
    #expect(events.score == Score(truePositives: 3, predicted: 3, gold: 3))
    #expect(events.accuracy(.location) == Accuracy(correct: 3, total: 3))
  }

  // MARK: Fields

  struct FieldCase: Sendable, CustomTestStringConvertible {
    var gold: String
    var run: String
    var field: EventField
    var agrees: Bool?
    var testDescription: String {
      "\(field.rawValue): \(gold) vs \(run) → \(String(describing: agrees))"
    }

    init(_ field: EventField, _ gold: String, _ run: String, _ agrees: Bool?) {
      self.field = field
      self.gold = gold
      self.run = run
      self.agrees = agrees
    }
  }

  static let fieldCases: [FieldCase] = [
    FieldCase(.type, #"{}"#, #"{}"#, true),
    FieldCase(.type, #"{}"#, #"{"event_type":"Battles"}"#, false),
    FieldCase(.subType, #"{}"#, #"{"sub_event_type":"Air/drone strike"}"#, nil),
    FieldCase(
      .subType, #"{"acled_sub_event_type":"Air/drone strike"}"#,
      #"{"sub_event_type":"Air/drone strike"}"#, true),
    FieldCase(
      .subType, #"{"acled_sub_event_type":"Air/drone strike"}"#,
      #"{"sub_event_type":"Shelling/artillery/missile attack"}"#, false),
    FieldCase(.kind, #"{"kind":"aggregate"}"#, #"{"kind":"aggregate"}"#, true),
    FieldCase(.kind, #"{"kind":"aggregate"}"#, #"{}"#, false),
    FieldCase(.modality, #"{"modality":"reported_suspected"}"#, #"{"modality":"suspected"}"#, true),
    FieldCase(.modality, #"{"modality":"claimed"}"#, #"{}"#, false),
    FieldCase(.date, #"{}"#, #"{"date":{"start":"2024-09-01","end":"2024-09-01"}}"#, nil),
    FieldCase(
      .date, #"{"date":"2024-09"}"#,
      #"{"date":{"start":"2024-09-17","end":"2024-09-17","precision":"day"}}"#, true),
    FieldCase(
      .date, #"{"date":"2024-09-27"}"#,
      #"{"date":{"start":"2024-09-01","end":"2024-09-30","precision":"month"}}"#, false),
    FieldCase(
      .date, #"{"date":"2024"}"#,
      #"{"date":{"start":"2024-01-01","end":"2024-12-31","precision":"year"}}"#, true),
    FieldCase(.date, #"{"date":"2024"}"#, #"{}"#, false),
    FieldCase(.location, #"{}"#, #"{}"#, true),
    FieldCase(.location, #"{"country":"IQ"}"#, loc("Iraq", "IQ", "country", "Iraq"), true),
    FieldCase(.location, #"{"country":"IQ"}"#, loc("Baghdad", "IQ", "city", "Baghdad"), false),
    FieldCase(.location, #"{"location":"Eilat"}"#, #"{}"#, false),
    FieldCase(
      .location, #"{"location":"Koniko gas field"}"#,
      loc("Conoco gas field", "SY", "site", "Koniko gas field"), true),
    FieldCase(
      .location, #"{"location":"Iraq; Syria"}"#, loc("Syria", "SY", "country", "Syria"), true),
    FieldCase(
      .location, #"{"location":"western Iraq"}"#, loc("Iraq", "IQ", "region", "the west"), true),
    FieldCase(
      .location, #"{"location":"western Iraq"}"#, loc("Iraq", "IQ", "country", "Iraq"), false),
    FieldCase(
      .location, #"{"location":"Israel"}"#, loc("Israel", "IL", "region", "the south"), true),
    FieldCase(.location, #"{"location":"Eilat"}"#, loc("Haifa", "IL", "city", "Haifa"), false),
    FieldCase(.attacker, #"{}"#, #"{}"#, true),
    FieldCase(.attacker, #"{}"#, actor("attacker", "state:IL", "state", "IL"), false),
    FieldCase(
      .attacker, #"{"attacker":"Iran-backed Iraqi militias"}"#,
      actor("attacker", "generic:militia", "nonstate_armed", "IQ"), true),
    FieldCase(
      .attacker, #"{"attacker":"Iran-backed Iraqi militias"}"#,
      actor("attacker", "generic:militia", "nonstate_armed", "SY"), false),
    FieldCase(
      .attacker, #"{"attacker":"Israel"}"#, actor("attacker", "actor:idf", "state_military", "IL"),
      true),
    FieldCase(
      .attacker, #"{"attacker":"Israel"}"#, actor("attacker", "state:IR", "state", "IR"), false),
    FieldCase(.attacker, #"{"attacker":"Hezbollah"}"#, #"{}"#, false),
    FieldCase(
      .attacker, #"{"attacker":"Iran-backed militias (generic)"}"#,
      actor("attacker", "actor:kataib-hezbollah", "nonstate_armed", "IQ"), true),
    FieldCase(
      .attacker, #"{"attacker":"Iran-backed Iraqi militias; Houthis"}"#,
      actor("attacker", "actor:houthis", "nonstate_armed", "YE"), true),
    FieldCase(.target, #"{"target":"industrial site"}"#, #"{}"#, nil),
    FieldCase(
      .target, #"{"target":"Houthis"}"#, actor("target", "generic:militia", "nonstate_armed", "YE"),
      true),
    FieldCase(
      .target, #"{"target":"US military"}"#, actor("target", "state:US", "state", "US"), true),
    FieldCase(
      .target, #"{"target":"Israel"}"#, actor("attacker", "state:IL", "state", "IL"), false),
    FieldCase(.weapon, #"{}"#, #"{}"#, true),
    FieldCase(.weapon, #"{}"#, #"{"weapons":["drone"]}"#, false),
    FieldCase(.weapon, #"{"weapon":"ballistic missile"}"#, #"{"weapons":["missile"]}"#, true),
    FieldCase(.weapon, #"{"weapon":"missile; drone; rocket"}"#, #"{"weapons":["drone"]}"#, true),
    FieldCase(.weapon, #"{"weapon":"pager explosives"}"#, #"{"weapons":["explosive"]}"#, true),
    FieldCase(.weapon, #"{"weapon":"ground operations"}"#, #"{"weapons":["ground raid"]}"#, true),
    FieldCase(.weapon, #"{"weapon":"drone"}"#, #"{"weapons":["rocket"]}"#, false),
    FieldCase(.weapon, #"{"weapon":"drone"}"#, #"{}"#, false),
    FieldCase(.count, #"{"count":2}"#, #"{"quantity":{"value":2,"qualifier":"exact"}}"#, true),
    FieldCase(.count, #"{"count":2}"#, #"{"quantity":{"value":3,"qualifier":"exact"}}"#, false),
    FieldCase(
      .count, #"{"count_qualifier":"vague"}"#, #"{"quantity":{"value":null,"qualifier":"vague"}}"#,
      true),
    FieldCase(.count, #"{"count_qualifier":"vague"}"#, #"{}"#, false),
    FieldCase(.count, #"{}"#, #"{}"#, true),
    FieldCase(.count, #"{}"#, #"{"quantity":{"value":40,"qualifier":"approx"}}"#, false),
    FieldCase(
      .killed, #"{"killed":5}"#, #"{"fatalities":{"killed":{"value":5},"injured":null}}"#, true),
    FieldCase(.killed, #"{}"#, #"{"fatalities":{"killed":{"value":1},"injured":null}}"#, false),
    FieldCase(.killed, #"{}"#, #"{}"#, true),
    FieldCase(
      .injured, #"{"injured":7}"#, #"{"fatalities":{"killed":null,"injured":{"value":7}}}"#, true),
    FieldCase(.injured, #"{"injured":7}"#, #"{}"#, false),
  ]

  @Test(arguments: fieldCases)
  func fieldRules(_ example: FieldCase) throws {
    let resolver = GoldResolver(pipeline: Pipeline(resources: testResources))
    #expect(try Self.verdict(example, resolver: resolver) == example.agrees)
  }

  @Test func withoutGazetteerActorsCompareBySurface() throws {
    let resolver = GoldResolver()
    let run = #"{"actors":[{"role":"attacker","name":"Hezbollah","text":"Hizballah"}]}"#
    #expect(
      try Self.verdict(
        FieldCase(.attacker, #"{"attacker":"Hezbollah"}"#, run, true), resolver: resolver)
        == true)
    #expect(
      try Self.verdict(
        FieldCase(.attacker, #"{"attacker":"Hamas"}"#, run, false), resolver: resolver)
        == false)
  }

  // MARK: Not events

  @Test(arguments: [TextSource.corpus, .eventsFile])
  func notEventsAreReportedByTheirTrigger(source: TextSource) throws {
    let sentence =
      "Officials said Israel might consider striking Iranian proxies in Yemen, "
      + "after it struck Hodeidah."
    var fixture = Fixture(text: "Headline\n\(sentence) Nothing else happened.")
    fixture.notEvents = [
      ["text": "Israel might consider striking Iranian proxies in Yemen", "why": "speculation"]
    ]
    fixture.gold = [
      Self.goldEvent(evidence: "Officials said Israel might consider", location: "Hodeidah")
    ]
    fixture.run = [
      fixture.event(
        sentence: sentence, trigger: "struck",
        location: Self.place("Hodeidah", country: "YE", precision: "city"))
    ]
    #expect(try fixture.evaluate(source: source).events.notEventsHit.isEmpty)
    fixture.run.append(fixture.event(sentence: sentence, trigger: "striking"))
    let report = try fixture.evaluate(source: source)
    #expect(report.events.notEventsHit.count == 1)
    #expect(report.events.notEventsHit.first?.contains("speculation") == true)
    #expect(report.table.contains("NOT events as events"))
  }

  // MARK: The report

  @Test func jsonHasAnEventsSection() throws {
    var fixture = Fixture(text: "Drones hit Eilat on Monday. Rockets hit Haifa.")
    fixture.gold = [
      Self.goldEvent(evidence: "Drones hit Eilat on Monday", location: "Eilat"),
      Self.goldEvent(evidence: "Rockets hit Haifa", location: "Haifa"),
    ]
    fixture.run = [fixture.event(sentence: "Drones hit Eilat on Monday.", trigger: "hit")]
    let report = try fixture.evaluate()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json.serialized.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [String: Any])
    for key in [
      "gold", "run", "matched", "tp", "fp", "fn", "precision", "recall", "f1", "optional_gold",
      "optional_matched", "run_excused", "fields", "not_events_hit", "unmatched_gold",
      "unmatched_run",
    ] {
      #expect(events[key] != nil, "missing events.\(key)")
    }
    #expect(events["gold"] as? Int == 2)
    #expect(events["run"] as? Int == 1)
    #expect(events["tp"] as? Int == 1)
    #expect(events["fn"] as? Int == 1)
    #expect(events["recall"] as? Double == 0.5)
    let fields = try #require(events["fields"] as? [String: [String: Any]])
    #expect(Set(fields.keys) == Set(EventField.allCases.map(\.rawValue)))
    #expect(fields["type"]?["scored"] as? Int == 1)
    #expect(fields["type"]?["correct"] as? Int == 1)
    #expect(fields["sub_event_type"]?["scored"] as? Int == 0)
    let unmatched = try #require(events["unmatched_gold"] as? [String])
    #expect(
      unmatched == ["001_test.txt: #1 Explosions/Remote violence @ Haifa: \"Rockets hit Haifa\""])
    let articles = try #require(object["articles"] as? [[String: Any]])
    #expect((articles.first?["events"] as? [String: Any])?["tp"] as? Int == 1)
    #expect(report.table.contains("events gold  run"))
    #expect(!report.table.contains("missed events"))
    #expect(report.table(verbose: true).contains("missed events"))
  }

  @Test func seedGoldAgainstARunWithoutEvents() throws {
    let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/seeds").path
    let gold = try GoldArticle.load(folder: folder)
    let required = gold.flatMap(\.events).filter { !$0.isCampaign }.count
    #expect(required > 0)
    let report = EvaluationReport.evaluate(gold: gold, run: [])
    #expect(report.events.score == Score(truePositives: 0, predicted: 0, gold: required))
    #expect(report.events.score.recall == 0)
  }
}
