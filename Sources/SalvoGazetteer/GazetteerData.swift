import Foundation
import SalvoModel

/// Every gazetteer file of a folder, parsed: the source the matcher is compiled from.
public struct GazetteerData: Sendable {
  public var places: [PlaceEntry] = []
  public var actors: [ActorEntry] = []
  public var demonyms: [DemonymEntry] = []
  public var weapons: [WeaponEntry] = []
  public var genericHeads: [GenericHeadEntry] = []
  public var sponsorCues: [SponsorCueEntry] = []
  public var directions: [DirectionEntry] = []
  /// Actor modifiers ("Shi'ite", "armed"): their surface forms with `file:line`.
  public var modifiers: [(form: String, origin: String)] = []
  /// Locative prepositions ("in", "near").
  public var locatives: [String] = []
  /// Common English words that are never one-word place names.
  public var commonWords: Set<String> = []
  /// A fingerprint of every source file's name and bytes: a compiled index built from
  /// other sources is stale.
  public var sourceHash: UInt64 = TermFingerprint.seed

  /// Creates empty data (for tests that build entries by hand).
  public init() {}

  /// The files read, relative to the gazetteer folder, in a fixed order.
  public static let placeFiles = [
    "places/countries.tsv", "places/admin1.tsv", "places/cities.tsv", "places/curated.tsv",
  ]
  public static let actorFiles = ["actors.tsv", "actors-states.tsv"]
  public static let lexiconFiles = [
    "demonyms.tsv", "weapons.tsv", "generic-actors.tsv", "sponsor-cues.tsv", "directions.tsv",
    "actor-modifiers.tsv", "locatives.tsv", "common-words.tsv",
  ]

  /// Files that shape a compiled index without being gazetteer entries: the text layer's
  /// data decides how aliases are tokenized.
  public static let tokenizationFiles = ["text/abbreviations.tsv", "text/sentence-starters.tsv"]

  /// The fingerprint of a folder's gazetteer files, computed without parsing them: what a
  /// compiled index is checked against.
  public static func sourceHash(of folder: URL) throws -> UInt64 {
    var hash = TermFingerprint.seed
    let files = placeFiles + extraPlaceFiles(folder) + actorFiles + lexiconFiles + tokenizationFiles
    for name in files {
      let url = folder.appendingPathComponent(name)
      guard let bytes = FileManager.default.contents(atPath: url.path) else {
        throw GazetteerError(.missingFile, location: url.path, "cannot read gazetteer file")
      }
      for byte in name.utf8 { hash = TermFingerprint.combine(hash, byte) }
      hash = bytes.withUnsafeBytes { $0.reduce(hash, TermFingerprint.combine) }
    }
    return hash
  }

