import ArgumentParser
import Foundation
import Salvo
import SalvoIO
import SalvoIngest

/// `salvo extract PATH... [--out DIR]`: the main job.
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract events from articles in files and folders.",
    discussion: """
      PATH may be files or folders (read recursively, in a fixed order). With --out DIR,
      writes DIR/events.jsonl, DIR/mentions.jsonl and DIR/run.json, each atomically;
      run.json accounts for every input file as processed or skipped with its reason.
      Without --out, events go to stdout. Exit status 0 when every input was processed or
      skipped with a reason. --format csv,geojson also writes DIR/events.csv (ACLED's
      columns) and DIR/events.geojson (located events); events.jsonl and mentions.jsonl are
      always written.
      """)

  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  @Option(
    name: .shortAndLong, help: ArgumentHelp("Write the outputs into this folder.", valueName: "dir")
  )
  var out: String?

  @Option(name: .shortAndLong, help: "Articles processed at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: ArgumentHelp("Skip articles larger than this many MiB.", valueName: "mib"))
  var maxArticleMb: Int = IngestConfiguration.defaultMaxArticleBytes >> 20

  @Option(
    help: ArgumentHelp(
      "Event files to write with --out: a comma-separated list of jsonl, csv, geojson "
        + "(events.jsonl is always written).", valueName: "formats"),
    transform: { text in
      switch OutputFormat.parseList(text) {
      case .success(let formats): return formats
      case .failure(let error): throw ValidationError(error.description)
      }
    })
  var format: Set<OutputFormat> = [.jsonl]

  @Flag(help: "Fail (exit 1) when any article has a warning.")
  var strict = false

  @OptionGroup var gazetteerOptions: GazetteerOptions
  @OptionGroup var progressOptions: ProgressOptions

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard maxArticleMb >= 1 else { throw ValidationError("--max-article-mb must be at least 1") }
    guard out != nil || format.isSubset(of: [.jsonl]) else {
      throw ValidationError("--format csv or geojson needs --out")
    }
  }

  func run() async throws {
    let resources = try gazetteerOptions.loadResources(maxArticleBytes: maxArticleMb << 20)
    let runner = BatchRunner(pipeline: Pipeline(resources: resources), jobs: jobs)
    let inventory: InputInventory
    do {
      inventory = try runner.collect(paths)
    } catch {
      throw CommandFailure("\(error)")
    }
    let directory = try out.map { path in
      do {
        let directory = try RunDirectory(path: path, resources: resources)
        directory.views = try EventViews(formats: format, gazetteers: gazetteerOptions.folder.path)
        return directory
      } catch { throw CommandFailure("\(error)") }
    }
    // Without --out, events go to stdout once every article is read and deduplicated.
    let collector = directory == nil ? EventDeduplication(resources: resources) : nil
    let line = progressOptions.showsProgress ? ProgressLine() : nil
    var report = try await runner.run(
      inventory,
      sink: { article in
        try directory?.write(article)
        collector?.add(article)
      },
      progress: { line?.update($0) })
    line?.finish()
    let deduplicating = ContinuousClock.now
    if let count = directory?.eventMentionCount ?? collector?.reports.count, line != nil {
      FileHandle.standardError.write(Data("salvo: deduplicating \(count) event mentions…\n".utf8))
    }
    if let directory {
      report = try directory.commit(report: report)
    }
    if let collector {
      FileHandle.standardOutput.write(Data(EventDeduplication.lines(collector.finish())))
      report.wallSeconds += (ContinuousClock.now - deduplicating).inSeconds
    }
    if !progressOptions.quiet { summarize(report) }
    if strict && !report.warnings.isEmpty {
      throw CommandFailure("\(report.warnings.count) warning(s) and --strict was given")
    }
  }

  private func summarize(_ report: RunReport) {
    var lines: [String] = []
    for warning in report.warnings {
      lines.append("warning: \(warning.message) [\(warning.code.rawValue)]")
    }
    for skip in report.skipped {
      lines.append("skipped: \(skip.path): \(skip.reason) [\(skip.code.rawValue)]")
    }
    let destination = out.map { " → \($0)" } ?? ""
    lines.append(
      String(
        format: "salvo: %d articles from %d files (%d inputs skipped) in %.2f s%@",
        report.articles, report.files.count, report.skipped.count, report.wallSeconds,
        destination))
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
