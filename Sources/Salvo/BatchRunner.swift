import Foundation
import SalvoIO
import SalvoIngest
import SalvoModel

/// Runs the pipeline over files and folders with bounded concurrency, streaming results to
/// a sink in input order.
public struct BatchRunner: Sendable {
  /// The pipeline to run.
  public let pipeline: Pipeline
  /// How many articles are processed at once.
  public let jobs: Int

  /// Creates a runner.
  public init(pipeline: Pipeline, jobs: Int) {
    self.pipeline = pipeline
    self.jobs = max(1, jobs)
  }

  /// Finds every input under `paths` (files and folders, recursively, in a fixed order).
  ///
  /// - Throws: `IngestError` for a path that does not exist.
  public func collect(_ paths: [String]) throws -> InputInventory {
    try InputCollector().collect(paths)
  }

  /// Processes every article of an inventory.
  ///
  /// Work is spread over `jobs` concurrent tasks; at most a bounded number of finished
  /// articles wait for an earlier one, so memory stays bounded. Articles reach `sink` in
  /// the inputs' sorted order, so output does not depend on scheduling.
  ///
  /// - Parameters:
  ///   - inventory: the inputs, from `collect(_:)`.
  ///   - sink: receives each analyzed article in order.
  ///   - progress: called after each source with the running totals.
  /// - Returns: the run's report (every input's fate, counts, timings).
  /// - Throws: the sink's errors.
  public func run(
    _ inventory: InputInventory, sink: (AnalyzedArticle) throws -> Void,
    progress: ((BatchProgress) -> Void)? = nil
  ) async throws -> RunReport {
    let clock = ContinuousClock()
    let started = clock.now
    var report = RunReport(
      salvoVersion: SalvoVersion.current, icuVersion: SalvoVersion.icu, jobs: jobs)
    var entries = inventory.files.map { RunReport.FileEntry(path: $0.relativePath) }
    var meter = BatchProgress(totalFiles: inventory.files.count, totalBytes: inventory.totalBytes)
    var stageTimes = StageTimes()
    var outputTime = Duration.zero
    var seenIDs = Set<String>()
    let reader = ArticleReader(configuration: pipeline.resources.ingest)
    let pipeline = self.pipeline
    let window = jobs * 4

    var work = inventory.files.enumerated().lazy.flatMap { index, file in
      reader.sources(of: file).lazy.map { (fileIndex: index, source: $0) }
    }.makeIterator()

    try await withThrowingTaskGroup(of: (Int, Int, WorkResult).self) { group in
      var nextOrdinal = 0
      var nextToWrite = 0
      var running = 0
      var finished: [Int: (Int, WorkResult)] = [:]
      var exhausted = false
      while true {
        // Keep `jobs` tasks busy, but never let more than `window` results wait for an
        // earlier slow one.
        while !exhausted && running < jobs && finished.count < window {
          guard let item = work.next() else {
            exhausted = true
            break
          }
          let ordinal = nextOrdinal
          nextOrdinal += 1
          running += 1
          group.addTask { (ordinal, item.fileIndex, pipeline.process(item.source)) }
        }
        guard let (ordinal, fileIndex, result) = try await group.next() else { break }
        running -= 1
        finished[ordinal] = (fileIndex, result)
        while let (readyFile, ready) = finished.removeValue(forKey: nextToWrite) {
          nextToWrite += 1
          stageTimes += ready.times
          let outputStart = clock.now
          for item in ready.items {
            switch item {
            case .skipped(let skip):
              entries[readyFile].skipped.append(skip)
            case .article(var article):
              if !seenIDs.insert(article.document.id).inserted {
                article.document.diagnostics.append(
                  Diagnostic(
                    code: .duplicateArticleID,
                    message: "article id '\(article.document.id)' was already used by an "
                      + "earlier input", path: article.document.path))
              }
              entries[readyFile].articles += 1
              report.articles += 1
              report.sentences += article.layer.sentences.count
              report.tokens += article.layer.tokens.count
              report.warnings += article.document.diagnostics.map { diagnostic in
                var located = diagnostic
                located.path = located.path ?? article.document.id
                return located
              }
              try sink(article)
            }
          }
          outputTime += clock.now - outputStart
          meter.record(file: inventory.files[readyFile], articles: ready.items.count)
          progress?(meter)
        }
      }
    }
    report.files =
      (entries
      + inventory.skipped.map {
        RunReport.FileEntry(path: $0.path, skipped: [$0])
      }).sorted { $0.path < $1.path }
    // Per-stage sums over articles and jobs (CPU time); output is the writing thread's.
    report.stageSeconds = stageTimes.seconds + [("output", outputTime.inSeconds)]
    report.wallSeconds = (clock.now - started).inSeconds
    return report
  }
}

/// Running totals of a batch, for progress display.
public struct BatchProgress: Sendable {
  /// Files to read in all.
  public let totalFiles: Int
  /// Their total size.
  public let totalBytes: Int
  /// Sources finished (files, or `.jsonl` lines).
  public private(set) var sources = 0
  /// Articles read.
  public private(set) var articles = 0
  /// Bytes of fully finished files.
  public private(set) var bytes = 0
  private var lastFile: String?
  private let started = ContinuousClock.now

  init(totalFiles: Int, totalBytes: Int) {
    self.totalFiles = totalFiles
    self.totalBytes = totalBytes
  }

  mutating func record(file: InputFile, articles: Int) {
    sources += 1
    self.articles += articles
    if lastFile != file.location {
      lastFile = file.location
      bytes += file.size
    }
  }

  /// Seconds since the batch started.
  public var elapsedSeconds: Double { (ContinuousClock.now - started).inSeconds }

  /// Articles per second so far.
  public var articlesPerSecond: Double {
    elapsedSeconds > 0 ? Double(articles) / elapsedSeconds : 0
  }

  /// Estimated seconds left, from the byte rate so far; nil until there is a rate.
  public var etaSeconds: Double? {
    guard bytes > 0, totalBytes > bytes else { return bytes >= totalBytes ? 0 : nil }
    return elapsedSeconds * Double(totalBytes - bytes) / Double(bytes)
  }
}
