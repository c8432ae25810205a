import Foundation
import SalvoModel

/// The cues that mark page furniture, loaded from `Gazetteers/ingest/boilerplate.tsv`.
public struct BoilerplateLexicon: Sendable {
  /// How a cue is compared with a line.
  public enum Match: String, Sendable, CaseIterable {
    case line, prefix, contains
  }

  /// What a matching line is.
  public enum Role: String, Sendable, CaseIterable {
    /// The line is boilerplate.
    case notice
    /// The line is boilerplate and, late in the article, opens the footer.
    case footer
    /// Like `footer`, and the rest of the line names the outlet.
    case source
    /// A byline; the rest names the author.
    case byline
  }

  /// One cue.
  public struct Cue: Sendable {
    /// The cue, normalized like the lines it is compared with.
    public var text: String
    public var match: Match
    public var role: Role
    /// Where it was defined (`ingest/boilerplate.tsv:12`).
    public var origin: String
  }

  /// The cues in file order.
  public var cues: [Cue]

  /// Creates a lexicon.
  public init(cues: [Cue]) { self.cues = cues }

  /// Loads `boilerplate.tsv` from a folder.
  ///
  /// - Throws: `LexiconFileError` for a malformed row, `IngestError` for a missing file.
  public static func load(from directory: URL) throws -> BoilerplateLexicon {
    let url = directory.appendingPathComponent("boilerplate.tsv")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw IngestError(.badConfiguration, path: url.path, "cannot read the boilerplate lexicon")
    }
    let name = "ingest/boilerplate.tsv"
    let file = try LexiconFile(
      text: String(decoding: data, as: UTF8.self), name: name, required: ["cue", "match", "role"])
    var cues: [Cue] = []
    for row in file.rows {
      guard let text = row["cue"], let match = row["match"].flatMap(Match.init(rawValue:)),
        let role = row["role"].flatMap(Role.init(rawValue:))
      else {
        throw LexiconFileError(
          file: name, line: row.line, column: 1,
          message: "needs a cue, a match (line, prefix, contains) and a role "
            + "(notice, footer, source, byline)")
      }
      cues.append(
        Cue(
          text: LineNormalizer.normalize(text[...]), match: match, role: role,
          origin: "\(name):\(row.line)"))
    }
    return BoilerplateLexicon(cues: cues)
  }

  /// The first cue a normalized line matches, with the rest of the line after a prefix cue.
  func match(_ normalizedLine: String) -> (cue: Cue, rest: String)? {
    let trimmed = LineNormalizer.trimTrailingMarks(normalizedLine)
    for cue in cues {
      switch cue.match {
      case .line where trimmed == LineNormalizer.trimTrailingMarks(cue.text):
        return (cue, "")
      case .prefix where normalizedLine.hasPrefix(cue.text):
        let rest = normalizedLine.dropFirst(cue.text.count)
        // A prefix must end at a word boundary: "By" matches "By Jane", not "Byblos".
        if let next = rest.first, next.isLetter || next.isNumber, cue.text.last?.isLetter == true {
          continue
        }
        let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":»>|-"))
        return (cue, String(rest).trimmingCharacters(in: separators))
      case .contains where normalizedLine.contains(cue.text):
        return (cue, "")
      default:
        continue
      }
    }
    return nil
  }
}

/// Normalizes lines and cues for comparison: lower case, typographic quotes and dashes
/// unified, runs of white space collapsed.
enum LineNormalizer {
  static func normalize(_ line: Substring) -> String {
    var result = ""
    result.reserveCapacity(line.utf8.count)
    var pendingSpace = false
    for character in line {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      switch character {
      case "\u{2018}", "\u{2019}", "`": result.append("'")
      case "\u{201C}", "\u{201D}": result.append("\"")
      case "\u{2013}", "\u{2014}": result.append("-")
      default: result += character.lowercased()
      }
    }
    return result
  }

  static func trimTrailingMarks(_ line: String) -> String {
    var result = Substring(line)
    while let last = result.last, last == ":" || last == "." || last == "*" || last == " " {
      result = result.dropLast()
    }
    return String(result)
  }
}
