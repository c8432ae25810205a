import Foundation
import SalvoTestSupport
import Testing

/// `salvo extract --format`: events.csv and events.geojson beside events.jsonl.
@Suite("salvo extract --format csv,geojson")
struct ViewsCommandTests {
  static func checkViews(_ folder: String, requirePandas: Bool = false) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", "Scripts/views/check_views.py", folder]
      + (requirePandas ? ["--require-pandas"] : [])
    process.currentDirectoryURL = repositoryRoot
    return try collect(process)
  }

  @Test func corpusViewsAreValidCSVAndGeoJSON() throws {
    let out = NSTemporaryDirectory() + "salvo-views-\(UUID().uuidString)"
    let result = try run([
      "extract", corpusFolder, "--out", out, "--format", "jsonl,csv,geojson", "-q",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      files == ["events.csv", "events.geojson", "events.jsonl", "mentions.jsonl", "run.json"])
    let check = try Self.checkViews(out)
    #expect(check.status == 0, "\(check.stderr)")
    let csv = try String(contentsOfFile: out + "/events.csv", encoding: .utf8)
    #expect(csv.contains(",376,Israel,"))  // iso and country of an Israeli location
  }

  @Test func theCheckerRejectsABrokenCSV() throws {
    let out = NSTemporaryDirectory() + "salvo-views-\(UUID().uuidString)"
    #expect(
      try run(["extract", corpusFolder, "--out", out, "--format", "csv,geojson", "-q"]).status == 0)
    let path = out + "/events.csv"
    let csv = try String(contentsOfFile: path, encoding: .utf8)
    try (csv + "ev-broken,\"unterminated\n").write(toFile: path, atomically: true, encoding: .utf8)
    let check = try Self.checkViews(out)
    #expect(check.status != 0)
  }

  @Test func rLoadsTheCSVWithoutWarningsWhenInstalled() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/Rscript") else { return }
    let out = NSTemporaryDirectory() + "salvo-views-\(UUID().uuidString)"
    #expect(try run(["extract", corpusFolder, "--out", out, "--format", "csv", "-q"]).status == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/Rscript")
    process.arguments = ["Scripts/views/check_csv.R", out]
    process.currentDirectoryURL = repositoryRoot
    let result = try collect(process)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try run([
      "extract", corpusFolder, "--out", "/tmp/unused", "--format", "jsonl,xlsx",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("unknown format 'xlsx'"))
  }

  @Test func viewsNeedAnOutputFolder() throws {
    let result = try run(["extract", corpusFolder, "--format", "csv"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("needs --out"))
  }
}
