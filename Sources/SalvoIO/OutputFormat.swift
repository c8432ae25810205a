import Foundation

/// A file `salvo extract --out DIR` can write for the events (`--format jsonl,csv,geojson`).
public enum OutputFormat: String, Sendable, CaseIterable, Comparable {
  /// `events.jsonl` (always written with `mentions.jsonl`).
  case jsonl
  /// `events.csv`, ACLED's columns.
  case csv
  /// `events.geojson`, an RFC 7946 FeatureCollection.
  case geojson

  /// The file name in the run folder.
  public var fileName: String { "events." + rawValue }

  public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// Parses a comma-separated list (`jsonl,csv`), case-insensitive, spaces ignored.
  ///
  /// - Returns: the formats, or `nil` naming the first unknown one.
  public static func parseList(_ text: String) -> Result<Set<OutputFormat>, UnknownFormat> {
    var formats: Set<OutputFormat> = []
    for item in text.split(separator: ",") {
      let name = item.trimmingCharacters(in: .whitespaces).lowercased()
      if name.isEmpty { continue }
      guard let format = OutputFormat(rawValue: name) else {
        return .failure(UnknownFormat(name: name))
      }
      formats.insert(format)
    }
    guard !formats.isEmpty else { return .failure(UnknownFormat(name: text)) }
    return .success(formats)
  }

  /// A `--format` item that is not a format.
  public struct UnknownFormat: Error, Sendable, CustomStringConvertible {
    /// The item.
    public var name: String

    public var description: String {
      "unknown format '\(name)'; expected a comma-separated list of "
        + allCases.map(\.rawValue).joined(separator: ", ")
    }
  }
}
