import Foundation
import SalvoIO
import SalvoModel

/// The files of one `salvo extract --out DIR` run, each written atomically: readers see
/// either the previous complete file or the new complete one, never a partial write.
public final class RunDirectory {
  /// The output folder.
  public let path: String
  private let mentions: AtomicFileWriter
  private let events: AtomicFileWriter
  /// The views of the events (`events.csv`, `events.geojson`) written on commit.
  public var views: EventViews?

  /// Creates the folder if needed and opens temporary files for the outputs.
  ///
  /// - Throws: `OutputError` when the folder cannot be created or written.
  public init(path: String) throws {
    self.path = path
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw OutputError(
        path: path, "cannot create the output folder: \(error.localizedDescription)")
    }
    mentions = try AtomicFileWriter(path: path + "/mentions.jsonl")
    events = try AtomicFileWriter(path: path + "/events.jsonl")
  }

  /// Appends an article's `mentions.jsonl` record and its `events.jsonl` lines.
  public func write(_ article: AnalyzedArticle) throws {
    let records = article.outputLines()
    try mentions.write(records.mentions)
    if !records.events.isEmpty { try events.write(records.events) }
  }

  /// Writes `run.json` and the event views, and moves every file into place.
  public func commit(report: RunReport) throws {
    try events.commit()
    try views?.write(eventsFile: path + "/events.jsonl")
    try mentions.commit()
    var json: [UInt8] = []
    report.json.write(to: &json)
    json.append(0x0A)
    try AtomicFileWriter.write(json, to: path + "/run.json")
  }
}
