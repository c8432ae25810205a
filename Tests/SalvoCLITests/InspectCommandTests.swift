import Foundation
import SalvoTestSupport
import Testing

/// `salvo inspect` end to end, through a pipe and through a pseudo-terminal.
@Suite("salvo inspect")
struct InspectCommandTests {
  /// `Corpus/004_*.txt`, relative to the repository root.
  static let article: String = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []
    return "Corpus/" + (names.sorted().first { $0.hasPrefix("004_") } ?? "004_missing.txt")
  }()

  static let escape = "\u{1B}["

  @Test func neverMarksMentionsWithBrackets() throws {
    let result = try runInspect([Self.article, "--color", "never"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.contains(Self.escape))
    #expect(result.stdout.hasPrefix("id         004_"))
    #expect(result.stdout.contains("published  2024-07-27T23:56 (dateline)"))
    #expect(result.stdout.contains("launched a ⟦drone attack⟧weapon+trigger on ⟦Eilat⟧place."))
    #expect(result.stdout.contains("⟦three ⟦US⟧place ⟦soldiers⟧actor⟧quantity"))
    #expect(result.stdout.contains("⟦Related⟧boilerplate"))
    #expect(result.stdout.contains("\"Eilat\" ["))
    #expect(result.stdout.contains("→ geonames:295277 · Eilat · IL/IL-D · city"))
    #expect(result.stdout.contains("\"soldiers\" [941, 949) inside #"))
    #expect(result.stdout.contains("Events ("))
    #expect(result.stdout.contains("Rejected statements ("))
  }

  @Test func alwaysColoursEvenIntoAPipeAndDespiteNoColor() throws {
    let result = try runInspect(
      [Self.article, "--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("\u{1B}[32mEilat\u{1B}[0m"))
    #expect(result.stdout.contains("\u{1B}[33mthree US soldiers\u{1B}[0m"))
    #expect(!result.stdout.contains("⟦Eilat⟧"))
  }

  @Test func autoDoesNotColourAPipe() throws {
    let result = try runInspect([Self.article])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains(Self.escape))
    #expect(result.stdout.contains("⟦Eilat⟧place"))
  }

  @Test(
    "auto in a terminal colours unless NO_COLOR is set and not empty",
    arguments: [([String: String](), true), (["NO_COLOR": "1"], false), (["NO_COLOR": ""], true)])
  func autoInATerminal(environment: [String: String], coloured: Bool) throws {
    let result = try runInspect([Self.article], environment: environment, terminal: true)
    #expect(result.status == 0, "output: \(result.stdout)")
    #expect(result.stdout.contains(Self.escape) == coloured)
    #expect(result.stdout.contains("⟦Eilat⟧place") == !coloured)
  }

  @Test func missingFileExitsTwoNamingIt() throws {
    let result = try runInspect(["Corpus/no-such-article.txt"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Corpus/no-such-article.txt: no such file or directory"))
  }

  @Test func skippedFileExitsOneWithTheReason() throws {
    let path = NSTemporaryDirectory() + "salvo-inspect-\(UUID().uuidString).txt"
    try Data("  \n\t\n".utf8).write(to: URL(fileURLWithPath: path))
    let result = try runInspect([path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("\(path): skipped: no text: only white space [empty]"))
  }

  @Test func folderIsRefused() throws {
    let result = try runInspect(["Corpus"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Corpus: is a folder"))
  }

  @Test func jsonLinesShowEveryArticleAndWarnAboutBadLines() throws {
    let path = NSTemporaryDirectory() + "salvo-inspect-\(UUID().uuidString).jsonl"
    let lines = [
      #"{"id":"one","text":"Drones hit Eilat on Sunday."}"#,
      "{broken",
      #"{"id":"two","text":"Rockets were fired at Haifa."}"#,
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
    let result = try runInspect([path, "--color", "never"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("━━ Article 1 of 2 ━━\n\nid         one"))
    #expect(result.stdout.contains("━━ Article 2 of 2 ━━\n\nid         two"))
    #expect(result.stderr.contains("warning: skipped "))
    #expect(result.stderr.contains("#2: line 2: malformed JSON"))
  }

  @Test func badColourIsAUsageError() throws {
    let result = try runInspect([Self.article, "--color", "sometimes"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--color"))
    #expect(result.stderr.contains("expected auto, always or never"))
  }

  @Test func helpListsInspect() throws {
    let result = try runInspect(["--help"], subcommand: false)
    #expect(result.stdout.contains("inspect"))
  }
}

/// Runs `salvo inspect ARGUMENTS` from the repository root with `environment` added to a
/// clean copy of this process's (no `NO_COLOR`, `TERM=xterm`); stdout is a pipe, or a
/// pseudo-terminal when `terminal` (stderr is then the same terminal, and both land in
/// `stdout`).
private func runInspect(
  _ arguments: [String], environment: [String: String] = [:], terminal: Bool = false,
  subcommand: Bool = true
) throws -> RunResult {
  let process = Process()
  process.executableURL = try executable("salvo")
  process.arguments = (subcommand ? ["inspect"] : []) + arguments
  process.currentDirectoryURL = repositoryRoot
  var base = ProcessInfo.processInfo.environment
  base["NO_COLOR"] = nil
  base["TERM"] = "xterm"
  process.environment = base.merging(environment) { $1 }
  guard terminal else { return try collect(process) }
  let terminal = try PseudoTerminal()
  process.standardOutput = terminal.follower
  process.standardError = terminal.follower
  try process.run()
  try terminal.follower.close()
  let out = terminal.readAll { kill(process.processIdentifier, 0) == 0 }
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: "")
}
