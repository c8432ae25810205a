import Foundation
import SalvoTestSupport
import Testing

/// `salvo gazetteer` and `salvo eval` end to end.
@Suite("salvo gazetteer and eval")
struct GazetteerCommandTests {
  /// A copy of the repository's gazetteers to modify.
  func copyOfGazetteers() throws -> String {
    let copy = NSTemporaryDirectory() + "salvo-gz-\(UUID().uuidString)"
    try FileManager.default.copyItem(
      atPath: gazetteersFolder.path, toPath: copy)
    return copy
  }

  @Test func checkPassesOnTheCommittedData() throws {
    let result = try run(["gazetteer", "check"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains(" 0 errors"))
  }

  @Test func malformedRowIsReportedWithFileLineAndColumn() throws {
    let folder = try copyOfGazetteers()
    let handle = try #require(FileHandle(forWritingAtPath: folder + "/places/curated.tsv"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("salvo:x\tX\t\tcity\t\tSY\t\t1\t2\t\t\tnote\textra\n".utf8))
    try handle.close()
    let result = try run(["gazetteer", "check", "--gazetteers", folder])
    #expect(result.status != 0)
    #expect(result.stderr.contains("places/curated.tsv:"))
    #expect(result.stderr.contains("13 fields but the header has 12 columns"))
  }

  @Test func badCoordinatesAndUnknownParentsAreErrors() throws {
    let folder = try copyOfGazetteers()
    let handle = try #require(FileHandle(forWritingAtPath: folder + "/places/curated.tsv"))
    try handle.seekToEnd()
    try handle.write(
      contentsOf: Data("salvo:x\tX\t\tcity\t\tSY\t\t95\t2\t\tsalvo:nowhere\tnote\n".utf8))
    try handle.close()
    let result = try run(["gazetteer", "check", "--gazetteers", folder])
    #expect(result.status != 0)
    #expect(result.stdout.contains("latitude 95.0 is outside"))
    #expect(result.stdout.contains("parent salvo:nowhere is not a place id"))
  }

  @Test func missingFolderIsAClearError() throws {
    let result = try run(["gazetteer", "check", "--gazetteers", "/no/such/gazetteers"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("gazetteer folder not found"))
  }

  @Test func importGeoNamesWritesAPlaceFileThatLoads() throws {
    let folder = try copyOfGazetteers()
    let dump = NSTemporaryDirectory() + "salvo-geonames-\(UUID().uuidString).txt"
    let rows = [
      // An existing id (Eilat) is skipped; a new village is imported; a mountain (class T)
      // and a small hamlet below the threshold are filtered out.
      "295277\tEilat\tEilat\tElat,Eylat\t29.55805\t34.94821\tP\tPPL\tIL\t\t01\t\t\t\t52299\t\t\tAsia/Jerusalem\t2024-01-01",
      "9999991\tTall Zawr\tTall Zawr\tTell Zor,Tal Zour,تل زور\t35.1\t40.2\tP\tPPL\tSY\t\t07\t\t\t\t1200\t\t\tAsia/Damascus\t2024-01-01",
      "9999992\tJabal Test\tJabal Test\t\t35.2\t40.3\tT\tMT\tSY\t\t07\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
      "9999993\tHamlet\tHamlet\t\t35.3\t40.4\tP\tPPL\tSY\t\t07\t\t\t\t10\t\t\tAsia/Damascus\t2024-01-01",
    ]
    try (rows.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
    let result = try run([
      "gazetteer", "import-geonames", dump, "--min-population", "500", "--gazetteers", folder,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("1 places with"))
    let name = (dump as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")
      .lowercased()
    let written = try String(
      contentsOfFile: folder + "/places/geonames-\(name).tsv", encoding: .utf8)
    #expect(written.contains("geonames:9999991\tTall Zawr\tTal Zour|Tell Zor\tcity"))
    #expect(!written.contains("تل زور"))
    #expect(try run(["gazetteer", "check", "--gazetteers", folder]).status == 0)
  }

  @Test func evalScoresARun() throws {
    let out = NSTemporaryDirectory() + "salvo-eval-\(UUID().uuidString)"
    _ = try run(["extract", corpusFolder, "--out", out, "--quiet"])
    let gold = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/seeds").path
    let table = try run(["eval", "--gold", gold, out])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("ALL"))
    let json = try run(["eval", "--gold", gold, out + "/mentions.jsonl", "--json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let places = try #require(report["places"] as? [String: Any])
    let score = try #require(places["score"] as? [String: Any])
    #expect((score["recall"] as? Double ?? 0) >= 0.95)
    #expect((score["precision"] as? Double ?? 0) >= 0.90)
    #expect((places["not_places_tagged"] as? [Any])?.isEmpty == true)
    let quantities = try #require(report["quantities"] as? [String: Any])
    #expect((quantities["non_counts_as_counts"] as? [Any])?.isEmpty == true)
  }

  @Test func evalWithoutGoldFailsClearly() throws {
    let result = try run(["eval", "--gold", "/no/such/gold", "/no/such/run"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("/no/such/gold"))
  }
}
