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
