import Foundation
import SalvoTestSupport
import Testing

/// Runs the README's walkthrough (the fenced block marked `sh walkthrough`) command by
/// command in a scratch copy of the repository's corpus and gazetteers, with `swift run -c
/// release salvo` replaced by the built binary. A comment saying `(exit status N` sets the
/// status expected of the next command; every other command must exit 0.
@Suite("README walkthrough")
struct WalkthroughTests {
  struct Step {
    var command: String
    var status: Int32
  }

  static func steps() throws -> [Step] {
    let readme = try String(
      contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
    guard let open = lines.firstIndex(of: "```sh walkthrough") else {
      throw CLITestError(message: "README.md has no ```sh walkthrough block")
    }
    var steps: [Step] = []
    var expected: Int32 = 0
    for line in lines[(open + 1)...] {
      if line.hasPrefix("```") { break }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      if text.hasPrefix("#") {
        if let range = text.range(of: "(exit status ") {
          expected = Int32(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        continue
      }
      steps.append(Step(command: text, status: expected))
      expected = 0
    }
    return steps
  }

  @Test func everyCommandWorksAsWritten() throws {
    let steps = try Self.steps()
    #expect(steps.count >= 5)
    let salvo = try executable("salvo").path
    let folder = NSTemporaryDirectory() + "salvo-walkthrough-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for name in ["Corpus", "Gazetteers"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(name),
        to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
    var outputs: [String] = []
    for step in steps {
      #expect(
        step.command.contains("swift run -c release salvo") || !step.command.contains("salvo "))
      let command = step.command.replacingOccurrences(
        of: "swift run -c release salvo", with: "'\(salvo)'")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", command]
      process.currentDirectoryURL = URL(fileURLWithPath: folder)
      let result = try collect(process)
      #expect(result.status == step.status, "\(step.command)\n\(result.stderr)")
      outputs.append(result.stdout)
    }
    // The alias changes the extraction, and the diff says how.
    let diff = outputs.last ?? ""
    #expect(diff.contains("    attacker: Iraq → Government of Iraq\n"))
    #expect(diff.contains("+ actor \"Saddam Hussein\""))
    #expect(outputs.contains { $0.contains("Scud") })
    // The originals are untouched: the alias went into the scratch copy only.
    let actors = try String(
      contentsOf: gazetteersFolder.appendingPathComponent("actors.tsv"), encoding: .utf8)
    #expect(!actors.contains("Saddam Hussein"))
    for run in ["runs/before", "runs/after"] {
      let check = try ViewsCommandTests.checkViews(folder + "/" + run)
      #expect(check.status == 0, "\(run): \(check.stderr)")
    }
  }
}
