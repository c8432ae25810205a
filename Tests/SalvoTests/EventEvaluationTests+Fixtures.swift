import Foundation
import SalvoTestSupport
import Testing

@testable import Salvo

extension EventEvaluationTests {
  /// Where eval finds the evidence sentences' text.
  enum TextSource: Sendable {
    /// It reads the article (`--corpus`).
    case corpus
    /// The run's `events.jsonl` `sources`.
    case eventsFile
    /// Nowhere.
    case none
  }

  /// One article, its gold events and a run's event mentions, written to a temporary
  /// folder.
  struct Fixture {
    var text: String
    var gold: [[String: Any]] = []
    var notEvents: [[String: Any]] = []
    var run: [[String: Any]] = []
    /// The gold `published` date: the text states it, so relative dates are checkable.
    var published: String? = "2024-08-06"
    /// The gold `dates` items.
    var dates: [[String: Any]] = []
    let file = "001_test.txt"

    init(text: String) { self.text = text }

    /// The Unicode-scalar span of `piece` in the text.
    func span(_ piece: String, after: Int = 0) -> [String: Int] {
      let scalars = Array(text.unicodeScalars)
      let needle = Array(piece.unicodeScalars)
      for start in after...(scalars.count - needle.count)
      where Array(scalars[start..<(start + needle.count)]) == needle {
        return ["start": start, "end": start + needle.count]
      }
      Issue.record("\(piece) is not in the fixture text")
      return ["start": 0, "end": 0]
    }

    /// A run event mention stated by `sentence`, its trigger the first `trigger` in it.
    func event(
      sentence: String, trigger: String, type: String = "Explosions/Remote violence",
      location: [String: Any]? = nil, date day: (String, String)? = nil
    ) -> [String: Any] {
      let evidence = span(sentence)
      let triggerSpan = span(trigger, after: evidence["start"] ?? 0)
      return [
        "mention_id": "m-\(triggerSpan["start"] ?? 0)", "kind": "incident", "event_type": type,
        "sub_event_type": NSNull(),
        "date": day.map { EventEvaluationTests.date($0.0, $0.1) }
          ?? EventEvaluationTests.date(nil, "unknown"),
        "location": location ?? NSNull(), "actors": [], "weapons": [], "quantity": NSNull(),
        "fatalities": ["killed": NSNull(), "injured": NSNull()], "modality": "asserted",
        "trigger": [
          "text": trigger, "lemma": trigger, "start": triggerSpan["start"] ?? 0,
          "end": triggerSpan["end"] ?? 0,
        ],
        "evidence": [evidence], "confidence": 0.5,
      ]
    }

