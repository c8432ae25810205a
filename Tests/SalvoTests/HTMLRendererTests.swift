import Foundation
import SalvoModel
import SalvoTestSupport
import Testing

@testable import Salvo

@Suite("inspect --html: the HTML report")
struct HTMLRendererTests {
  static let mentionKinds = ["place", "actor", "demonym", "weapon", "quantity", "date", "trigger"]

  /// The kinds marked in the text, and the problems of the page.
  static func check(_ html: String) -> (kinds: Set<String>, page: HTMLChecker) {
    let page = HTMLChecker(html)
    let kinds = page.elements(withClass: "mk").flatMap(\.classes)
      .filter { $0.hasPrefix("k-") }.map { String($0.dropFirst(2)) }
    return (Set(kinds), page)
  }

  static func analyze(_ text: String, id: String = "synthetic.txt") throws -> AnalyzedArticle {
    let document = Document(
      id: id, path: id, format: .text, text: text, blocks: lineBlocks(text),
      contentHash: "sha256:0")
    return try Pipeline(resources: testResources).analyze(document)
  }

  @Test func handBuiltArticleIsWellFormedAndNestsTheWeaponInTheCount() throws {
    let report = InspectionReport(article: HandBuilt.article)
    let html = HTMLRenderer().render([report], title: "hand.txt")
    let (kinds, page) = Self.check(html)
    #expect(page.problems == [])
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(
      kinds
        == [
          "actor", "quantity", "weapon", "place", "date", "trigger", "rejected", "cue",
          "boilerplate",
        ])
    let weapon = try #require(page.marks("weapon").first)
    #expect(weapon.ancestors.last?.classes.contains("k-quantity") == true)
    // The weapon's mark stands for its mention card, the count's for its own.
    let missiles = HandBuilt.range("ballistic missiles")
    #expect(weapon.attributes["id"] == "a1-t\(missiles.utf8Start)-\(missiles.utf8End)")
    #expect(weapon.attributes["data-refs"] == "a1-m3")
    #expect(weapon.attributes["title"]?.hasPrefix("weapon #3: ballistic missile") == true)
    // The trigger refers to its event row; the row lists the spans its slots came from.
    let trigger = try #require(page.marks("trigger").first)
    #expect(trigger.attributes["data-refs"] == "a1-e1")
    let row = try #require(page.elements.first { $0.attributes["id"] == "a1-e1" })
    let eilat = HandBuilt.range("Eilat")
    let eilatID = "a1-t\(eilat.utf8Start)-\(eilat.utf8End)"
    #expect(
      row.attributes["data-spans"]?.split(separator: " ").contains(Substring(eilatID)) == true)
    #expect(html.contains("<a class=\"slot\" href=\"#\(eilatID)\" data-span=\"\(eilatID)\">"))
    // The rejected statement's trigger and cue both point to its card.
    let cue = try #require(page.marks("cue").first)
    #expect(cue.attributes["data-refs"] == "a1-r1")
    #expect(cue.attributes["title"] == "cue of rejected #1 (threat)")
    let boilerplate = try #require(page.marks("boilerplate").first)
    #expect(boilerplate.attributes["title"]?.hasPrefix("boilerplate") == true)
  }

  @Test func placeDetailsShowCoordinatesAndProvenance() {
    let html = HTMLRenderer().render([InspectionReport(article: HandBuilt.article)], title: "x")
    #expect(html.contains("<dt>coordinates</dt><dd>29.558, 34.948</dd>"))
    #expect(html.contains("<dt>gazetteer id</dt><dd>geonames:295277</dd>"))
    #expect(
      html.contains(
        "<span class=\"label\">by</span> gazetteer/country-in-document · places/cities.tsv:14376"))
    #expect(html.contains("<span class=\"label\">lost</span> geonames:1000001"))
    #expect(html.contains("<dt>qualifier</dt><dd>exact</dd>"))
    #expect(html.contains("<dt>precision</dt><dd>day</dd>"))
  }

  @Test func syntheticArticleMarksEveryKindAndLinksEveryMention() throws {
    let article = try Self.analyze(
      """
      Russian forces fired 40 drones and two ballistic missiles at Kharkiv on Sunday, killing \
      at least five civilians, Ukrainian officials said.
      The Kremlin denied targeting civilians and threatened to strike Kyiv again.

      """)
    let report = InspectionReport(article: article)
    let (kinds, page) = Self.check(HTMLRenderer().render([report], title: "synthetic.txt"))
    #expect(page.problems == [])
    for kind in Self.mentionKinds + ["rejected", "cue"] { #expect(kinds.contains(kind), "\(kind)") }
    let referenced = Set(
      page.elements(withClass: "mk").flatMap {
        ($0.attributes["data-refs"] ?? "").split(separator: " ")
      })
    for entry in report.mentions {
      #expect(referenced.contains("a1-m\(entry.number)"), "mention \(entry.number) has no mark")
      #expect(page.ids["a1-m\(entry.number)"] == 1)
    }
    for entry in report.events { #expect(referenced.contains("a1-e\(entry.number)")) }
  }

  @Test func corpusArticleMarksEveryKindIdenticallyOnEveryRun() throws {
    let path = repositoryRoot.appendingPathComponent("Corpus/001_d277ff9554e8a9ac.txt").path
    let pipeline = Pipeline(resources: testResources)
    let first = try pipeline.inspect(path: path)
    let html = HTMLRenderer().render(first.articles.map(InspectionReport.init), title: path)
    let (kinds, page) = Self.check(html)
    #expect(page.problems == [])
    for kind in Self.mentionKinds + ["rejected", "boilerplate"] {
      #expect(kinds.contains(kind), "\(kind)")
    }
    #expect(!html.contains("http://") && !html.contains("https://"))
    let again = try Pipeline(resources: testResources).inspect(path: path)
    #expect(HTMLRenderer().render(again.articles.map(InspectionReport.init), title: path) == html)
  }

  @Test func everythingFromTheArticleIsEscaped() throws {
    let text = "Gunmen <script>alert('x')</script> & \"friends\" shelled Eilat.\u{1B}[2J\n"
    let eilat = try #require(text.utf8.firstRange(of: "Eilat".utf8))
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: eilat.lowerBound)
    let range = TextRange(utf8Start: offset, utf8End: offset + 5)
    let document = Document(
      id: "a<b>&\"c'.txt", path: "a<b>&\"c'.txt", format: .text, text: text,
      title: "<b>\"Tom\" & 'Jerry'</b>", blocks: lineBlocks(text), contentHash: "sha256:0")
    let mention = Mention(
      range: range, value: .place(HandBuilt.eilat),
      provenance: Provenance(stage: "gazetteer", rule: "alias", source: "x\"<y>.tsv:1"),
      alternatives: ["it's <b>"])
    let article = AnalyzedArticle(
      document: document, layer: TextLayer(tokens: [], sentences: [], terms: TermTable()),
      mentions: [mention])
    let html = HTMLRenderer().render([InspectionReport(article: article)], title: "<t>&")
    #expect(Self.check(html).page.problems == [])
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("\u{1B}"))
    #expect(
      html.contains(
        "Gunmen &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot; shelled ")
    )
    #expect(html.contains("<h2>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</h2>"))
    #expect(html.contains("<title>salvo inspect · &lt;t&gt;&amp;</title>"))
    #expect(
      html.contains("by gazetteer/alias · x&quot;&lt;y&gt;.tsv:1&#10;lost: it&#39;s &lt;b&gt;"))
  }

  @Test func crossingSpansAreCutIntoPiecesThatShareOneID() throws {
    let text = "Gaza City Council said.\n"
    let place = TextRange(utf8Start: 0, utf8End: 9)
    let actor = TextRange(utf8Start: 5, utf8End: 17)
    let pieces = InspectionReport.pieces(text: text, spans: [(place, .place), (actor, .actor)])
    let placeMark = InspectionReport.Mark(kinds: [.place], range: place)
    let actorMark = InspectionReport.Mark(kinds: [.actor], range: actor)
    #expect(
      pieces == [
        .open(placeMark), .text("Gaza "), .open(actorMark), .text("City"), .close(actorMark),
        .close(placeMark), .open(actorMark), .text(" Council"), .close(actorMark),
        .text(" said.\n"),
      ])
    let document = Document(
      id: "c.txt", path: "c.txt", format: .text, text: text, blocks: lineBlocks(text),
      contentHash: "sha256:0")
    let article = AnalyzedArticle(
      document: document, layer: TextLayer(tokens: [], sentences: [], terms: TermTable()),
      mentions: [
        Mention(
          range: place, value: .place(HandBuilt.eilat),
          provenance: Provenance(stage: "gazetteer", rule: "alias")),
        Mention(
          range: actor, value: .actor(HandBuilt.houthis),
          provenance: Provenance(stage: "gazetteer", rule: "alias")),
      ])
    let html = HTMLRenderer().render([InspectionReport(article: article)], title: "c.txt")
    let page = HTMLChecker(html)
    #expect(page.problems == [])
    let actorPieces = page.marks("actor")
    #expect(actorPieces.count == 2)
    #expect(actorPieces.map { $0.attributes["data-span"] } == ["a1-t5-17", "a1-t5-17"])
    #expect(actorPieces.map { $0.attributes["id"] } == ["a1-t5-17", nil])
  }

  @Test func severalArticlesGetTheirOwnIDs() throws {
    let one = InspectionReport(article: HandBuilt.article)
    let html = HTMLRenderer().render([one, one], title: "two.jsonl")
    let page = HTMLChecker(html)
    #expect(page.problems == [])
    #expect(page.ids["a1-m1"] == 1 && page.ids["a2-m1"] == 1)
    #expect(html.contains("<nav class=\"articles\">"))
  }

  @Test func escapeHandlesEveryReservedCharacter() {
    #expect(
      HTMLRenderer.escape("<&\"'>\r\n\u{0}\u{85}é") == "&lt;&amp;&quot;&#39;&gt;\n\u{FFFD}\u{FFFD}é"
    )
  }
}
