import SalvoModel

/// A count found in a sentence, as token indexes (half-open).
struct QuantityMatch {
  var start: Int
  var end: Int
  var quantity: Quantity
  /// The rule that decided (`unit-noun`, `vague-amount`, `elided-unit`, …).
  var rule: String
  /// The lexicon entry that decided.
  var source: LexiconSource?
}

/// A date expression found in a sentence, as token indexes (half-open), not yet resolved.
struct DateMatch {
  var start: Int
  var end: Int
  var expression: DateExpression
  /// The rule that decided (`day-month`, `weekday`, `ago`, …).
  var rule: String
  /// The date word that decided.
  var source: LexiconSource?
}

/// What a sentence scan finds, in text order.
enum Finding {
  case quantity(QuantityMatch)
  case date(DateMatch)
}

/// The lexicon entry that decided a finding; spelled out as `figures/<file>:<line>` only
/// when a mention is made.
enum LexiconSource {
  case units(Int)
  case vague(Int)
  case roles(Int)
  case dates(Int)

  /// `figures/units.tsv:12`.
  var description: String {
    switch self {
    // Concatenation rather than interpolation: this is spelled once per mention.
    case .units(let line): "figures/units.tsv:" + String(line)
    case .vague(let line): "figures/vague.tsv:" + String(line)
    case .roles(let line): "figures/roles.tsv:" + String(line)
    case .dates(let line): "figures/dates.tsv:" + String(line)
    }
  }
}
