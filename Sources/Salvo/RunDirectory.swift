import Foundation
import SalvoDedup
import SalvoIO
import SalvoModel

/// The files of one `salvo extract --out DIR` run, each written atomically: readers see
/// either the previous complete file or the new complete one, never a partial write.
///
/// Article records stream to a temporary file as articles arrive, with provisional event
/// ids; only each article's digest and compact event reports are kept. `commit` deduplicates
/// across articles, writes the canonical events, and rewrites the article records with the
/// canonical event ids and `duplicate_of` in one streaming pass.
public final class RunDirectory {
  /// The output folder.
  public let path: String
  private let provisionalMentions: AtomicFileWriter
  private let deduplication: EventDeduplication
  /// The views of the events (`events.csv`, `events.geojson`) written on commit.
  public var views: EventViews?

  /// Creates the folder if needed and opens temporary files for the outputs.
  ///
  /// - Parameter links: the gazetteer links deduplication uses.
  /// - Throws: `OutputError` when the folder cannot be created or written.
  public init(path: String, links: ReferenceLinks) throws {
    self.path = path
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw OutputError(
        path: path, "cannot create the output folder: \(error.localizedDescription)")
    }
    provisionalMentions = try AtomicFileWriter(path: path + "/mentions.jsonl")
    deduplication = EventDeduplication(links: links)
  }

  /// Creates the run folder, deduplicating with the links of the loaded gazetteer.
  public convenience init(path: String, resources: Resources) throws {
    try self.init(path: path, links: ReferenceLinks(gazetteer: resources.gazetteer))
  }

  /// Appends an article's `mentions.jsonl` record and keeps what deduplication needs.
  public func write(_ article: AnalyzedArticle) throws {
    let offsets = ScalarOffsets(article.document.text)
    try provisionalMentions.write(article.mentionsLine(offsets: offsets))
    deduplication.add(article, offsets: offsets)
  }

  /// Event mentions kept so far for deduplication.
  public var eventMentionCount: Int { deduplication.reports.count }

  /// Deduplicates, writes `events.jsonl`, its views, the final `mentions.jsonl` and
  /// `run.json`, and moves every file into place.
  ///
  /// - Returns: the report as written, its wall time now including deduplication and
  ///   writing.
  @discardableResult
  public func commit(report: RunReport) throws -> RunReport {
    let clock = ContinuousClock()
    let started = clock.now
    let result = deduplication.finish()
    let dedupSeconds = (clock.now - started).inSeconds
    let events = try AtomicFileWriter(path: path + "/events.jsonl")
    for event in result.events {
      var line: [UInt8] = []
      CanonicalEventRecord.json(event).write(to: &line)
      line.append(0x0A)
      try events.write(line)
    }
    var changed: [String: String] = [:]
    for (index, report) in deduplication.reports.enumerated() {
      let provisional = StableID.singletonEvent(mentionID: report.mentionID)
      if provisional != result.eventIDs[index] { changed[provisional] = result.eventIDs[index] }
    }
    try provisionalMentions.flush()
    let mentions = try AtomicFileWriter(path: path + "/mentions.jsonl")
    try MentionLineRewriter(eventIDs: changed, duplicateOf: result.duplicateOf)
      .rewrite(file: provisionalMentions.temporaryFilePath, into: mentions)
    try events.commit()
    try views?.write(eventsFile: path + "/events.jsonl")
    try mentions.commit()
    var report = report
    report.events = result.events.count
    report.stageSeconds.append(("dedup", dedupSeconds))
    report.wallSeconds += (clock.now - started).inSeconds
    var json: [UInt8] = []
    report.json.write(to: &json)
    json.append(0x0A)
    try AtomicFileWriter.write(json, to: path + "/run.json")
    return report
  }
}
