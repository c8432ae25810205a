import Foundation
import SalvoTestSupport
import Testing

@Suite("Snapshots of the corpus output")
struct SnapshotTests {
  static let snapshot = repositoryRoot.appendingPathComponent(
    "Tests/Snapshots/corpus-mentions.jsonl")

  /// Compares `mentions.jsonl` for `Corpus/` with the stored snapshot;
  /// `RECORD_SNAPSHOTS=1 swift test` rewrites it (and fails, so a recording is never
  /// mistaken for a pass).
  @Test func corpusMentionsMatchSnapshot() async throws {
    let (lines, _) = try await extract([corpusFolder])
    let output = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try output.write(to: Self.snapshot, atomically: true, encoding: .utf8)
      Issue.record("snapshot recorded at \(Self.snapshot.path); run again without RECORD_SNAPSHOTS")
      return
    }
    let stored = try String(contentsOf: Self.snapshot, encoding: .utf8)
    let storedLines = stored.split(separator: "\n").map(String.init)
    #expect(storedLines.count == lines.count)
    for (index, (actual, expected)) in zip(lines, storedLines).enumerated() where actual != expected
    {
      let common = zip(actual, expected).prefix { $0 == $1 }.count
      let context = { (line: String) in String(line.dropFirst(max(0, common - 60)).prefix(160)) }
      Issue.record(
        """
        line \(index + 1) differs from the snapshot at character \(common):
          now:  …\(context(actual))
          was:  …\(context(expected))
        """)
    }
  }
}
