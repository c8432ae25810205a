import ArgumentParser
import Salvo

/// `salvo`: turns folders of conflict news articles into normalized, deduplicated events.
@main
struct SalvoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "salvo",
    abstract: "Turn folders of news articles about armed conflict into clean event records.",
    discussion: """
      Salvo reads articles (.txt, .md, .html, .json, .jsonl), finds who attacked whom, where,
      when, with what and how many, and writes one record per real-world event with its
      sources. Start with `salvo extract Corpus/ --out out/`.
      """,
    version: "salvo \(SalvoVersion.current) (ICU \(SalvoVersion.icu))",
    subcommands: [Extract.self, Inspect.self, Diff.self, Eval.self, GazetteerCommand.self]
  )
}
