import Foundation
import SalvoTestSupport
import Testing

/// `salvo extract` on stderr: the progress line (articles done, articles/s, ETA) on a
/// terminal or with `--progress`, nothing but errors with `--quiet`; and `run.json`'s
/// timings per stage.
@Suite("salvo extract: progress, quiet and run.json timings")
struct ProgressTests {
  /// One drawing of the progress line; captures articles, files done, files, ETA.
  static var line: Regex<(Substring, Substring, Substring, Substring, Substring)> {
    #/salvo: (\d+) articles · (\d+)/(\d+) files · \d+\.\d articles/s · ETA (--|\d+s|\d+m\d\ds|\d+h\d\dm)/#
  }

  @Test func terminalGetsOneLineRedrawnInPlaceEndingWithTheTotals() throws {
    let out = NSTemporaryDirectory() + "salvo-progress-\(UUID().uuidString)"
    let result = try runInTerminal(["extract", corpusFolder, "--out", out])
    #expect(result.status == 0, "output: \(result.output)")
    let draws = result.output.components(separatedBy: "\r\u{1B}[K").dropFirst()
    #expect(!draws.isEmpty, "output: \(result.output)")
    let last = try #require(draws.last)
    let match = try #require(last.firstMatch(of: Self.line), "\(last)")
    #expect(match.output.1 == "5" && match.output.2 == "5" && match.output.3 == "5")
    #expect(match.output.4 == "0s")
    // The line ends before the summary, which follows on its own line.
    #expect(last.contains("\n"))
    #expect(result.output.contains("salvo: 5 articles from 5 files"))
  }

  @Test func progressFlagWritesPlainLinesIntoAPipe() throws {
    let out = NSTemporaryDirectory() + "salvo-progress-\(UUID().uuidString)"
    let result = try run(["extract", corpusFolder, "--out", out, "--progress"])
    #expect(result.status == 0)
    #expect(!result.stderr.contains("\u{1B}"))
    let lines = result.stderr.split(separator: "\n").filter { $0.firstMatch(of: Self.line) != nil }
    #expect(!lines.isEmpty, "stderr: \(result.stderr)")
    #expect(lines.last?.hasPrefix("salvo: 5 articles · 5/5 files") == true)
  }

  @Test(
    "--quiet prints nothing, even on a terminal or with --progress",
    arguments: [["--quiet"], ["--quiet", "--progress"], ["-q"]])
  func quietIsSilentOnATerminal(flags: [String]) throws {
    let out = NSTemporaryDirectory() + "salvo-progress-\(UUID().uuidString)"
    let result = try runInTerminal(["extract", corpusFolder, "--out", out] + flags)
    #expect(result.status == 0)
    #expect(result.output.isEmpty, "output: \(result.output)")
  }

  @Test func quietStillReportsErrors() throws {
    let result = try run(["extract", "Corpus/no-such-folder", "--quiet"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no-such-folder"))
  }

  @Test func runJSONTimesEveryStage() throws {
    let out = NSTemporaryDirectory() + "salvo-progress-\(UUID().uuidString)"
    #expect(try run(["extract", corpusFolder, "--out", out, "--quiet"]).status == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/run.json"))
    let text = String(decoding: data, as: UTF8.self)
    let report = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let timings = try #require(report?["timings_seconds"] as? [String: Double])
    let stages = [
      "ingest", "text", "gazetteer", "figures", "events", "output", "dedup", "wall",
    ]
    #expect(Set(timings.keys) == Set(stages))
    for stage in stages { #expect((timings[stage] ?? -1) >= 0, "\(stage)") }
    #expect((timings["gazetteer"] ?? 0) > 0 && (timings["events"] ?? 0) > 0)
    // In stage order in the file.
    let section = try #require(text.range(of: "\"timings_seconds\"")).upperBound
    let positions = stages.compactMap {
      text.range(of: "\"\($0)\":", range: section..<text.endIndex)?.lowerBound
    }
    #expect(positions.count == stages.count && positions == positions.sorted())
  }
}

/// The exit status and everything `salvo ARGUMENTS` wrote to a pseudo-terminal that is
/// both its stdout and its stderr, run from the repository root.
private func runInTerminal(_ arguments: [String]) throws -> (status: Int32, output: String) {
  let process = Process()
  process.executableURL = try executable("salvo")
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  var environment = ProcessInfo.processInfo.environment
  environment["TERM"] = "xterm"
  process.environment = environment
  let terminal = try PseudoTerminal()
  process.standardOutput = terminal.follower
  process.standardError = terminal.follower
  try process.run()
  try terminal.follower.close()
  let output = terminal.readAll { kill(process.processIdentifier, 0) == 0 }
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}
