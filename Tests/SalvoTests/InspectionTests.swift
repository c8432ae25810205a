import Foundation
import Salvo
import SalvoModel
import SalvoTestSupport
import Testing

@Suite("inspect: the report and its terminal rendering")
struct InspectionReportTests {
  let report = InspectionReport(article: HandBuilt.article)
  let plain = TerminalRenderer(usesColor: false)
  let colour = TerminalRenderer(usesColor: true)

  @Test func headerNamesTheArticle() {
    let header = Dictionary(uniqueKeysWithValues: report.header.map { ($0.label, $0.value) })
    #expect(header["id"] == "hand.txt")
    #expect(header["path"] == nil)
    #expect(header["title"] == "Houthi missiles")
    #expect(header["outlet"] == "example.com")
    #expect(header["url"] == "https://example.com/a")
    #expect(header["published"] == "2024-07-22 (metadata)")
    #expect(header["format"] == "txt")
  }

  @Test func textIsWalkedOnceWithBalancedMarks() {
    var text = ""
    var depth = 0
    for piece in report.text {
      switch piece {
      case .text(let run): text += run
      case .open: depth += 1
      case .close: depth -= 1
      }
      #expect(depth >= 0)
    }
    #expect(depth == 0)
    #expect(text == HandBuilt.text)
  }

  @Test func bracketNotationNestsTheWeaponInsideTheCount() {
    let output = plain.render(report)
    #expect(!output.contains("\u{1B}"))
    #expect(
      output.contains(
        "⟦Houthi rebels⟧actor ⟦launched⟧trigger ⟦180 ⟦ballistic missiles⟧weapon⟧quantity at "
          + "⟦Eilat⟧place on ⟦Sunday⟧date — killing ⟦3 people⟧quantity."))
    #expect(output.contains("The group ⟦threatened⟧cue to ⟦strike⟧rejected again."))
    #expect(output.contains("⟦By Jane Doe⟧boilerplate"))
  }

  @Test func colourShowsTheOuterSpanAndDimsBoilerplate() {
    let output = colour.render(report)
    #expect(output.contains("\u{1B}[33m180 ballistic missiles\u{1B}[0m"))
    #expect(output.contains("\u{1B}[35mHouthi rebels\u{1B}[0m \u{1B}[1;4mlaunched\u{1B}[0m"))
    #expect(output.contains("\u{1B}[32mEilat\u{1B}[0m"))
    #expect(output.contains("\u{1B}[2mBy Jane Doe\u{1B}[0m"))
    #expect(!output.contains("⟦"))
  }

  @Test func mentionsAreListedWithResolutionProvenanceAndAlternatives() throws {
    #expect(report.mentions.map(\.number) == Array(1...6))
    #expect(report.mentions.map(\.kind) == [.actor, .quantity, .weapon, .place, .date, .quantity])
    let count = report.mentions[1]
    #expect(count.resolution == "180 · exact · unit ballistic missile · role count")
    #expect(count.provenance == "figures/unit-noun · figures/units.tsv:3")
    let weapon = report.mentions[2]
    #expect(weapon.inside == 2)
    #expect(weapon.resolution.hasPrefix("ballistic missile · family missile"))
    let place = report.mentions[3]
    #expect(place.resolution == "geonames:295277 · Eilat · IL/IL-D · city")
    #expect(place.alternatives == ["geonames:1000001"])
    #expect(report.mentions[4].resolution == "2024-07-21 · day")
    // Scalar offsets, as in mentions.jsonl: the em dash is one scalar, three bytes.
    let people = report.mentions[5]
    let scalars = Array(HandBuilt.text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[people.start..<people.end])
    #expect(String(view) == "3 people")
    #expect(people.resolution == "3 · exact · unit person · role killed")

    let output = plain.render(report)
    #expect(output.contains("Mentions (6)"))
    #expect(output.contains("\"ballistic missiles\" [27, 45) inside #2"))
    #expect(output.contains("→ geonames:295277 · Eilat · IL/IL-D · city"))
    #expect(output.contains("by gazetteer/country-in-document · places/cities.tsv:14376"))
    #expect(output.contains("lost: geonames:1000001"))
  }

  @Test func eventsShowEverySlotAndWhyItWasFilled() throws {
    let entry = try #require(report.events.first)
    let fields = entry.fields.map { "\($0.label)=\($0.value)" }
    #expect(
      fields == [
        "kind=incident",
        "type=Explosions/Remote violence",
        "sub-type=Shelling/artillery/missile attack",
        "trigger=\"launched\" (launch)",
        "date=2024-07-21 · day \"Sunday\"",
        "location=geonames:295277 · Eilat · IL/IL-D · city · precision city \"Eilat\"",
        "origin=—",
        "actors=attacker: actor:houthis · Houthis · nonstate_armed · YE · sponsor state:IR "
          + "\"Houthi rebels\"",
        "actors=target: state:IL · Israel · state · IL (inferred)",
        "weapons=ballistic missile",
        "count=180 · exact · unit ballistic missile · role count \"180 ballistic missiles\"",
        "killed=3 · exact · unit person · role killed \"3 people\"",
        "injured=—",
        "modality=asserted",
        "confidence=0.80",
      ])
    let output = plain.render(report)
    #expect(output.contains("Events (1)"))
    #expect(output.contains("Event 1"))
    #expect(
      output.contains(
        "  evidence    \"Houthi rebels launched 180 ballistic missiles at Eilat on Sunday — "
          + "killing 3 people.\""))
    #expect(
      output.contains("  why         attacker ← \"Houthi rebels\" · subject-of-active-trigger"))
    #expect(output.contains("              location ← \"Eilat\" · object-after-at"))
    #expect(output.contains("              modality · no-cue"))
  }

  @Test func rejectedStatementsShowReasonCueAndSentence() throws {
    let entry = try #require(report.rejected.first)
    #expect(entry.reason == .threat)
    #expect(entry.trigger == "strike")
    #expect(entry.cue == "threatened")
    #expect(entry.sentence == "The group threatened to strike again.")
    let output = plain.render(report)
    #expect(output.contains("Rejected statements (1)"))
    #expect(output.contains("1. threat · trigger \"strike\" · cue \"threatened\""))
    #expect(output.contains("\"The group threatened to strike again.\""))
  }

  @Test func emptySectionsSayNone() {
    var article = HandBuilt.article
    article.events = []
    article.rejected = []
    let output = plain.render(InspectionReport(article: article))
    #expect(output.contains("Events (0)\n──────────\n  (none)"))
    #expect(output.contains("Rejected statements (0)"))
  }

  @Test func severalArticlesEachGetAHeading() {
    let output = plain.render([report, report])
    #expect(output.contains("━━ Article 1 of 2 ━━"))
    #expect(output.contains("━━ Article 2 of 2 ━━"))
    #expect(plain.render([report]) == plain.render(report))
  }

  @Test func controlCharactersInTheArticleCannotReachTheTerminal() {
    let text = "Strike on \u{1B}[31mEilat\u{07}\r\nend\n"
    let document = Document(
      id: "evil.txt", path: "evil.txt", format: .text, text: text,
      title: "\u{1B}]0;title\u{07}", contentHash: "sha256:0")
    let article = AnalyzedArticle(
      document: document, layer: TextLayer(tokens: [], sentences: [], terms: TermTable()))
    let output = plain.render(InspectionReport(article: article))
    #expect(!output.contains("\u{1B}"))
    #expect(!output.contains("\u{07}"))
    #expect(!output.contains("\r"))
    #expect(output.contains("Strike on \u{FFFD}[31mEilat\u{FFFD}\nend"))
  }
}

