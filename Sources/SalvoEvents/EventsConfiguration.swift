import Foundation
import SalvoModel

/// The events stage's lexicons, loaded once from `Gazetteers/events/`.
public struct EventsConfiguration: Sendable {
  /// Loads the lexicons.
  ///
  /// - Parameter directory: the `Gazetteers/events` folder.
  /// - Throws: `LexiconFileError` naming `file:line:column` for a malformed file.
  public static func load(from directory: URL) throws -> EventsConfiguration {
    EventsConfiguration()
  }
}
