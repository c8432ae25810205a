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
    case .units(let line): Self.spell("figures/units.tsv:", line)
    case .vague(let line): Self.spell("figures/vague.tsv:", line)
    case .roles(let line): Self.spell("figures/roles.tsv:", line)
    case .dates(let line): Self.spell("figures/dates.tsv:", line)
    }
  }

  /// `prefix` followed by the decimal digits of `line`, written straight into the string's
  /// storage: this is spelled once per mention, and interpolation or `String(line)` cost
  /// several times more.
  private static func spell(_ prefix: StaticString, _ line: Int) -> String {
    var digits = 1
    var rest = line.magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let sign = line < 0 ? 1 : 0
    let count = prefix.utf8CodeUnitCount + sign + digits
    return String(unsafeUninitializedCapacity: count) { buffer in
      var index = 0
      prefix.withUTF8Buffer { bytes in
        for byte in bytes {
          buffer[index] = byte
          index += 1
        }
      }
      if sign == 1 { buffer[index] = UInt8(ascii: "-") }
      var value = line.magnitude
      for position in stride(from: count - 1, through: count - digits, by: -1) {
        buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
      }
      return count
    }
  }
}
