import ArgumentParser
import Foundation
import Salvo

/// `salvo diff OLD NEW`: what changed between two runs' events.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two runs' events.",
    discussion: """
      OLD and NEW are run folders (from extract --out) or events.jsonl files. Events are \
      paired by id, then by shared evidence (overlapping sentence offsets in the same \
      article), then by similar type, date, place and actors among events of the same \
      article. Lists the events added (+), removed (-) and changed (~, with each field's old and new value), then a \
      summary. --mentions also compares the run folders' mentions.jsonl article by article \
      (mentions added, removed, or resolved differently). Exit status 0 when the runs agree, \
      1 when they differ, 2 on error (a missing run, a malformed line).
      """)

  @Argument(help: ArgumentHelp("The old run folder or events.jsonl.", valueName: "old"))
  var old: String

  @Argument(help: ArgumentHelp("The new run folder or events.jsonl.", valueName: "new"))
  var new: String

  @Flag(help: "Print JSON for machines instead of the report.")
  var json = false

  @Flag(help: "Also compare the articles' mentions (run folders only).")
  var mentions = false

  func run() throws {
    let diff: EventDiff
    do {
      diff = try EventDiff.compare(old: old, new: new, mentions: mentions)
    } catch {
      FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
      throw ExitCode(2)
    }
    print(json ? diff.json.serialized : diff.text, terminator: json ? "\n" : "")
    if !diff.isSame { throw ExitCode(1) }
  }
}
