import ArgumentParser

/// `salvo-bench`: release-mode throughput measurements and synthetic corpora.
@main
struct SalvoBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "salvo-bench",
    abstract: "Measure Salvo's throughput and generate synthetic corpora for scale tests.",
    discussion: "Build in release mode: swift run -c release salvo-bench …",
    subcommands: [
      TextThroughput.self, GazetteerThroughput.self, PipelineThroughput.self, SyntheticCorpus.self,
      DedupThroughput.self,
    ]
  )
}
