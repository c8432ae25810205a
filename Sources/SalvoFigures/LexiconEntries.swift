import SalvoModel

/// How a number word combines with its neighbours (`numbers.tsv`, column `class`).
enum NumberWordClass: String, Sendable {
  case digit, teen, tens, scale, dozen, fraction, times, article, couple, joiner
}

/// A number word: "seven", "hundred", "dozen", "twice".
struct NumberWord: Sendable {
  var value: Double
  var wordClass: NumberWordClass
  var qualifier: QuantityQualifier

  /// Whether the word stands for an amount itself: every class but `joiner` ("and", the
  /// hyphen), which only links number words.
  var isNumeral: Bool { wordClass != .joiner }
}

/// Where a hedge stands relative to its number (`hedges.tsv`, column `position`).
enum HedgePosition: String, Sendable {
  case before, after, between, link
  case betweenLink = "between-link"
}

/// A hedge: "about", "more than", "or more", "between … and".
struct Hedge: Sendable {
  var qualifier: QuantityQualifier
  var position: HedgePosition
}

/// How a vague amount reaches its noun (`vague.tsv`, column `link`).
enum VagueLink: String, Sendable {
  /// "dozens of airstrikes".
  case of
  /// "several diplomats".
  case direct
}

/// A vague amount: "dozens", "several", "a handful".
struct VagueAmount: Sendable {
  var link: VagueLink
  var line: Int
}

/// What a unit noun makes of the number before it (`units.tsv`, column `class`).
enum UnitClass: String, Sendable {
  case person, object, measure, money, currency, clock, occurrence

  /// Whether a number with this unit is a count at all.
  var isCount: Bool { self == .person || self == .object || self == .occurrence }
}

/// A counted noun and its lemma: "ballistic missiles" → `ballistic missile`.
struct UnitNoun: Sendable {
  var lemma: String
  var unitClass: UnitClass
  var role: QuantityRole
  var line: Int
}

/// Where a role trigger stands relative to its count (`roles.tsv`, column `position`).
enum TriggerPosition: String, Sendable, CaseIterable {
  case before, after, toll, occurrence

  /// The position's place in `allCases`, where `Vocabulary.triggerTables` keeps its table.
  var index: Int {
    switch self {
    case .before: 0
    case .after: 1
    case .toll: 2
    case .occurrence: 3
    }
  }
}

/// A word that decides a count's role: "killed", "injuring", "death toll", "struck".
struct RoleTrigger: Sendable {
  var role: QuantityRole
  /// The unit of a count that has no noun of its own.
  var unit: String?
  var line: Int
}

/// The closed classes a function word belongs to (`function-words.tsv`).
struct FunctionClasses: OptionSet, Sendable {
  let rawValue: UInt16

  static let determiner = FunctionClasses(rawValue: 1 << 0)
  static let definite = FunctionClasses(rawValue: 1 << 1)
  static let preposition = FunctionClasses(rawValue: 1 << 2)
  static let pronoun = FunctionClasses(rawValue: 1 << 3)
  static let conjunction = FunctionClasses(rawValue: 1 << 4)
  static let coordinator = FunctionClasses(rawValue: 1 << 5)
  static let auxiliary = FunctionClasses(rawValue: 1 << 6)
  static let adverb = FunctionClasses(rawValue: 1 << 7)
  static let clause = FunctionClasses(rawValue: 1 << 8)
  static let boundary = FunctionClasses(rawValue: 1 << 9)
  static let label = FunctionClasses(rawValue: 1 << 10)
  static let postNumber = FunctionClasses(rawValue: 1 << 11)

  /// The classes that end a noun phrase.
  static let phraseEnd: FunctionClasses = [
    .determiner, .preposition, .pronoun, .conjunction, .coordinator, .auxiliary, .clause,
    .boundary, .label,
  ]

  /// The class names as `function-words.tsv` writes them.
  static let names: [String: FunctionClasses] = [
    "determiner": .determiner, "definite": .definite, "preposition": .preposition,
    "pronoun": .pronoun, "conjunction": .conjunction, "coordinator": .coordinator,
    "auxiliary": .auxiliary, "adverb": .adverb, "clause": .clause, "boundary": .boundary,
    "post-number": .postNumber,
    "label": .label,
  ]
}