  /// Place files beyond the standard ones (`salvo gazetteer import-geonames` writes them).
  static func extraPlaceFiles(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("places").path)) ?? [])
      .filter { $0.hasSuffix(".tsv") }.map { "places/" + $0 }
      .filter { !placeFiles.contains($0) }.sorted()
  }

  /// Loads every gazetteer file of `folder`; extra place files `places/*.tsv` (from
  /// `salvo gazetteer import-geonames`) are read after the standard ones.
  ///
  /// - Throws: `GazetteerError` for a missing folder or file, or a malformed row (with its
  ///   `file:line:column`).
  public static func load(from folder: URL) throws -> GazetteerData {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw GazetteerError(.missingFolder, location: folder.path, "gazetteer folder not found")
    }
    var data = GazetteerData()
    for name in placeFiles + extraPlaceFiles(folder) {
      for row in try data.read(folder, name, ["id", "name", "feature"]).rows {
        data.places.append(try PlaceEntry(row: row, file: name))
      }
    }
    for name in actorFiles {
      for row in try data.read(folder, name, ["id", "name", "type"]).rows {
        data.actors.append(try ActorEntry(row: row, file: name))
      }
    }
    for row in try data.read(folder, "demonyms.tsv", ["surface", "country"]).rows {
      guard let surface = row["surface"] else { continue }
      data.demonyms.append(
        DemonymEntry(
          surface: surface, country: row["country"], form: row["form"] ?? "adjective",
          origin: "demonyms.tsv:\(row.line)"))
    }
    for row in try data.read(folder, "weapons.tsv", ["class", "aliases", "family"]).rows {
      guard let weaponClass = row["class"], let family = row["family"] else { continue }
      data.weapons.append(
        WeaponEntry(
          weaponClass: weaponClass, aliases: row.list("aliases"), family: family,
          acledSubEventType: row["acled_sub_event_type"], origin: "weapons.tsv:\(row.line)"))
    }
    for row in try data.read(
      folder, "generic-actors.tsv",
      ["head", "forms", "type", "generic_id", "qualified", "demonym"]
    ).rows {
      guard let head = row["head"], let type = row["type"], let id = row["generic_id"] else {
        continue
      }
      data.genericHeads.append(
        GenericHeadEntry(
          head: head, forms: row.list("forms"), type: type, genericID: id,
          needsQualifier: row["qualified"] == "yes", demonymIsSponsor: row["demonym"] == "sponsor",
          origin: "generic-actors.tsv:\(row.line)"))
    }
    for row in try data.read(folder, "sponsor-cues.tsv", ["cue", "forms", "relation"]).rows {
      guard let cue = row["cue"], let relation = row["relation"] else { continue }
      data.sponsorCues.append(
        SponsorCueEntry(
          cue: cue, forms: row.list("forms"), relation: relation,
          origin: "sponsor-cues.tsv:\(row.line)"))
    }
    for row in try data.read(folder, "directions.tsv", ["direction", "forms", "usage"]).rows {
      guard let direction = row["direction"], let usage = row["usage"] else { continue }
      data.directions.append(
        DirectionEntry(
          word: direction, forms: row.list("forms"), usage: usage,
          origin: "directions.tsv:\(row.line)"))
    }
    for row in try data.read(folder, "actor-modifiers.tsv", ["modifier", "forms"]).rows {
      for form in row.list("forms") {
        data.modifiers.append((form, "actor-modifiers.tsv:\(row.line)"))
      }
    }
    data.locatives = try data.read(folder, "locatives.tsv", ["form"]).rows.compactMap { $0["form"] }
    data.commonWords = Set(
      try data.read(folder, "common-words.tsv", ["word"]).rows.compactMap {
        $0["word"]?.lowercased()
      })
    data.sourceHash = try sourceHash(of: folder)
    return data
  }

  /// Reads and parses one file.
  private func read(_ folder: URL, _ name: String, _ required: [String]) throws
    -> LexiconFile
  {
    let url = folder.appendingPathComponent(name)
    guard let bytes = FileManager.default.contents(atPath: url.path) else {
      throw GazetteerError(.missingFile, location: url.path, "cannot read gazetteer file")
    }
    do {
      return try LexiconFile(
        text: String(decoding: bytes, as: UTF8.self), name: name, required: required)
    } catch {
      throw GazetteerError(.malformedFile, location: error.description, "malformed row")
    }
  }
}

extension PlaceEntry {
  /// Parses a `places/*.tsv` row.
  init(row: LexiconFile.Row, file: String) throws {
    guard let id = row["id"], let name = row["name"], let feature = row["feature"] else {
      throw GazetteerError(
        .malformedFile, location: "\(file):\(row.line):1", "a place needs an id, name and feature")
    }
    func coordinate(_ column: String) throws -> Double? {
      guard let text = row[column] else { return nil }
      guard let value = Double(text) else {
        throw GazetteerError(
          .malformedFile, location: "\(file):\(row.line):\(column)",
          "\(column) '\(text)' is not a number")
      }
      return value
    }
    self.init(
      id: id, name: name, aliases: row.list("aliases"), feature: feature,
      subtype: row["subtype"], country: row["country"], admin1: row["admin1"],
      latitude: try coordinate("lat"), longitude: try coordinate("lon"),
      population: Int(row["population"] ?? "") ?? 0, parent: row["parent"],
      origin: "\(file):\(row.line)")
  }
}

extension ActorEntry {
  /// Parses an `actors*.tsv` row.
  init(row: LexiconFile.Row, file: String) throws {
    guard let id = row["id"], let name = row["name"], let type = row["type"] else {
      throw GazetteerError(
        .malformedFile, location: "\(file):\(row.line):1", "an actor needs an id, name and type")
    }
    self.init(
      id: id, name: name, aliases: row.list("aliases"), type: type, country: row["country"],
      memberOf: row.list("member_of"), sponsors: row.list("sponsor"),
      isGeneric: row["note"]?.contains("(generic)") ?? false, origin: "\(file):\(row.line)")
  }
}
