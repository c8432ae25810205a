import SalvoModel

/// Splits a lexicon form into the folded tokens the text layer makes of the same words.
///
/// Words are runs of letters, digits, apostrophes and dots (`u.s.`, `a.m.`, `iran's`);
/// every other non-space character is a token of its own (`-`, `%`, `$`). Folding is ASCII
/// lower-casing, which is what the text layer's folding does to the ASCII forms the lexicons
/// use; typographic dashes and apostrophes map as the text layer maps them.
enum LexiconForm {
  /// The folded tokens of a form.
  static func tokens(_ form: String) -> [String] {
    var tokens: [String] = []
    var word = ""
    func flush() {
      if !word.isEmpty { tokens.append(word) }
      word = ""
    }
    for scalar in form.lowercased().unicodeScalars {
      switch scalar {
      case " ", "\t":
        flush()
      case "a"..."z", "0"..."9", "'", ".":
        word.unicodeScalars.append(scalar)
      case "\u{2019}", "\u{2018}":
        word.append("'")
      case "\u{2013}", "\u{2014}":
        flush()
        tokens.append("-")
      default:
        flush()
        tokens.append(String(scalar))
      }
    }
    flush()
    return tokens
  }

  /// The fingerprints of a form's tokens.
  static func fingerprints(_ form: String) -> [UInt64] {
    tokens(form).map(TermFingerprint.of)
  }
}
