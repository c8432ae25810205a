import ArgumentParser
import Foundation
import SalvoIngest

/// The options the throughput benchmarks share: the data, the articles and the timed runs.
struct BenchmarkOptions: ParsableArguments {
  @Option(help: "The gazetteer folder.")
  var gazetteers = "Gazetteers"

  @Option(help: "Folder of articles to repeat.")
  var corpus = "Corpus"

  @Option(help: "Timed runs; the best is reported (shared machines are noisy).")
  var runs = 5

  /// The gazetteer folder.
  var gazetteerFolder: URL { URL(fileURLWithPath: gazetteers) }

  /// How many copies of a corpus of `unit` bytes make about `megabytes` (at least one).
  static func repeats(unit: Int, megabytes: Int) -> Int {
    max(1, megabytes * 1_000_000 / max(1, unit))
  }

  /// Reads the corpus into memory and decides how often to repeat it to reach about
  /// `megabytes`; prints a line describing it.
  ///
  /// - Throws: the errors of `forEachArticle`.
  func repeatedCorpus(megabytes: Int) throws -> (
    articles: [([UInt8], InputFile)], repeats: Int, totalBytes: Int
  ) {
    var articles: [([UInt8], InputFile)] = []
    try forEachArticle { bytes, file in articles.append((bytes, file)) }
    let unit = articles.reduce(0) { $0 + $1.0.count }
    let repeats = Self.repeats(unit: unit, megabytes: megabytes)
    print(
      "corpus: \(articles.count) articles, \(unit) bytes, repeated \(repeats)× = "
        + String(format: "%.1f MB", Double(unit * repeats) / 1e6))
    return (articles, repeats, unit * repeats)
  }

  /// Reads each article file of the corpus and hands it to `body`, in inventory order.
  ///
  /// - Throws: `ValidationError` when the corpus has no articles; file and `body` errors.
  func forEachArticle(_ body: ([UInt8], InputFile) throws -> Void) throws {
    let inventory = try InputCollector().collect([corpus])
    guard !inventory.files.isEmpty else { throw ValidationError("no articles under \(corpus)") }
    for file in inventory.files {
      try body(Array(try Data(contentsOf: URL(fileURLWithPath: file.location))), file)
    }
  }
}
