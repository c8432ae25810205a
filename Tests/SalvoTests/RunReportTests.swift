import Foundation
import Salvo
import SalvoIngest
import SalvoModel
import SalvoTestSupport
import Testing

@Suite("run.json accounts for every input")
struct RunReportTests {
  @Test func mixedBatchWithBadInputs() async throws {
    let folder = try temporaryFolder("salvo-batch")
    let files: [String: [UInt8]] = [
      "a/article.txt": Array("Drones Hit Base\n\nDrones hit a base near Erbil on Monday.".utf8),
      "a/notes.md": Array("# Strike Reported\n\nAn airstrike hit a depot near Hama.".utf8),
      "b/page.html": Array(
        "<html><body><h1>Raid</h1><p>Commandos raided a site.</p></body></html>".utf8),
      "b/one.json": Array(#"{"id": 77, "title": "T", "text": "Rockets hit Haifa."}"#.utf8),
      "b/many.jsonl": Array(
        (#"{"text": "First strike."}"# + "\n" + "{broken\n" + #"{"body": "Second strike."}"#
          + "\n").utf8),
      "c/empty.txt": [],
      "c/blank.txt": Array("  \n\t\n".utf8),
      "c/binary.txt": [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00],
      "c/latin1.txt": [0x43, 0x61, 0x66, 0xE9, 0x20, 0x73, 0x74, 0x72, 0x69, 0x6B, 0x65],
      "c/image.png": [0x89, 0x50, 0x4E, 0x47],
      "c/nobody.json": Array(#"{"title": "No body"}"#.utf8),
    ]
    for (path, bytes) in files {
      let full = folder + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      #expect(FileManager.default.createFile(atPath: full, contents: Data(bytes)))
    }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/c/loop", withDestinationPath: folder + "/c")

    let (lines, report) = try await extract([folder])
    let records = try lines.map(Record.init)
    #expect(
      records.compactMap { $0["article_id"] as? String } == [
        "a/article.txt", "a/notes.md", "b/many.jsonl#1", "b/many.jsonl#3", "77", "b/page.html",
        "c/latin1.txt",
      ])
    let status = Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, $0.status) })
    for path in files.keys { #expect(status[path] != nil, "\(path) is not accounted for") }
    #expect(status["c/empty.txt"] == "skipped")
    #expect(status["c/binary.txt"] == "skipped")
    #expect(status["b/many.jsonl"] == "processed")
    let codes = Dictionary(
      report.skipped.map { ($0.path, $0.code) }, uniquingKeysWith: { a, _ in a })
    #expect(codes["c/empty.txt"] == .empty)
    #expect(codes["c/blank.txt"] == .empty)
    #expect(codes["c/binary.txt"] == .binary)
    #expect(codes["c/image.png"] == .unsupportedType)
    #expect(codes["c/nobody.json"] == .missingBody)
    #expect(codes["b/many.jsonl#2"] == .malformedJSON)
    #expect(codes["c/loop"] == .symlinkLoop)
    #expect(report.skipped.first { $0.path == "b/many.jsonl#2" }?.reason.contains("line 2") == true)
    #expect(report.warnings.contains { $0.code == .invalidUTF8 && $0.path == "c/latin1.txt" })
    #expect(report.articles == 7)
  }

  @Test func missingPathIsAnError() throws {
    let runner = BatchRunner(pipeline: Pipeline(resources: testResources), jobs: 1)
    let error = #expect(throws: IngestError.self) {
      _ = try runner.collect([corpusFolder, "/no/such/salvo/folder"])
    }
    #expect(error?.code == .noSuchPath)
    #expect(error?.path == "/no/such/salvo/folder")
  }
}