    /// Writes the gold, run and corpus folders and evaluates with the repository's gazetteer.
    func evaluate(source: EventEvaluationTests.TextSource = .eventsFile) throws -> EvaluationReport
    {
      let root = NSTemporaryDirectory() + "salvo-eval-\(UUID().uuidString)"
      let manager = FileManager.default
      for folder in ["gold", "run", "corpus"] {
        try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
      }
      try text.write(toFile: "\(root)/corpus/\(file)", atomically: true, encoding: .utf8)
      var goldObject: [String: Any] = [
        "file": file, "events": gold, "not_events": notEvents, "dates": dates,
      ]
      if let published { goldObject["published"] = published }
      try JSONSerialization.data(withJSONObject: goldObject).write(
        to: URL(fileURLWithPath: "\(root)/gold/001.json"))
      let record: [String: Any] = [
        "schema": "salvo.article/1", "article_id": file, "path": file, "mentions": [],
        "event_mentions": run,
      ]
      try JSONSerialization.data(withJSONObject: record).write(
        to: URL(fileURLWithPath: "\(root)/run/mentions.jsonl"))
      if source == .eventsFile {
        let scalars = Array(text.unicodeScalars)
        let lines = try run.map { event -> String in
          let sources = (event["evidence"] as? [[String: Int]] ?? []).map { span -> [String: Any] in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(span["start"] ?? 0)..<(span["end"] ?? 0)])
            return [
              "article_id": file, "sentence": String(view), "start": span["start"] ?? 0,
              "end": span["end"] ?? 0,
            ]
          }
          let data = try JSONSerialization.data(withJSONObject: ["sources": sources])
          return String(decoding: data, as: UTF8.self)
        }
        try lines.joined(separator: "\n").write(
          toFile: "\(root)/run/events.jsonl", atomically: true, encoding: .utf8)
      }
      var articles = try RunArticle.load(run: "\(root)/run")
      if source == .corpus {
        articles = try RunArticle.readingTexts(of: articles, corpus: "\(root)/corpus")
      }
      return EvaluationReport.evaluate(
        gold: try GoldArticle.load(folder: "\(root)/gold"), run: articles,
        resolver: GoldResolver(pipeline: Pipeline(resources: testResources)))
    }
  }

  /// A gold event with everything null but what is given.
  static func goldEvent(
    evidence: String, also: [String] = [], location: String? = nil, date: String? = nil,
    precision: String = "day", type: String = "Explosions/Remote violence"
  ) -> [String: Any] {
    var event: [String: Any] = [
      "kind": "incident", "acled_event_type": type, "acled_sub_event_type": NSNull(),
      "date": date ?? NSNull(), "date_precision": date == nil ? "unknown" : precision,
      "attacker": NSNull(), "target": NSNull(), "location": location ?? NSNull(),
      "country": NSNull(), "weapon": NSNull(), "count": NSNull(), "count_qualifier": NSNull(),
      "killed": NSNull(), "injured": NSNull(), "modality": "asserted", "evidence": evidence,
    ]
    if !also.isEmpty { event["also_evidence"] = also }
    return event
  }

  /// A run location object.
  static func place(_ name: String, country: String, precision: String) -> [String: Any] {
    [
      "name": name, "gazetteer_id": "test:\(name)", "country": country, "precision": precision,
      "text": name,
    ]
  }

  /// A run date object for one day (or unknown).
  static func date(_ day: String?, _ precision: String) -> [String: Any] {
    ["start": day ?? NSNull(), "end": day ?? NSNull(), "precision": precision]
  }

  /// A run location as JSON.
  static func loc(_ name: String, _ country: String, _ precision: String, _ text: String)
    -> String
  {
    #"{"location":{"name":"\#(name)","country":"\#(country)","precision":"\#(precision)","text":"\#(text)"}}"#
  }

  /// One run actor as JSON.
  static func actor(_ role: String, _ id: String, _ type: String, _ country: String) -> String {
    #"{"actors":[{"role":"\#(role)","gazetteer_id":"\#(id)","type":"\#(type)","country":"\#(country)"}]}"#
  }

  /// The verdict on one field for a gold and a run event built from JSON patches.
  static func verdict(_ example: FieldCase, resolver: GoldResolver) throws -> Bool? {
    func object(_ json: String) throws -> [String: Any] {
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
    }
    let goldObject = goldEvent(evidence: "x") + (try object(example.gold))
    var runObject: [String: Any] = [
      "kind": "incident", "event_type": "Explosions/Remote violence", "modality": "asserted",
      "date": date(nil, "unknown"),
    ]
    runObject = runObject + (try object(example.run))
    let gold = try #require(GoldEvent(object: goldObject, index: 0))
    let scorer = EventScorer(resolver: resolver)
    let fields = EventComparison(resolver: resolver).compare(
      scorer.prepare(gold), scorer.prepare(RunEvent(object: runObject), in: nil))
    return fields[example.field]
  }
}

extension Dictionary where Key == String, Value == Any {
  /// The keys of both, those of `rhs` winning.
  fileprivate static func + (lhs: [String: Any], rhs: [String: Any]) -> [String: Any] {
    lhs.merging(rhs) { _, new in new }
  }
}