@Suite("inspect: marking the text")
struct InspectionMarkingTests {
  typealias Piece = InspectionReport.TextPiece
  typealias Kind = InspectionReport.MarkKind

  /// The bracket notation of `text` with `spans` (byte ranges).
  static func marked(_ text: String, _ spans: [(Int, Int, Kind)]) -> String {
    let mentions = spans.map { start, end, kind in
      Mention(
        range: TextRange(utf8Start: start, utf8End: end),
        value: kind == .place
          ? .place(HandBuilt.eilat)
          : .weapon(WeaponReference(weaponClass: "drone", family: "air", acledSubEventType: nil)),
        provenance: Provenance(stage: "test", rule: "test"))
    }
    let document = Document(id: "t", path: "t", format: .text, text: text, contentHash: "sha256:0")
    let article = AnalyzedArticle(
      document: document, layer: TextLayer(tokens: [], sentences: [], terms: TermTable()),
      mentions: mentions)
    let report = InspectionReport(article: article)
    return report.text.map { piece -> String in
      switch piece {
      case .text(let run): run
      case .open: "⟦"
      case .close(let mark): "⟧" + mark.label
      }
    }.joined()
  }

  @Test(
    "nested, overlapping, equal and bad spans",
    arguments: [
      // A crossing span is cut where the earlier one ends; both pieces are marked.
      ("abcdef", [(0, 4, Kind.place), (2, 6, Kind.weapon)], "⟦ab⟦cd⟧weapon⟧place⟦ef⟧weapon"),
      ("abcdef", [(2, 4, Kind.weapon), (0, 6, Kind.place)], "⟦ab⟦cd⟧weaponef⟧place"),
      ("abcdef", [(0, 3, Kind.place), (0, 3, Kind.weapon)], "⟦abc⟧place+weaponde" + "f"),
      ("abcdef", [(0, 6, Kind.place), (0, 3, Kind.weapon)], "⟦⟦abc⟧weapondef⟧place"),
      ("abcdef", [(3, 3, Kind.place), (4, 99, Kind.weapon)], "abcdef"),
      ("abcdef", [(0, 2, Kind.place), (2, 4, Kind.place)], "⟦ab⟧place⟦cd⟧placeef"),
      ("é Eilat", [(3, 8, Kind.place)], "é ⟦Eilat⟧place"),
    ])
  func marks(text: String, spans: [(Int, Int, Kind)], expected: String) {
    #expect(Self.marked(text, spans) == expected)
  }
}

