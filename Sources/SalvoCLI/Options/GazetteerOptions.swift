import ArgumentParser
import Foundation
import Salvo
import SalvoIngest

/// `--gazetteers DIR`: where Salvo's data files live.
struct GazetteerOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The gazetteer folder (default: $SALVO_GAZETTEERS, else ./Gazetteers).",
      valueName: "dir"))
  var gazetteers: String?

  /// The gazetteer folder: the option, else the default.
  var folder: URL {
    gazetteers.map { URL(fileURLWithPath: $0) } ?? Resources.defaultGazetteers()
  }

  /// Loads the resources, turning failures into a clear message.
  func loadResources(maxArticleBytes: Int = IngestConfiguration.defaultMaxArticleBytes) throws
    -> Resources
  {
    do {
      return try Resources(gazetteers: folder, maxArticleBytes: maxArticleBytes)
    } catch {
      throw CommandFailure("cannot load gazetteers: \(error)")
    }
  }
}

/// A failure reported as `Error: <message>` with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
