import Foundation
import SalvoTestSupport
import Testing

/// Runs the built `salvo` binary end to end.
@Suite("salvo command line")
struct CLITests {
  @Test func version() throws {
    let result = try run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("salvo 0."))
    #expect(result.stdout.contains("ICU"))
  }

  @Test func helpListsExtract() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("extract"))
  }

  @Test func extractWritesEveryOutput() throws {
    let out = NSTemporaryDirectory() + "salvo-cli-\(UUID().uuidString)"
    let result = try run(["extract", corpusFolder, "--out", out, "--jobs", "2"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files == ["events.jsonl", "mentions.jsonl", "run.json"])
    let mentions = try String(contentsOfFile: out + "/mentions.jsonl", encoding: .utf8)
    #expect(mentions.split(separator: "\n").count == 5)
    let report =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))) as? [String: Any]
    let counts = report?["counts"] as? [String: Any]
    #expect(counts?["articles"] as? Int == 5)
    #expect(result.stderr.contains("5 articles from 5 files"))
  }

  @Test func quietPrintsNothing() throws {
    let out = NSTemporaryDirectory() + "salvo-cli-\(UUID().uuidString)"
    let result = try run(["extract", corpusFolder, "--out", out, "--quiet"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  @Test func progressGoesToStderr() throws {
    let out = NSTemporaryDirectory() + "salvo-cli-\(UUID().uuidString)"
    let result = try run(["extract", corpusFolder, "--out", out, "--progress"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("articles/s"))
    #expect(result.stdout.isEmpty)
  }

  @Test func withoutOutEventsGoToStdout() throws {
    let result = try run(["extract", corpusFolder, "--quiet"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let out = NSTemporaryDirectory() + "salvo-cli-\(UUID().uuidString)"
    #expect(try run(["extract", corpusFolder, "--out", out, "--quiet"]).status == 0)
    let events = try String(contentsOfFile: out + "/events.jsonl", encoding: .utf8)
    #expect(result.stdout == events)
  }

  @Test func missingPathFailsClearly() throws {
    let result = try run(["extract", "/no/such/articles"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("/no/such/articles"))
    #expect(result.stderr.contains("no such file or directory"))
  }

  @Test func missingGazetteersFailClearly() throws {
    let result = try run(["extract", corpusFolder, "--gazetteers", "/no/such/gazetteers"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("gazetteer folder not found"))
  }

  @Test func badJobsIsAUsageError() throws {
    let result = try run(["extract", corpusFolder, "--jobs", "0"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--jobs"))
  }
}

struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// An executable product next to the test bundle (SwiftPM builds it because this test
/// target depends on it).
func executable(_ name: String) throws -> URL {
  var folder = Bundle.main.bundleURL
  for _ in 0..<3 {
    let candidate = folder.appendingPathComponent(name)
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder.deleteLastPathComponent()
  }
  throw CLITestError(message: "\(name) executable not found near \(Bundle.main.bundleURL.path)")
}

struct CLITestError: Error {
  var message: String
}

/// Runs `salvo` (or another product) with arguments from the repository root and collects
/// its output.
func run(_ arguments: [String], executable name: String = "salvo") throws -> RunResult {
  let process = Process()
  process.executableURL = try executable(name)
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  return try collect(process)
}

/// Runs a configured process with piped stdout and stderr and collects its output.
func collect(_ process: Process) throws -> RunResult {
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  // Drain stderr on another thread so a chatty child never blocks on a full pipe.
  nonisolated(unsafe) var err = Data()
  let drained = DispatchSemaphore(value: 0)
  DispatchQueue.global().async {
    err = stderr.fileHandleForReading.readDataToEndOfFile()
    drained.signal()
  }
  let out = stdout.fileHandleForReading.readDataToEndOfFile()
  drained.wait()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}

@Suite("salvo extract output is deterministic")
struct CLIDeterminismTests {
  @Test func jobsAndArgumentOrderGiveIdenticalBytes() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
    let one = NSTemporaryDirectory() + "salvo-det-\(UUID().uuidString)"
    let four = NSTemporaryDirectory() + "salvo-det-\(UUID().uuidString)"
    let shuffled = NSTemporaryDirectory() + "salvo-det-\(UUID().uuidString)"
    #expect(try run(["extract", corpusFolder, "--out", one, "--jobs", "1", "--quiet"]).status == 0)
    #expect(
      try run(["extract", corpusFolder, "--out", four, "--jobs", "4", "--quiet"]).status == 0)
    let reversed = files.reversed().map { corpusFolder + "/" + $0 }
    #expect(try run(["extract"] + reversed + ["--out", shuffled, "-q"]).status == 0)
    #expect(try !Data(contentsOf: URL(fileURLWithPath: one + "/mentions.jsonl")).isEmpty)
    for name in ["mentions.jsonl", "events.jsonl"] {
      let reference = try Data(contentsOf: URL(fileURLWithPath: one + "/" + name))
      #expect(try Data(contentsOf: URL(fileURLWithPath: four + "/" + name)) == reference)
      #expect(try Data(contentsOf: URL(fileURLWithPath: shuffled + "/" + name)) == reference)
    }
  }
}
