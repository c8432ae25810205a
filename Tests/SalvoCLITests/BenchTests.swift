import Foundation
import Testing

/// Runs the built `salvo-bench` binary: its synthetic corpus feeds later scale tests, so it
/// must be deterministic and readable by `salvo extract`.
@Suite("salvo-bench synthetic corpus")
struct BenchTests {
  @Test func sameSeedGivesIdenticalFiles() throws {
    let first = NSTemporaryDirectory() + "salvo-bench-\(UUID().uuidString)"
    let second = NSTemporaryDirectory() + "salvo-bench-\(UUID().uuidString)"
    for out in [first, second] {
      let result = try run(
        ["corpus", "--articles", "40", "--seed", "11", "--out", out], executable: "salvo-bench")
      #expect(result.status == 0, "stderr: \(result.stderr)")
    }
    let files = try FileManager.default.subpathsOfDirectory(atPath: first).sorted()
    #expect(files.filter { !$0.hasPrefix("batch") || $0.contains(".") }.count == 40)
    #expect(try FileManager.default.subpathsOfDirectory(atPath: second).sorted() == files)
    for file in files where file.contains(".") {
      let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
      let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
      #expect(a == b, "\(file) differs between two runs with the same seed")
    }
    let otherSeed = NSTemporaryDirectory() + "salvo-bench-\(UUID().uuidString)"
    _ = try run(
      ["corpus", "--articles", "40", "--seed", "12", "--out", otherSeed], executable: "salvo-bench")
    func contents(_ folder: String) throws -> Data {
      try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
        .filter { $0.contains(".") }
        .reduce(into: Data()) {
          $0 += try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $1))
        }
    }
    #expect(try contents(first) != contents(otherSeed))
  }

  @Test func syntheticCorpusExtractsCleanly() throws {
    let corpus = NSTemporaryDirectory() + "salvo-bench-\(UUID().uuidString)"
    let out = NSTemporaryDirectory() + "salvo-bench-out-\(UUID().uuidString)"
    _ = try run(
      ["corpus", "--articles", "60", "--seed", "3", "--out", corpus], executable: "salvo-bench")
    let result = try run(["extract", corpus, "--out", out, "--quiet"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let report =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))) as? [String: Any]
    let counts = report?["counts"] as? [String: Any]
    #expect(counts?["articles"] as? Int == 60)
    #expect(counts?["inputs_skipped"] as? Int == 0)
  }
}
