import ArgumentParser
import Foundation
import Salvo

/// `salvo eval --gold DIR RUN`: scores a run against gold annotations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score a run against gold annotations.",
    discussion: """
      RUN is a run folder (from extract --out) or its mentions.jsonl. DIR holds gold files in
      the format of Tests/Fixtures/gold (one JSON file per article, matched by file name).
      Places are scored by surface form (precision, recall, F1, country accuracy, and any
      gold not_places tagged as places); actors by surface overlap, with the recall of
      non-state armed groups.
      """)

  @Option(help: ArgumentHelp("The gold folder.", valueName: "dir"))
  var gold: String

  @Argument(help: ArgumentHelp("The run folder or its mentions.jsonl.", valueName: "run"))
  var runPath: String

  @Flag(help: "Print JSON for machines instead of a table.")
  var json = false

  func run() throws {
    let report: EvaluationReport
    do {
      report = EvaluationReport.evaluate(
        gold: try GoldArticle.load(folder: gold), run: try RunArticle.load(run: runPath))
    } catch let error as EvaluationError {
      throw CommandFailure(error.description)
    }
    print(json ? report.json.serialized : report.table)
  }
}
