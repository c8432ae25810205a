import ArgumentParser
import Foundation
import Salvo
import SalvoGazetteer
import SalvoIngest
import SalvoModel
import SalvoText

/// `salvo-bench gazetteer`: index load time, matching throughput and memory.
struct GazetteerThroughput: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gazetteer",
    abstract: "Gazetteer index load time, matching MB/s on one core, and resident memory.",
    discussion: """
      Loads the compiled index (compiling it first if needed), then matches the corpus,
      repeated to the requested size, on one thread. Matching is timed on top of the text
      layer: articles are ingested and segmented beforehand, so only the gazetteer stage is
      in the figure.
      """)

  @OptionGroup var options: BenchmarkOptions

  @Option(help: "Megabytes of text to match.")
  var megabytes = 20

  @Option(help: "Index loads to time; the median is reported.")
  var loads = 5

  func run() throws {
    let folder = options.gazetteerFolder
    let text = try TextConfiguration.load(from: folder.appendingPathComponent("text"))
    let index = GazetteerIndex(folder: folder)
    _ = try index.load(compiler: GazetteerCompiler(text: text))  // compile once if needed
    let clock = ContinuousClock()
    var timings: [Double] = []
    var gazetteer: Gazetteer?
    for _ in 0..<loads {
      let start = clock.now
      gazetteer = try index.load(compiler: GazetteerCompiler(text: text))
      timings.append((clock.now - start).inSeconds)
    }
    guard let gazetteer else { throw ValidationError("--loads must be at least 1") }
    timings.sort()
    let hashStart = clock.now
    _ = try GazetteerData.sourceHash(of: folder)
    let hashSeconds = (clock.now - hashStart).inSeconds
    print(
      "gazetteer: \(gazetteer.places.count) places, \(gazetteer.actors.count) actors, "
        + "\(gazetteer.aliasCount) distinct alias paths")
    print(
      String(
        format: "index load: %.0f ms median of %d (of which %.0f ms checking the sources' hash)",
        timings[timings.count / 2] * 1000, loads, hashSeconds * 1000))

    let ingest = try IngestConfiguration.load(gazetteers: folder)
    let reader = ArticleReader(configuration: ingest)
    let analyzer = try TextAnalyzer(configuration: text)
    var prepared: [(Document, TextLayer)] = []
    var unit = 0
    try options.forEachArticle { bytes, file in
      unit += bytes.count
      for case .document(let document) in reader.read(
        bytes: bytes, format: file.format, path: file.relativePath)
      {
        prepared.append((document, try analyzer.analyze(document)))
      }
    }
    let repeats = BenchmarkOptions.repeats(unit: unit, megabytes: megabytes)
    let matcher = GazetteerMatcher(gazetteer: gazetteer)
    var mentions = 0
    var seconds = Double.infinity
    for _ in 0..<max(1, options.runs) {
      mentions = 0
      let start = clock.now
      for _ in 0..<repeats {
        for (document, layer) in prepared {
          mentions += matcher.match(document: document, layer: layer).count
        }
      }
      seconds = min(seconds, (clock.now - start).inSeconds)
    }
    let total = Double(unit * repeats) / 1e6
    print(
      String(
        format: "matching: %.1f MB/s on one core, best of runs (%.1f MB in %.2f s, %d mentions)",
        total / seconds, total, seconds, mentions))
    print(String(format: "resident memory: %.0f MB (peak)", Double(peakResidentBytes()) / 1e6))
  }
}

/// The process's peak resident set size, from /proc.
func peakResidentBytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let digits = line.filter(\.isNumber)
    return (Int(digits) ?? 0) * 1024
  }
  return 0
}
