import Foundation
import Salvo
import SalvoIO
import SalvoTestSupport
import Testing

/// Extract with deduplication, end to end through `RunDirectory`: the run folder's files
/// are identical whatever the jobs and input order, and the records agree with each other.
@Suite("Deduplicated run folder")
struct DeduplicationRunTests {
  /// Runs extract into a new folder and returns its events.jsonl and mentions.jsonl.
  func run(_ paths: [String], jobs: Int) async throws -> (events: String, mentions: String) {
    let folder = try temporaryFolder("salvo-dedup")
    let runner = BatchRunner(pipeline: Pipeline(resources: testResources), jobs: jobs)
    let directory = try RunDirectory(path: folder, resources: testResources)
    let report = try await runner.run(try runner.collect(paths)) { try directory.write($0) }
    try directory.commit(report: report)
    return (
      try String(contentsOfFile: folder + "/events.jsonl", encoding: .utf8),
      try String(contentsOfFile: folder + "/mentions.jsonl", encoding: .utf8)
    )
  }

  @Test func threadsAndOrderDoNotChangeTheFiles() async throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
    let one = try await run([corpusFolder], jobs: 1)
    let four = try await run(files.reversed().map { corpusFolder + "/" + $0 }, jobs: 4)
    #expect(one.events == four.events)
    #expect(one.mentions == four.mentions)
  }

  @Test func mentionsPointAtCanonicalEventsAndRewritesAreFlagged() async throws {
    let output = try await run([corpusFolder], jobs: 2)
    let events = try output.events.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    let ids = Set(events.compactMap { $0["id"] as? String })
    #expect(ids.count == events.count)
    let merged = events.filter { ($0["num_articles"] as? Int ?? 0) > 1 }
    #expect(!merged.isEmpty)
    for event in merged {
      #expect(!(event["merge_reasons"] as? [Any] ?? []).isEmpty)
      // One source per evidence sentence: every mention gives at least one.
      let sources = event["sources"] as? [[String: Any]] ?? []
      #expect(
        Set(sources.compactMap { $0["mention_id"] as? String }).count == event["num_mentions"]
          as? Int)
    }
    var referenced = Set<String>()
    var duplicates: [String: String] = [:]
    for line in output.mentions.split(separator: "\n") {
      let record = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      for mention in record["event_mentions"] as? [[String: Any]] ?? [] {
        referenced.insert(try #require(mention["event_id"] as? String))
      }
      if let original = record["duplicate_of"] as? String,
        let path = record["path"] as? String
      {
        duplicates[path] = original
      }
    }
    // Every event mention names a canonical event, and every canonical event is named.
    #expect(referenced == ids)
    // 000 is a reworded rewrite of 001; neither is dated, so the group's representative is
    // the smaller id.
    #expect(duplicates.count == 1)
    #expect(duplicates.keys.first?.hasPrefix("001") == true)
    #expect(duplicates.values.first?.hasPrefix("000") == true)
  }
}