@Suite("inspect: when to colour")
struct ColorModeTests {
  @Test(
    arguments: [
      (ColorMode.auto, true, [String: String](), true),
      (.auto, false, [:], false),
      (.auto, true, ["NO_COLOR": "1"], false),
      (.auto, true, ["NO_COLOR": ""], true),
      (.auto, true, ["TERM": "dumb"], false),
      (.always, false, ["NO_COLOR": "1"], true),
      (.never, true, [:], false),
    ])
  func decides(mode: ColorMode, terminal: Bool, environment: [String: String], colour: Bool) {
    #expect(mode.usesColor(outputIsTerminal: terminal, environment: environment) == colour)
  }
}

@Suite("inspect: reading a file through the pipeline")
struct PipelineInspectTests {
  let pipeline = Pipeline(resources: testResources)

  @Test func corpusArticleIsAnalyzedAndMarked() throws {
    let path = try #require(
      try FileManager.default.contentsOfDirectory(atPath: corpusFolder).first {
        $0.hasPrefix("004_")
      })
    let inspected = try pipeline.inspect(path: corpusFolder + "/" + path)
    #expect(inspected.articles.count == 1)
    #expect(inspected.skipped.isEmpty)
    let article = try #require(inspected.articles.first)
    #expect(article.document.id == path)
    let report = InspectionReport(article: article)
    #expect(report.mentions.count == article.mentions.count)
    #expect(report.mentions.contains { $0.kind == .place && $0.text == "Eilat" })
    let output = TerminalRenderer(usesColor: false).render(report)
    #expect(output.contains("⟦Eilat⟧place"))
    #expect(output.contains("⟦Kataib Hezbollah⟧actor"))
  }

  @Test func missingFileIsNoSuchFile() {
    #expect {
      try pipeline.inspect(path: "/no/such/article.txt")
    } throws: { error in
      (error as? InspectionError)?.code == .noSuchFile
    }
  }

  @Test func folderIsNotAFile() {
    #expect {
      try pipeline.inspect(path: corpusFolder)
    } throws: { error in
      (error as? InspectionError)?.code == .notAFile
    }
  }

  @Test func skippedFileNamesTheReason() throws {
    let folder = try temporaryFolder("salvo-inspect")
    for (name, contents, reason) in [
      ("empty.txt", "", "empty file [empty]"),
      ("notes.pdf", "x", "unsupported file type (.pdf)"),
      ("bad.jsonl", "{nope\n[1]\n", "malformed JSON"),
    ] {
      let path = folder + "/" + name
      try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
      #expect {
        try pipeline.inspect(path: path)
      } throws: { error in
        guard let error = error as? InspectionError else { return false }
        return error.code == .skipped && error.description.hasPrefix(path + ": ")
          && error.description.contains(reason)
      }
    }
  }

  @Test func jsonLinesShowEachArticleAndKeepTheSkippedOnes() throws {
    let folder = try temporaryFolder("salvo-inspect")
    let path = folder + "/feed.jsonl"
    let lines = [
      #"{"id":"a","title":"One","text":"Drones hit Eilat on Sunday."}"#,
      "{not json",
      #"{"id":"b","title":"Two","text":"Rockets were fired at Haifa."}"#,
    ]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    let inspected = try pipeline.inspect(path: path)
    #expect(inspected.articles.map(\.document.id) == ["a", "b"])
    #expect(inspected.skipped.map(\.path) == ["feed.jsonl#2"])
    let output = TerminalRenderer(usesColor: false).render(
      inspected.articles.map(InspectionReport.init(article:)))
    #expect(output.contains("Article 2 of 2"))
    #expect(output.contains("⟦Eilat⟧place"))
  }
}
