import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("JSON and JSON Lines articles")
struct JSONTests {
  static let body = "Two drones struck a fuel depot near the border on Sunday, officials said."

  @Test("The body comes from text, body or content", arguments: ["text", "body", "content"])
  func bodyField(key: String) throws {
    let json = #"{"\#(key)": "\#(Self.body)", "summary": "ignored"}"#
    let document = try readDocument(json, named: "depot.json")
    #expect(document.text == Self.body)
    #expect(document.id == "depot.json")
    #expect(document.path == "depot.json")
    #expect(document.format == .json)
    #expect(document.headline == nil)
    #expect(document.title == nil)
  }

  @Test("Title, URL, date, string source and numeric id are read")
  func metadataFields() throws {
    let json = """
      {
        "id": 48213,
        "title": "Drones strike fuel depot near border",
        "url": "https://www.gulf-observer.example/world/2024/05/19/depot",
        "published": "2024-05-19T08:45:00Z",
        "source": "Gulf Observer",
        "text": "\(Self.body)"
      }
      """
    let document = try readDocument(json, named: "depot.json")
    #expect(document.id == "48213")
    #expect(document.path == "depot.json")
    #expect(document.title == "Drones strike fuel depot near border")
    #expect(document.url == "https://www.gulf-observer.example/world/2024/05/19/depot")
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 5, day: 19, hour: 8, minute: 45, source: .metadata))
    #expect(document.outlet == "Gulf Observer")
    #expect(document.contentHash == ArticleReader.contentHash(Self.body))
  }

  @Test("The source may be an object with a name, and the date a 'date' field")
  func nestedSource() throws {
    let json = """
      {"body": "\(Self.body)", "date": "May 19, 2024",
       "source": {"id": "kyiv-monitor", "name": "www.kyiv-monitor.example"}}
      """
    let document = try readDocument(json, named: "nested.json")
    #expect(document.outlet == "kyiv-monitor.example")
    #expect(document.published == PublicationDate(year: 2024, month: 5, day: 19, source: .metadata))
  }

  @Test("Without a date field, the date in the URL is used")
  func dateFromURL() throws {
    let json = """
      {"content": "\(Self.body)", "url": "https://news.example.org/2024/05/19/depot-strike"}
      """
    let document = try readDocument(json, named: "url.json")
    #expect(document.published == PublicationDate(year: 2024, month: 5, day: 19, source: .url))
  }

  @Test("An unreadable date field is a diagnostic, not an error")
  func badDate() throws {
    let json = #"{"text": "\#(Self.body)", "published": "sometime last week"}"#
    let document = try readDocument(json, named: "vague.json")
    #expect(document.published == nil)
    #expect(
      document.diagnostics == [
        Diagnostic(
          code: .badMetadata,
          message: "vague.json: cannot read the publication date 'sometime last week'",
          path: "vague.json")
      ])
  }

  @Test("A top-level array gives one article per element, path#N")
  func array() throws {
    let json = """
      [
        {"text": "Rockets hit the airbase on Monday, officials said."},
        {"headline": "Port shelled", "body": "Shells struck the port on Tuesday."},
        {"title": "No body here"},
        {"id": "wire-77", "text": "Drones were shot down over the bay on Wednesday."}
      ]
      """
    let folder = try TemporaryFolder()
    try folder.write(json, to: "batch.json")
    let outcomes = try readAll(folder)
    #expect(outcomes.count == 4)
    #expect(outcomes.compactMap(\.document?.id) == ["batch.json#1", "batch.json#2", "wire-77"])
    #expect(outcomes.compactMap(\.document?.path) == ["batch.json", "batch.json", "batch.json"])
    #expect(outcomes[1].document?.title == "Port shelled")
    #expect(
      outcomes[2].skipped
        == SkippedInput(
          path: "batch.json#3", code: .missingBody,
          reason: "no article text: none of the fields text, body, content is a string"))
  }

  static let rejected: [(String, SkipCode)] = [
    (#"{"text": "unterminated"#, .malformedJSON),
    (#""just a string""#, .malformedJSON),
    (#"{"text": 42}"#, .missingBody),
    (#"{"text": "   \n  "}"#, .empty),
    ("", .empty),
  ]

  @Test("A .json file that is not an article is skipped with a reason", arguments: rejected)
  func rejectedFile(json: String, code: SkipCode) throws {
    let skipped = try #require(try readOne(json, named: "bad.json").skipped)
    #expect(skipped.path == "bad.json")
    #expect(skipped.code == code)
  }

  @Test("JSON Lines: ids file.jsonl#N, blank lines ignored, a bad line skipped with its number")
  func jsonLines() throws {
    let lines = [
      #"{"text": "Rockets hit the airbase on Monday, officials said.", "source": "Wire"}"#,
      "",
      #"{"text": "Shells struck the port on Tuesday.", "title": "Port shelled""#,
      "   ",
      #"{"id": 9, "text": "Drones were shot down over the bay on Wednesday."}"#,
      #"{"text": "A convoy was ambushed on the highway on Thursday."}"#,
    ]
    let folder = try TemporaryFolder()
    try folder.write(lines.joined(separator: "\n") + "\n", to: "feed.jsonl")
    let outcomes = try readAll(folder)
    #expect(outcomes.count == 4)
    #expect(outcomes.compactMap(\.document?.id) == ["feed.jsonl#1", "9", "feed.jsonl#6"])
    #expect(outcomes.compactMap(\.document?.path) == ["feed.jsonl", "feed.jsonl", "feed.jsonl"])
    #expect(
      outcomes.compactMap(\.document?.text) == [
        "Rockets hit the airbase on Monday, officials said.",
        "Drones were shot down over the bay on Wednesday.",
        "A convoy was ambushed on the highway on Thursday.",
      ])
    let skipped = try #require(outcomes[1].skipped)
    #expect(skipped.path == "feed.jsonl#3")
    #expect(skipped.code == .malformedJSON)
    #expect(skipped.reason.hasPrefix("line 3: malformed JSON: "))
  }

  @Test("A JSON Lines line above the article limit is skipped; the next line is still read")
  func jsonLineTooLarge() throws {
    let long = String(repeating: "Shelling continued. ", count: 10)
    let lines = [
      #"{"text": "\#(long)"}"#,
      #"{"text": "A convoy was ambushed on the highway on Thursday."}"#,
    ]
    let folder = try TemporaryFolder()
    try folder.write(lines.joined(separator: "\n"), to: "feed.jsonl")
    let outcomes = try readAll(folder, maxArticleBytes: 100)
    #expect(outcomes.count == 2)
    #expect(
      outcomes[0].skipped
        == SkippedInput(
          path: "feed.jsonl#1", code: .tooLarge,
          reason: "line 1 is 213 bytes, above the 100 bytes article limit"))
    #expect(outcomes[1].document?.id == "feed.jsonl#2")
  }
}
