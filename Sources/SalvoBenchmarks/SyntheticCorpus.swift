import ArgumentParser
import Foundation

/// `salvo-bench corpus`: writes a deterministic synthetic corpus for scale tests.
struct SyntheticCorpus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Generate a deterministic synthetic corpus of news articles.",
    discussion: """
      Recombines realistic sentence templates with places, actors, weapons and numbers
      drawn from the gazetteers. Articles retell a shared pool of underlying events (a few
      events are retold by many outlets, most by one or two), so the corpus has realistic
      duplicate rates. Most articles are .txt; some are .json, .md and .html. The same
      --articles and --seed always give byte-identical files.
      """)

  @Option(help: "How many articles to write.")
  var articles = 1000

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(help: "Output folder (created; files are written in batch-NNN subfolders).")
  var out: String

  @Option(help: "The gazetteer folder to draw names from.")
  var gazetteers = "Gazetteers"

  func validate() throws {
    guard articles >= 1 else { throw ValidationError("--articles must be at least 1") }
  }

  func run() throws {
    let vocabulary = try Vocabulary(gazetteers: URL(fileURLWithPath: gazetteers))
    let generator = CorpusGenerator(vocabulary: vocabulary, seed: seed, articles: articles)
    var bytes = 0
    for index in 0..<articles {
      let article = generator.article(index)
      let folder = out + "/batch-" + String(format: "%03d", index / 1000)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let data = Data(article.contents.utf8)
      try data.write(to: URL(fileURLWithPath: folder + "/" + article.name))
      bytes += data.count
    }
    print(String(format: "wrote %d articles (%.1f MB) to %@", articles, Double(bytes) / 1e6, out))
  }
}
