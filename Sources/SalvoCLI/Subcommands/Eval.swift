import ArgumentParser
import Foundation
import Salvo

/// `salvo eval --gold DIR RUN`: scores a run against gold annotations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score a run against gold annotations.",
    discussion: """
      RUN is a run folder (from extract --out) or its mentions.jsonl. DIR holds gold files in \
      the format of Tests/Fixtures/gold (one JSON file per article, matched by file name). \
      Places are scored by surface form (precision, recall, F1, country accuracy, and any \
      gold not_places tagged as places); actors by surface overlap, with the recall of \
      non-state armed groups; counts and dates by surface, then qualifier, role and \
      resolution.

      Events: a gold event matches a run event when one of the run event's evidence \
      sentences begins with the gold evidence words (folded; first five words suffice), or \
      when their dates and locations are compatible and their ACLED event types equal; a \
      one-to-one assignment prefers evidence, then an agreeing location, then more agreeing \
      fields. Gold events with scope "campaign" are optional. Reports precision, recall, \
      F1, per-field accuracy over matched pairs (type, sub_event_type, kind, modality, \
      date, location, attacker, target, weapon, count, killed, injured) and every gold \
      not_event the run produced an event for. Gold actor, place and weapon strings are \
      resolved with the gazetteers. Evidence sentences are read from the articles under \
      --corpus when given, else from the run's events.jsonl.

      Clusters (when DIR has clusters.json): over the gold events that were matched, \
      pairwise precision, recall and F1 of the run's merges (two mentions with one event_id) \
      against the gold clusters, gold clusters fully merged, distinct_but_similar pairs \
      merged (there must be none) and near-duplicate articles flagged (duplicate_of).
      """)

  @Option(help: ArgumentHelp("The gold folder.", valueName: "dir"))
  var gold: String

  @Argument(help: ArgumentHelp("The run folder or its mentions.jsonl.", valueName: "run"))
  var runPath: String

  @Option(
    help: ArgumentHelp(
      "The folder the run was extracted from (its records' paths are relative to it).",
      valueName: "dir"))
  var corpus: String?

  @Flag(help: "Print JSON for machines instead of a table.")
  var json = false

  @Flag(help: "List unmatched gold and run events in the table.")
  var verbose = false

  @OptionGroup var gazetteerOptions: GazetteerOptions

  func run() throws {
    let goldArticles: [GoldArticle]
    let goldClusters: GoldClusters?
    var run: [RunArticle]
    do {
      goldArticles = try GoldArticle.load(folder: gold)
      goldClusters = try GoldClusters.load(folder: gold)
      run = try RunArticle.load(run: runPath)
    } catch let error as EvaluationError {
      throw CommandFailure(error.description)
    }
    let resources: Resources?
    do {
      resources = try Resources(gazetteers: gazetteerOptions.folder)
    } catch {
      let warning =
        "warning: cannot load gazetteers (\(error)); event actors, places and weapons are "
        + "compared by surface\n"
      FileHandle.standardError.write(Data(warning.utf8))
      resources = nil
    }
    if let corpus {
      do {
        run = try RunArticle.readingTexts(of: run, corpus: corpus, configuration: resources?.ingest)
      } catch let error as EvaluationError {
        throw CommandFailure(error.description)
      }
    }
    let report = EvaluationReport.evaluate(
      gold: goldArticles, run: run,
      resolver: GoldResolver(pipeline: resources.map { Pipeline(resources: $0) }),
      clusters: goldClusters)
    print(json ? report.json.serialized : report.table(verbose: verbose))
  }
}
