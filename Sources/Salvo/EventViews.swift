import Foundation
import SalvoIO

/// The other views of a run's canonical events (SCHEMA.md): `events.csv` and
/// `events.geojson`, derived from the `salvo.event/1` records of `events.jsonl` once that
/// file is complete, each written atomically.
public struct EventViews: Sendable {
  /// The views to write; `.jsonl` is `events.jsonl` itself and needs nothing more.
  public var formats: Set<OutputFormat>
  /// Country names, division names and disorder types for the CSV.
  public var tables: EventViewTables

  /// Creates views.
  public init(formats: Set<OutputFormat>, tables: EventViewTables = EventViewTables()) {
    self.formats = formats
    self.tables = tables
  }

  /// Views whose tables come from a gazetteer folder (read only when the CSV is asked for).
  ///
  /// - Throws: `RecordReadError` when a table file is missing or malformed.
  public init(formats: Set<OutputFormat>, gazetteers folder: String) throws(RecordReadError) {
    self.formats = formats
    tables = formats.contains(.csv) ? try EventViewTables.load(gazetteers: folder) : .init()
  }

  /// Reads an `events.jsonl` file and writes the views next to it (or into `folder`).
  ///
  /// - Parameters:
  ///   - eventsFile: the canonical events.
  ///   - folder: where the views go; by default the events file's folder.
  /// - Throws: `RecordReadError` for an unreadable or malformed events file, `OutputError`
  ///   when a view cannot be written.
  public func write(eventsFile: String, into folder: String? = nil) throws {
    let wanted = formats.subtracting([.jsonl]).sorted()
    guard !wanted.isEmpty else { return }
    let events = try EventLine.read(path: eventsFile)
    let folder = folder ?? (eventsFile as NSString).deletingLastPathComponent
    let prefix = folder.isEmpty ? "" : folder + "/"
    for format in wanted {
      let bytes: [UInt8]
      switch format {
      case .csv: bytes = EventsCSV(tables: tables).render(events)
      case .geojson: bytes = EventsGeoJSON.render(events)
      case .jsonl: continue
      }
      try AtomicFileWriter.write(bytes, to: prefix + format.fileName)
    }
  }
}
