import Foundation
import SalvoEvents
import SalvoFigures
import SalvoGazetteer
import SalvoIngest
import SalvoModel
import SalvoText

/// The data every stage needs, loaded once from a gazetteer folder and shared read-only.
public struct Resources: Sendable {
  /// The gazetteer folder it was loaded from.
  public let gazetteers: URL
  /// The text layer's language data.
  public let text: TextConfiguration
  /// Ingest's limits and boilerplate lexicon.
  public let ingest: IngestConfiguration
  /// The compiled gazetteer.
  public let gazetteer: Gazetteer
  /// The figures stage's lexicons.
  public let figures: FiguresConfiguration
  /// The events stage's lexicons.
  public let events: EventsConfiguration

  /// Loads everything from `gazetteers`.
  ///
  /// - Parameters:
  ///   - gazetteers: the gazetteer folder.
  ///   - maxArticleBytes: articles larger than this are skipped with a reason.
  /// - Throws: `ResourceError` when the folder is missing, or the error of the malformed
  ///   file (with its `file:line:column`).
  public init(
    gazetteers: URL, maxArticleBytes: Int = IngestConfiguration.defaultMaxArticleBytes
  ) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: gazetteers.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw ResourceError(
        "gazetteer folder not found: \(gazetteers.path) (set --gazetteers or SALVO_GAZETTEERS)")
    }
    self.gazetteers = gazetteers
    text = try TextConfiguration.load(from: gazetteers.appendingPathComponent("text"))
    var ingest = try IngestConfiguration.load(gazetteers: gazetteers)
    ingest.maxArticleBytes = maxArticleBytes
    self.ingest = ingest
    gazetteer = try GazetteerIndex(folder: gazetteers).load(compiler: GazetteerCompiler(text: text))
    figures = try FiguresConfiguration.load(from: gazetteers.appendingPathComponent("figures"))
    events = try Self.loadEvents(gazetteers: gazetteers, text: text, gazetteer: gazetteer)
  }

  /// Loads the events lexicons, folding their forms with the text layer and taking the
  /// state actors from the gazetteer.
  private static func loadEvents(
    gazetteers: URL, text: TextConfiguration, gazetteer: Gazetteer
  ) throws -> EventsConfiguration {
    let analyzer = try TextAnalyzer(configuration: text)
    var states: [String: ActorReference] = [:]
    var outletOwners: [String: String] = [:]
    var genericActors: Set<String> = []
    for actor in gazetteer.actors {
      if actor.isGeneric { genericActors.insert(actor.id) }
      if actor.type == "state", let country = actor.country {
        states[country] = ActorReference(
          gazetteerID: actor.id, name: actor.name, type: actor.type, country: country)
      }
      if actor.type == "media", let owner = actor.memberOf.first ?? actor.sponsors.first {
        outletOwners[actor.id] = owner
      }
    }
    return try EventsConfiguration.load(
      from: gazetteers.appendingPathComponent("events"),
      fold: { form in
        let layer = try analyzer.analyze(phrase: form)
        return layer.tokens.map { layer.terms[$0.term] }
      }, states: states, outletOwners: outletOwners, genericActors: genericActors)
  }

  /// The gazetteer folder to use when none is given: `$SALVO_GAZETTEERS`, else
  /// `./Gazetteers`, else the `Gazetteers` folder of the source checkout Salvo was built
  /// from.
  public static func defaultGazetteers(
    environment: [String: String] = ProcessInfo.processInfo
      .environment
  ) -> URL {
    if let path = environment["SALVO_GAZETTEERS"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let local = URL(fileURLWithPath: "Gazetteers")
    if FileManager.default.fileExists(atPath: local.appendingPathComponent("text").path) {
      return local
    }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Gazetteers")
  }
}

/// Salvo's resources could not be loaded.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
  public var message: String
  /// Creates an error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
