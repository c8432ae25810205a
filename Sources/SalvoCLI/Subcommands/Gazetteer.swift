import ArgumentParser
import Foundation
import Salvo
import SalvoGazetteer

/// `salvo gazetteer check|compile|import-geonames`.
struct GazetteerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gazetteer",
    abstract: "Validate, compile and import gazetteers.",
    subcommands: [Check.self, Compile.self, ImportGeoNames.self])

  /// `salvo gazetteer check`: validates the gazetteer files.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate the gazetteer files.",
      discussion: """
        Reports malformed rows (file:line:column), duplicate ids, bad coordinates, unknown
        parents, members and sponsors, and unknown features or types as errors (exit 1), and
        aliases shared by several entries as warnings.
        """)

    @OptionGroup var options: GazetteerOptions

    @Flag(help: "List every shared alias, not just how many there are.")
    var verbose = false

    func run() throws {
      let folder = options.folder
      let data: GazetteerData
      do {
        data = try GazetteerData.load(from: folder)
      } catch {
        throw CommandFailure("\(error)")
      }
      let findings = GazetteerCheck().check(data)
      let errors = findings.filter { $0.severity == .error }
      let warnings = findings.filter { $0.severity == .warning }
      for finding in errors { print(finding) }
      for finding in verbose ? warnings : Array(warnings.prefix(10)) { print(finding) }
      if !verbose && warnings.count > 10 {
        print("… \(warnings.count - 10) more shared aliases (--verbose lists them)")
      }
      print(
        "\(data.places.count) places, \(data.actors.count) actors, \(data.demonyms.count) "
          + "demonyms, \(data.weapons.count) weapon classes: \(errors.count) errors, "
          + "\(warnings.count) shared aliases")
      if !errors.isEmpty { throw ExitCode.failure }
    }
  }

  /// `salvo gazetteer compile`: builds the cached index.
  struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compile the gazetteer into its cached binary index.",
      discussion: "Runs also happen on first use; this makes start-up fast from the first run.")

    @OptionGroup var options: GazetteerOptions

    @Option(
      help: ArgumentHelp("Write the index here instead of the cache folder.", valueName: "file"))
    var output: String?

    func run() throws {
      let clock = ContinuousClock()
      let start = clock.now
      let folder = options.folder
      let gazetteer: Gazetteer
      do {
        let data = try GazetteerData.load(from: folder)
        gazetteer = try GazetteerCompiler(gazetteers: folder).compile(data)
      } catch {
        throw CommandFailure("cannot load gazetteers: \(error)")
      }
      let url: URL
      if let output {
        try Data(gazetteer.indexBytes()).write(to: URL(fileURLWithPath: output), options: .atomic)
        url = URL(fileURLWithPath: output)
      } else {
        url = try GazetteerIndex(folder: folder).save(gazetteer)
      }
      print(
        "\(gazetteer.places.count) places, \(gazetteer.actors.count) actors, "
          + "\(gazetteer.aliasCount) alias paths → \(url.path) "
          + String(format: "(%.2f s)", (clock.now - start).inSeconds))
    }
  }

  /// `salvo gazetteer import-geonames`: turns a GeoNames dump into a place file.
  struct ImportGeoNames: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import-geonames",
      abstract: "Import populated places from a GeoNames dump.",
      discussion: """
        FILE is a GeoNames table (allCountries.txt, cities500.txt, XX.txt: the 19 tab-separated
        columns). Writes places/geonames-<name>.tsv in the gazetteer folder, which every later
        run loads; places already in the gazetteer are left out.
        """)

    @Argument(help: ArgumentHelp("The GeoNames dump.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("alternateNamesV2.txt, for more aliases.", valueName: "file"))
    var alternateNames: String?

    @Option(help: "Keep places with at least this population.")
    var minPopulation = 0

    @Option(
      help: ArgumentHelp("Keep only these countries (ISO2, comma-separated).", valueName: "codes"))
    var countries: String?

    @Flag(help: "Keep names in every script, not just Latin (for non-Latin article text).")
    var allScripts = false

    @Option(help: "The most aliases kept per place (the shortest first).")
    var maxAliases = 40

    @OptionGroup var options: GazetteerOptions

    func run() throws {
      let folder = options.folder
      let existing: Set<String>
      do {
        existing = Set(try GazetteerData.load(from: folder).places.map(\.id))
      } catch {
        throw CommandFailure("\(error)")
      }
      let importer = GeoNamesImporter(
        minimumPopulation: minPopulation,
        countries: Set((countries ?? "").split(separator: ",").map { String($0).uppercased() }),
        existingIDs: existing, allScripts: allScripts, maxAliases: maxAliases)
      let input = URL(fileURLWithPath: file)
      let name = input.deletingPathExtension().lastPathComponent.lowercased()
      let output = folder.appendingPathComponent("places/geonames-\(name).tsv")
      do {
        let summary = try importer.run(
          geonames: input, alternateNames: alternateNames.map { URL(fileURLWithPath: $0) },
          output: output, source: input.lastPathComponent)
        print(
          "\(summary.rows) places with \(summary.aliases) names → \(output.path) "
            + "(\(summary.skippedExisting) already in the gazetteer, "
            + "\(summary.skippedFiltered) filtered out)")
      } catch let error as GazetteerError {
        throw CommandFailure(error.description)
      }
    }
  }
}
