import Foundation

/// Converts a GeoNames dump (`allCountries.txt`, `cities500.txt` and the like, optionally
/// with `alternateNamesV2.txt`) into a Salvo place file.
///
/// Rows are populated places (feature class P) at or above a population threshold;
/// aliases are the Latin-script alternate names (or all of them, with `allScripts`) plus
/// the ASCII name. Places whose id the
/// gazetteer already has are left out, so importing never duplicates an entry.
public struct GeoNamesImporter: Sendable {
  /// The least population a place needs.
  public var minimumPopulation: Int
  /// The countries to keep (ISO2); empty keeps all.
  public var countries: Set<String>
  /// Ids already in the gazetteer.
  public var existingIDs: Set<String>
  /// Whether names in every script are kept (for articles in Arabic, Persian, Hebrew…);
  /// by default only Latin-script names are.
  public var allScripts: Bool
  /// The most aliases kept per place (the shortest first).
  public var maxAliases: Int

  /// Creates an importer.
  public init(
    minimumPopulation: Int = 0, countries: Set<String> = [], existingIDs: Set<String> = [],
    allScripts: Bool = false, maxAliases: Int = 40
  ) {
    self.maxAliases = maxAliases
    self.minimumPopulation = minimumPopulation
    self.countries = countries
    self.existingIDs = existingIDs
    self.allScripts = allScripts
  }

  /// What an import produced.
  public struct Summary: Sendable {
    /// Places written.
    public var rows = 0
    /// Names written, each place's own name included.
    public var aliases = 0
    /// Places left out because the gazetteer already has their id.
    public var skippedExisting = 0
    /// Rows left out by the feature class, population or country filters.
    public var skippedFiltered = 0
  }

  /// Reads the dump at `geonames` (and alternate names at `alternateNames`) and writes the
  /// place file `output`.
  ///
  /// - Throws: `GazetteerError` naming the file and line of a malformed row.
  public func run(geonames: URL, alternateNames: URL?, output: URL, source: String) throws
    -> Summary
  {
    let extra = try alternateNames.map(Self.readAlternateNames) ?? [:]
    guard let reader = LineReader(path: geonames.path) else {
      throw GazetteerError(.missingFile, location: geonames.path, "cannot read the GeoNames dump")
    }
    var summary = Summary()
    var lines = [
      "# Places imported from \(source) by `salvo gazetteer import-geonames`.",
      "# GeoNames data, CC BY 4.0 (https://www.geonames.org/). Columns as in cities.tsv.",
      "id\tname\taliases\tfeature\tsubtype\tcountry\tadmin1\tlat\tlon\tpopulation\tparent\tsource",
    ]
    var lineNumber = 0
    while let line = reader.next() {
      lineNumber += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 15, let latitude = Double(fields[4]), let longitude = Double(fields[5])
      else {
        throw GazetteerError(
          .malformedFile, location: "\(geonames.lastPathComponent):\(lineNumber):1",
          "expected the 19 GeoNames columns with numeric coordinates")
      }
      let population = Int(fields[14]) ?? 0
      let country = String(fields[8])
      guard fields[6] == "P", population >= minimumPopulation,
        countries.isEmpty || countries.contains(country)
      else {
        summary.skippedFiltered += 1
        continue
      }
      let id = "geonames:\(fields[0])"
      if existingIDs.contains(id) {
        summary.skippedExisting += 1
        continue
      }
      let name = Self.clean(String(fields[1]))
      var aliases: [String] = []
      var seen: Set<String> = [name.lowercased()]
      let candidates =
        [String(fields[2])] + fields[3].split(separator: ",").map(String.init)
        + (extra[String(fields[0])] ?? [])
      for alias in candidates.map(Self.clean)
      where (allScripts || Self.isLatin(alias)) && alias.count > 1 {
        if seen.insert(alias.lowercased()).inserted { aliases.append(alias) }
      }
      summary.rows += 1
      summary.aliases += min(aliases.count, maxAliases) + 1
      let subtype = fields[7] == "PPLC" ? "capital" : ""
      lines.append(
        [
          id, name,
          aliases.sorted { ($0.count, $0) < ($1.count, $1) }.prefix(maxAliases)
            .joined(separator: "|"), "city", subtype, country, "",
          String(latitude), String(longitude), population > 0 ? String(population) : "", "", "",
        ].joined(separator: "\t"))
    }
    let text = lines.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: output, options: .atomic)
    return summary
  }

  /// `alternateNamesV2.txt`: geonameid → names (historic and colloquial names left out).
  static func readAlternateNames(_ url: URL) throws -> [String: [String]] {
    guard let reader = LineReader(path: url.path) else {
      throw GazetteerError(.missingFile, location: url.path, "cannot read alternate names")
    }
    var names: [String: [String]] = [:]
    while let line = reader.next() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 4 else { continue }
      let language = fields[2]
      if language == "link" || language == "post" || language == "iata" || language == "icao"
        || language == "faac" || language == "wkdt"
      {
        continue
      }
      if fields.count > 7 && (fields[6] == "1" || fields[7] == "1") { continue }
      names[String(fields[1]), default: []].append(String(fields[3]))
    }
    return names
  }

  /// Tabs and bars would break the place file's columns and lists.
  static func clean(_ text: String) -> String {
    text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "|", with: " ")
      .trimmingCharacters(in: .whitespaces)
  }

  /// Latin script only: letters must be Latin (accents allowed).
  static func isLatin(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      !scalar.properties.isAlphabetic || scalar.value < 0x0250
        || (0x1E00...0x1EFF).contains(scalar.value)
    }
  }
}

/// Reads a text file line by line with `getline`, so multi-gigabyte dumps stream.
final class LineReader {
  private let handle: UnsafeMutablePointer<FILE>
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0

  init?(path: String) {
    guard let handle = fopen(path, "r") else { return nil }
    self.handle = handle
  }

  deinit {
    fclose(handle)
    free(buffer)
  }

  /// The next line without its line break, or nil at the end.
  func next() -> String? {
    let length = getline(&buffer, &capacity, handle)
    guard length >= 0, let buffer else { return nil }
    var count = length
    while count > 0 && (buffer[count - 1] == 0x0A || buffer[count - 1] == 0x0D) { count -= 1 }
    return String(
      decoding: UnsafeRawBufferPointer(start: buffer, count: count), as: UTF8.self)
  }
}
