import SalvoModel

/// What `run.json` reports: every input's fate, counts, timings and versions.
public struct RunReport: Sendable {
  /// The fate of one input file.
  public struct FileEntry: Sendable {
    /// The file's path relative to its input folder.
    public var path: String
    /// Articles read from it.
    public var articles: Int
    /// Articles (or the whole file) skipped, with reasons.
    public var skipped: [SkippedInput]

    /// Creates an entry.
    public init(path: String, articles: Int = 0, skipped: [SkippedInput] = []) {
      self.path = path
      self.articles = articles
      self.skipped = skipped
    }

    /// `processed` when at least one article came from it, else `skipped`.
    public var status: String { articles > 0 ? "processed" : "skipped" }
  }

  /// The version of Salvo that made the run.
  public var salvoVersion: String
  /// The version of ICU it used.
  public var icuVersion: String
  /// The number of documents processed concurrently.
  public var jobs: Int
  /// One entry per input file (and per skipped folder entry), sorted by path.
  public var files: [FileEntry] = []
  /// Articles read into documents.
  public var articles = 0
  /// Sentences over all documents.
  public var sentences = 0
  /// Tokens over all documents.
  public var tokens = 0
  /// Events extracted.
  public var events = 0
  /// Content findings, per article.
  public var warnings: [Diagnostic] = []
  /// Seconds spent per stage, summed over workers, in stage order.
  public var stageSeconds: [(String, Double)] = []
  /// The run's wall-clock time in seconds.
  public var wallSeconds = 0.0

  /// Creates a report.
  public init(salvoVersion: String, icuVersion: String, jobs: Int) {
    self.salvoVersion = salvoVersion
    self.icuVersion = icuVersion
    self.jobs = jobs
  }

  /// Every skipped input (whole files and single `.jsonl` lines).
  public var skipped: [SkippedInput] { files.flatMap(\.skipped) }

  /// The `run.json` document.
  public var json: JSONValue {
    let processed = files.filter { $0.articles > 0 }.count
    return .object([
      ("schema", .string("salvo.run/1")),
      ("salvo_version", .string(salvoVersion)),
      ("icu_version", .string(icuVersion)),
      ("jobs", .int(jobs)),
      (
        "counts",
        .object([
          ("files", .int(files.count)),
          ("files_processed", .int(processed)),
          ("files_skipped", .int(files.count - processed)),
          ("articles", .int(articles)),
          ("inputs_skipped", .int(skipped.count)),
          ("sentences", .int(sentences)),
          ("tokens", .int(tokens)),
          ("events", .int(events)),
          ("warnings", .int(warnings.count)),
        ])
      ),
      (
        "timings_seconds",
        .object(
          stageSeconds.map { ($0.0, .double(Self.rounded($0.1))) } + [
            ("wall", .double(Self.rounded(wallSeconds)))
          ])
      ),
      (
        "files",
        .array(
          files.map { entry in
            .object([
              ("path", .string(entry.path)),
              ("status", .string(entry.status)),
              ("articles", .int(entry.articles)),
              (
                "skipped",
                .array(
                  entry.skipped.map { skip in
                    .object([
                      ("path", .string(skip.path)),
                      ("code", .string(skip.code.rawValue)),
                      ("reason", .string(skip.reason)),
                    ])
                  })
              ),
            ])
          })
      ),
      (
        "warnings",
        .array(
          warnings.map { diagnostic in
            .object([
              ("path", .string(diagnostic.path)),
              ("code", .string(diagnostic.code.rawValue)),
              ("message", .string(diagnostic.message)),
            ])
          })
      ),
    ])
  }

  private static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
