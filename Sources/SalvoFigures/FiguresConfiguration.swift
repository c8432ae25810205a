import Foundation
import SalvoModel

/// The figures stage's language data, loaded once from `Gazetteers/figures/` and shared by
/// every document: number words, hedges, vague amounts, unit nouns, role triggers, function
/// words and date words (see `Gazetteers/figures/README.md`).
public struct FiguresConfiguration: Sendable {
  let vocabulary: Vocabulary
  /// ACLED's conventional figure for each vague amount, by `figures/vague.tsv:<line>`.
  private let acledLows: [String: Double]

  init(vocabulary: Vocabulary, acledLows: [String: Double]) {
    self.vocabulary = vocabulary
    self.acledLows = acledLows
  }

  /// Loads the figures lexicons.
  ///
  /// - Parameter directory: the `Gazetteers/figures` folder.
  /// - Returns: the compiled configuration.
  /// - Throws: `FiguresError` naming `file:line` for a missing file, a malformed table or a
  ///   bad entry.
  public static func load(from directory: URL) throws -> FiguresConfiguration {
    var loader = ConfigurationLoader(directory: directory)
    return try loader.load()
  }

  /// ACLED's conventional lower bound for a vague amount ("dozens" → 12, "hundreds" → 100).
  ///
  /// Salvo writes vague amounts with `low` nil, as the gold files do; a consumer that wants
  /// ACLED-style fatality figures applies this convention explicitly.
  ///
  /// - Parameter source: a vague mention's `provenance.source` (`figures/vague.tsv:21`).
  /// - Returns: the figure, or nil when the source is not a vague amount or has none.
  public func acledLow(forSource source: String) -> Double? { acledLows[source] }
}
