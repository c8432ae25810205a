import Foundation
import SalvoModel

/// How an abbreviation behaves at a possible sentence end.
public enum AbbreviationClass: String, Sendable, Hashable, CaseIterable {
  /// Never ends a sentence: titles and ranks (`Mr.`, `Gen.`, `Lt.`, `No.`, `St.`).
  case title
  /// A month before a day or year (`Jan. 5`): never ends a sentence before a number.
  case month
  /// Can end a sentence (`U.S.`, `U.N.`): a break stands only before a word that usually
  /// starts sentences, since these are mostly followed by proper nouns.
  case ambiguous
  /// Often ends a sentence (`a.m.`, `Inc.`): a break stands before any capitalized word
  /// that is not all capitals (`3 a.m. GMT`).
  case terminal
}

/// The language data the text layer needs, loaded from `Gazetteers/text/`.
public struct TextConfiguration: Sendable {
  /// Folded abbreviations with their final dot (`u.s.`, `gen.`) and their class.
  public var abbreviations: [String: AbbreviationClass]
  /// Folded words that usually start a sentence (`the`, `he`, `but`).
  public var sentenceStarters: Set<String>

  /// Creates a configuration from folded entries.
  public init(abbreviations: [String: AbbreviationClass], sentenceStarters: Set<String>) {
    self.abbreviations = abbreviations
    self.sentenceStarters = sentenceStarters
  }

  /// Loads `abbreviations.tsv` and `sentence-starters.tsv` from a directory.
  ///
  /// - Parameter directory: the `Gazetteers/text` folder.
  /// - Throws: `LexiconFileError` for a malformed file, `TextError` for a missing one or an
  ///   unknown class.
  public static func load(from directory: URL) throws -> TextConfiguration {
    let abbreviationsFile = try read(directory, "abbreviations.tsv", ["abbreviation", "class"])
    var abbreviations: [String: AbbreviationClass] = [:]
    for row in abbreviationsFile.rows {
      guard let surface = row["abbreviation"], let name = row["class"],
        let kind = AbbreviationClass(rawValue: name)
      else {
        throw TextError(
          .badConfiguration,
          "\(abbreviationsFile.name):\(row.line): needs an abbreviation "
            + "and a class (\(AbbreviationClass.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      abbreviations[TermFolder.asciiFolded(surface.utf8)] = kind
    }
    let startersFile = try read(directory, "sentence-starters.tsv", ["word"])
    let words = startersFile.rows.compactMap { $0["word"] }
    let starters = Set(words.map { TermFolder.asciiFolded($0.utf8) })
    return TextConfiguration(abbreviations: abbreviations, sentenceStarters: starters)
  }

  private static func read(_ directory: URL, _ name: String, _ required: [String]) throws
    -> LexiconFile
  {
    let url = directory.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw TextError(.badConfiguration, "cannot read \(url.path)")
    }
    return try LexiconFile(
      text: String(decoding: data, as: UTF8.self), name: "text/\(name)", required: required)
  }
}
