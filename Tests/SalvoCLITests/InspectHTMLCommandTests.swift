import Foundation
import SalvoTestSupport
import Testing

/// `salvo inspect FILE --html OUT.html` end to end.
@Suite("salvo inspect --html")
struct InspectHTMLCommandTests {
  static let article = "Corpus/001_d277ff9554e8a9ac.txt"

  @Test func writesOneSelfContainedPageAndNothingOnStdout() throws {
    let page = NSTemporaryDirectory() + "salvo-inspect-\(UUID().uuidString).html"
    let result = try run(["inspect", Self.article, "--html", page], in: repositoryRoot)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<title>salvo inspect · \(Self.article)</title>"))
    for kind in ["place", "actor", "demonym", "weapon", "quantity", "date", "trigger"] {
      #expect(html.contains("<span class=\"mk k-\(kind)"), "\(kind)")
    }
    // Nothing to fetch: no outside address in src or href, no stylesheet or script file.
    #expect(!html.contains("src=\""))
    #expect(!html.contains("href=\"http"))
    #expect(!html.contains("<link"))
  }

  @Test func dashWritesThePageToStdoutIdenticallyEachTime() throws {
    let first = try run(["inspect", Self.article, "--html", "-"], in: repositoryRoot)
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(first.stdout.hasPrefix("<!DOCTYPE html>"))
    let second = try run(["inspect", Self.article, "--html", "-"], in: repositoryRoot)
    #expect(second.stdout == first.stdout)
  }

  @Test func unwritablePageFailsNamingIt() throws {
    let result = try run(
      ["inspect", Self.article, "--html", "/no-such-folder/page.html"], in: repositoryRoot)
    #expect(result.status == 1)
    #expect(result.stderr.contains("/no-such-folder/page.html"))
  }
}

/// Runs `salvo ARGUMENTS` in `folder`.
private func run(_ arguments: [String], in folder: URL) throws -> RunResult {
  let process = Process()
  process.executableURL = try executable("salvo")
  process.arguments = arguments
  process.currentDirectoryURL = folder
  return try collect(process)
}
