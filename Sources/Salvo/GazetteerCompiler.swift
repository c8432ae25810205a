import Foundation
import SalvoGazetteer
import SalvoModel
import SalvoText

/// Compiles the gazetteer files of a folder into a matcher, tokenizing every alias with the
/// same text layer that segments articles.
public struct GazetteerCompiler: Sendable {
  /// The text layer's configuration.
  public let text: TextConfiguration

  /// Creates a compiler.
  public init(text: TextConfiguration) { self.text = text }

  /// Creates a compiler with the text layer's data of a gazetteer folder (its `text/`).
  ///
  /// - Throws: `TextError` for a missing or malformed text file.
  public init(gazetteers: URL) throws {
    self.init(text: try TextConfiguration.load(from: gazetteers.appendingPathComponent("text")))
  }

  /// Parses and compiles a gazetteer folder.
  ///
  /// - Throws: `GazetteerError` for missing or malformed files; `TextError` from ICU.
  public func compile(folder: URL) throws -> Gazetteer {
    try compile(GazetteerData.load(from: folder))
  }

  /// Compiles parsed gazetteer data.
  public func compile(_ data: GazetteerData) throws -> Gazetteer {
    let analyzer = try TextAnalyzer(configuration: text)
    return try Gazetteer.compile(data) { alias in
      let layer = try analyzer.analyze(phrase: alias)
      return layer.tokens.map { token in
        AliasToken(surface: String(alias.slice(token.range)), folded: layer.terms[token.term])
      }
    }
  }
}
