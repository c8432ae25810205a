import Foundation
import SalvoModel

/// Every gazetteer file of a folder, parsed: the source the matcher is compiled from.
public struct GazetteerData: Sendable {
  /// Places from `places/*.tsv`, in file order.
  public var places: [PlaceEntry] = []
  /// Actors from `actors.tsv` and `actors-states.tsv`.
  public var actors: [ActorEntry] = []
  /// Demonyms from `demonyms.tsv`.
  public var demonyms: [DemonymEntry] = []
  /// Weapon classes from `weapons.tsv`.
  public var weapons: [WeaponEntry] = []
  /// Generic actor heads from `generic-actors.tsv`.
  public var genericHeads: [GenericHeadEntry] = []
  /// Sponsor and leader cues from `sponsor-cues.tsv`.
  public var sponsorCues: [SponsorCueEntry] = []
  /// Direction words from `directions.tsv`.
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

  /// The standard place files, relative to the gazetteer folder, in the order they are
  /// read.
  public static let placeFiles = [
    "places/countries.tsv", "places/admin1.tsv", "places/cities.tsv", "places/curated.tsv",
  ]
  /// The actor files, in the order they are read.
  public static let actorFiles = ["actors.tsv", "actors-states.tsv"]
  /// The other lexicons, in the order they are read.
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
    fingerprint(try readSources(of: folder))
  }

  /// Every file the fingerprint covers, read once, in fingerprint order: the place files
  /// (standard, then extra), the actor files, the lexicons, the tokenization files.
  static func readSources(of folder: URL) throws -> [(name: String, bytes: Data)] {
    let files = placeFiles + extraPlaceFiles(folder) + actorFiles + lexiconFiles + tokenizationFiles
    return try files.map { name in
      let url = folder.appendingPathComponent(name)
      guard let bytes = FileManager.default.contents(atPath: url.path) else {
        throw GazetteerError(.missingFile, location: url.path, "cannot read gazetteer file")
      }
      return (name, bytes)
    }
  }

  /// Folds each file's name and bytes, in order, into one fingerprint.
  static func fingerprint(_ sources: [(name: String, bytes: Data)]) -> UInt64 {
    var hash = TermFingerprint.seed
    for (name, bytes) in sources {
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
    // Each file is read once: the same bytes are parsed and fingerprinted.
    let sources = try readSources(of: folder)
    let bytesByName = Dictionary(sources.map { ($0.name, $0.bytes) }) { first, _ in first }
    func read(_ name: String, _ required: [String]) throws -> LexiconFile {
      guard let bytes = bytesByName[name] else {
        throw GazetteerError(.missingFile, location: name, "not among the gazetteer's files")
      }
      return try parse(bytes, name: name, required: required)
    }
    var data = GazetteerData()
    for (name, _) in sources where name.hasPrefix("places/") {
      for row in try read(name, ["id", "name", "feature"]).rows {
        data.places.append(try PlaceEntry(row: row, file: name))
      }
    }
    for name in actorFiles {
      for row in try read(name, ["id", "name", "type"]).rows {
        data.actors.append(try ActorEntry(row: row, file: name))
      }
    }
    for row in try read("demonyms.tsv", ["surface", "country"]).rows {
      guard let surface = row["surface"] else { continue }
      data.demonyms.append(
        DemonymEntry(
          surface: surface, country: row["country"], form: row["form"] ?? "adjective",
          origin: "demonyms.tsv:\(row.line)"))
    }
    for row in try read("weapons.tsv", ["class", "aliases", "family"]).rows {
      guard let weaponClass = row["class"], let family = row["family"] else { continue }
      data.weapons.append(
        WeaponEntry(
          weaponClass: weaponClass, aliases: row.list("aliases"), family: family,
          acledSubEventType: row["acled_sub_event_type"], origin: "weapons.tsv:\(row.line)"))
    }
    for row in try read(
      "generic-actors.tsv",
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
    for row in try read("sponsor-cues.tsv", ["cue", "forms", "relation"]).rows {
      guard let cue = row["cue"], let relation = row["relation"] else { continue }
      data.sponsorCues.append(
        SponsorCueEntry(
          cue: cue, forms: row.list("forms"), relation: relation,
          origin: "sponsor-cues.tsv:\(row.line)"))
    }
    for row in try read("directions.tsv", ["direction", "forms", "usage"]).rows {
      guard let direction = row["direction"], let usage = row["usage"] else { continue }
      data.directions.append(
        DirectionEntry(
          word: direction, forms: row.list("forms"), usage: usage,
          origin: "directions.tsv:\(row.line)"))
    }
    for row in try read("actor-modifiers.tsv", ["modifier", "forms"]).rows {
      for form in row.list("forms") {
        data.modifiers.append((form, "actor-modifiers.tsv:\(row.line)"))
      }
    }
    data.locatives = try read("locatives.tsv", ["form"]).rows.compactMap { $0["form"] }
    data.commonWords = Set(
      try read("common-words.tsv", ["word"]).rows.compactMap {
        $0["word"]?.lowercased()
      })
    data.sourceHash = fingerprint(sources)
    return data
  }

  /// Parses one file's bytes.
  private static func parse(_ bytes: Data, name: String, required: [String]) throws
    -> LexiconFile
  {
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
