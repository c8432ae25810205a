import Salvo
import SalvoIO
import SalvoModel
import SalvoTestSupport
import Testing

@Suite("An article's output lines")
struct OutputLinesTests {
  /// The seed corpus, analyzed.
  private func articles() async throws -> [AnalyzedArticle] {
    let runner = BatchRunner(pipeline: Pipeline(resources: testResources), jobs: 1)
    var articles: [AnalyzedArticle] = []
    _ = try await runner.run(try runner.collect([corpusFolder])) { articles.append($0) }
    return articles
  }

  /// The streamed lines are the bytes of the records built as trees.
  @Test func streamedLinesMatchTheRecordTrees() async throws {
    let articles = try await articles()
    #expect(articles.count == 5)
    #expect(articles.contains { !$0.events.isEmpty })
    for article in articles {
      let document = article.document
      let offsets = ScalarOffsets(document.text)
      let mentionIDs = article.events.map { StableID.eventMention($0, in: document) }
      let eventIDs = mentionIDs.map(StableID.singletonEvent(mentionID:))
      let record = ArticleRecord.json(
        document: document, layer: article.layer, mentions: article.mentions,
        events: article.events, eventIDs: eventIDs, rejected: article.rejected)
      let events = zip(article.events, eventIDs).map { event, id in
        EventRecord.canonicalJSON(event, document: document, offsets: offsets, id: id)
          .serialized + "\n"
      }
      let lines = article.outputLines()
      #expect(String(decoding: lines.mentions, as: UTF8.self) == record.serialized + "\n")
      #expect(String(decoding: lines.events, as: UTF8.self) == events.joined())
    }
  }
}
