import ArgumentParser
import Foundation
import Salvo
import SalvoFigures
import SalvoIngest
import SalvoModel
import SalvoText

/// `salvo-bench text`: ingest + text layer throughput on one core.
struct TextThroughput: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Ingest + text layer throughput (MB/s) on one core.",
    discussion: """
      Reads the corpus into memory, repeats it to the requested size, then runs ingest
      (decoding, layout, metadata, boilerplate, content hash) and the ICU text layer on one
      thread. Disk I/O is excluded. Reports the best of --runs.
      """)

  @OptionGroup var options: BenchmarkOptions

  @Option(help: "Megabytes of text to process per run.")
  var megabytes = 50

  @Flag(help: "Time the text layer alone on documents ingested beforehand (for profiling).")
  var textOnly = false

  @Flag(help: "Time the figures stage alone on documents analyzed beforehand (for profiling).")
  var figuresOnly = false

  func run() throws {
    let folder = options.gazetteerFolder
    let reader = ArticleReader(configuration: try IngestConfiguration.load(gazetteers: folder))
    let analyzer = try TextAnalyzer(
      configuration: try TextConfiguration.load(from: folder.appendingPathComponent("text")))
    let figures = FiguresExtractor(
      configuration: try FiguresConfiguration.load(from: folder.appendingPathComponent("figures")))
    let (articles, repeats, totalBytes) = try options.repeatedCorpus(megabytes: megabytes)
    if figuresOnly {
      let analyzed = try articles.flatMap { bytes, file in
        reader.read(bytes: bytes, format: file.format, path: file.relativePath)
      }.compactMap { outcome -> (Document, TextLayer)? in
        guard case .document(let document) = outcome else { return nil }
        return (document, try analyzer.analyze(document))
      }
      let clock = ContinuousClock()
      let start = clock.now
      var mentions = 0
      for _ in 0..<repeats {
        for (document, layer) in analyzed {
          mentions += figures.extract(document: document, layer: layer).count
        }
      }
      let seconds = (clock.now - start).inSeconds
      print(
        String(
          format: "figures alone: %.1f MB/s (%d mentions)", Double(totalBytes) / 1e6 / seconds,
          mentions))
      return
    }
    if textOnly {
      let documents = articles.flatMap { bytes, file in
        reader.read(bytes: bytes, format: file.format, path: file.relativePath)
      }.compactMap { outcome -> Document? in
        if case .document(let document) = outcome { return document }
        return nil
      }
      let clock = ContinuousClock()
      let start = clock.now
      var tokens = 0
      for _ in 0..<repeats {
        for document in documents { tokens += try analyzer.analyze(document).tokens.count }
      }
      let seconds = (clock.now - start).inSeconds
      print(
        String(
          format: "text layer alone: %.1f MB/s (%.1f M tokens/s)",
          Double(totalBytes) / 1e6 / seconds, Double(tokens) / seconds / 1e6))
      return
    }
    var best = (total: Double.infinity, ingest: 0.0, text: 0.0, figures: 0.0, tokens: 0)
    for _ in 0..<options.runs {
      let clock = ContinuousClock()
      var ingest = Duration.zero
      var text = Duration.zero
      var figureTime = Duration.zero
      var tokens = 0
      var figureMentions = 0
      for _ in 0..<repeats {
        for (bytes, file) in articles {
          let start = clock.now
          let outcomes = reader.read(bytes: bytes, format: file.format, path: file.relativePath)
          ingest += clock.now - start
          for case .document(let document) in outcomes {
            let textStart = clock.now
            let layer = try analyzer.analyze(document)
            let figuresStart = clock.now
            tokens += layer.tokens.count
            figureMentions += figures.extract(document: document, layer: layer).count
            text += figuresStart - textStart
            figureTime += clock.now - figuresStart
          }
        }
      }
      let total = (ingest + text).inSeconds
      if total < best.total {
        best = (total, ingest.inSeconds, text.inSeconds, figureTime.inSeconds, tokens)
      }
      guard figureMentions > 0 else { throw ValidationError("the figures stage found nothing") }
    }
    let megabytesTotal = Double(totalBytes) / 1e6
    print(
      String(
        format: "ingest + text layer: %.1f MB/s (%.2f s for %.1f MB, one core)",
        megabytesTotal / best.total, best.total, megabytesTotal))
    print(String(format: "  ingest alone:     %.1f MB/s", megabytesTotal / best.ingest))
    print(
      String(
        format: "  text layer alone: %.1f MB/s (%.1f M tokens/s)",
        megabytesTotal / best.text, Double(best.tokens) / best.text / 1e6))
    print(
      String(
        format: "  text layer + figures: %.1f MB/s (figures add %.0f%% to the text layer)",
        megabytesTotal / (best.text + best.figures), best.figures / best.text * 100))
  }
}
