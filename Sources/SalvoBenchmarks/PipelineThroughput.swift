import ArgumentParser
import Foundation
import Salvo
import SalvoIO
import SalvoIngest

/// `salvo-bench pipeline`: what `salvo extract` does per article, on one core.
struct PipelineThroughput: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pipeline",
    abstract: "Whole-pipeline throughput (MB/s) on one core: what salvo extract does.",
    discussion: """
      Loads the resources once, reads the corpus into memory and repeats it to the requested
      size, then does per article what `salvo extract` does, on one thread: ingest, the text
      layer, gazetteer, figures and events, its mentions.jsonl record, and what
      deduplication keeps of it (digest and event reports). Disk I/O and the deduplication
      of the whole run (`salvo-bench dedup`) are excluded.
      Generate a synthetic corpus first with `salvo-bench corpus --out DIR` and pass
      `--corpus DIR`. Reports the best of --runs.
      """)

  @OptionGroup var options: BenchmarkOptions

  @Option(help: "Megabytes of articles to process per run.")
  var megabytes = 20

  func run() throws {
    let resources = try Resources(gazetteers: options.gazetteerFolder)
    let pipeline = Pipeline(resources: resources)
    let reader = ArticleReader(configuration: resources.ingest)
    let (articles, repeats, totalBytes) = try options.repeatedCorpus(megabytes: megabytes)
    var best = Double.infinity
    for run in 1...options.runs {
      let kept = EventDeduplication(resources: resources)
      let clock = ContinuousClock()
      let start = clock.now
      var counts = (mentions: 0, events: 0, output: 0)
      for _ in 0..<repeats {
        for (bytes, file) in articles {
          for outcome in reader.read(bytes: bytes, format: file.format, path: file.relativePath) {
            guard case .document(let document) = outcome else { continue }
            let article = try pipeline.analyze(document)
            // As `RunDirectory.write`: the record, then what deduplication keeps.
            let offsets = ScalarOffsets(article.document.text)
            let line = article.mentionsLine(offsets: offsets)
            kept.add(article, offsets: offsets)
            counts.mentions += article.mentions.count
            counts.events += article.events.count
            counts.output += line.count
          }
        }
      }
      let seconds = (clock.now - start).inSeconds
      best = min(best, seconds)
      print(
        String(
          format: "run %d: %.1f MB/s (%d mentions, %d events, %.1f MB written)", run,
          Double(totalBytes) / 1e6 / seconds, counts.mentions, counts.events,
          Double(counts.output) / 1e6))
    }
    print(String(format: "best: %.1f MB/s", Double(totalBytes) / 1e6 / best))
  }
}
