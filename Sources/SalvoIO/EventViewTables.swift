import Foundation
import SalvoModel

/// The data the CSV view needs beyond the event records, read from the gazetteer folder:
/// country names and ISO numeric codes (`views/countries.tsv`), first-level division names
/// (`places/admin1.tsv`) and ACLED's disorder type of each sub-event and event type
/// (`events/acled-types.tsv`).
public struct EventViewTables: Sendable {
  /// A country as ACLED writes it.
  public struct Country: Sendable, Equatable {
    /// ISO 3166-1 numeric code, when ISO assigns one.
    public var iso: Int?
    /// The country's name as ACLED spells it.
    public var name: String

    /// Creates a country.
    public init(iso: Int?, name: String) {
      self.iso = iso
      self.name = name
    }
  }

  /// Countries by ISO 3166-1 alpha-2 code.
  public var countries: [String: Country]
  /// First-level division names by ISO 3166-2 code (`IL-D` → `Southern District`).
  public var admin1Names: [String: String]
  /// ACLED disorder types by sub-event type and by event type.
  public var disorderTypes: [String: String]

  /// Creates tables.
  public init(
    countries: [String: Country] = [:], admin1Names: [String: String] = [:],
    disorderTypes: [String: String] = [:]
  ) {
    self.countries = countries
    self.admin1Names = admin1Names
    self.disorderTypes = disorderTypes
  }

  /// The files read, relative to the gazetteer folder.
  public static let files = ["views/countries.tsv", "places/admin1.tsv", "events/acled-types.tsv"]

  /// Loads the tables from a gazetteer folder.
  ///
  /// - Parameter folder: the gazetteer folder (`Gazetteers/`).
  /// - Throws: `RecordReadError` when a file is missing or a row is malformed (`file:line`).
  public static func load(gazetteers folder: String) throws(RecordReadError) -> EventViewTables {
    func read(_ name: String, _ required: [String]) throws(RecordReadError) -> LexiconFile {
      let path = folder + "/" + name
      guard let data = FileManager.default.contents(atPath: path) else {
        throw RecordReadError(path: path, message: "cannot read the file")
      }
      do {
        return try LexiconFile(
          text: String(decoding: data, as: UTF8.self), name: name, required: required)
      } catch {
        throw RecordReadError(path: path, line: error.line, message: error.message)
      }
    }
    var tables = EventViewTables()
    let countries = try read(files[0], ["country", "iso", "name"])
    for row in countries.rows {
      guard let code = row["country"], let name = row["name"] else { continue }
      var iso: Int?
      if let text = row["iso"] {
        guard let number = Int(text) else {
          throw RecordReadError(
            path: folder + "/" + files[0], line: row.line, message: "iso '\(text)' is not a number")
        }
        iso = number
      }
      tables.countries[code] = Country(iso: iso, name: name)
    }
    for row in try read(files[1], ["id", "name"]).rows {
      guard let id = row["id"], let name = row["name"] else { continue }
      let code = id.hasPrefix("iso3166-2:") ? String(id.dropFirst("iso3166-2:".count)) : id
      tables.admin1Names[row["admin1"] ?? code] = name
    }
    for row in try read(files[2], ["sub_event_type", "event_type", "disorder_type"]).rows {
      guard let disorder = row["disorder_type"] else { continue }
      if let sub = row["sub_event_type"] { tables.disorderTypes[sub] = disorder }
      if let type = row["event_type"], tables.disorderTypes[type] == nil {
        tables.disorderTypes[type] = disorder
      }
    }
    return tables
  }
}
