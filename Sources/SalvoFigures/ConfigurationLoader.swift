import Foundation
import SalvoModel

/// Reads the files of `Gazetteers/figures/` into a `Vocabulary`.
struct ConfigurationLoader {
  let directory: URL
  private var vocabulary = Vocabulary()
  private var acledLows: [String: Double] = [:]

  init(directory: URL) {
    self.directory = directory
  }

  mutating func load() throws -> FiguresConfiguration {
    try loadNumbers()
    try loadHedges()
    try loadVague()
    try loadUnits()
    try loadRoles()
    try loadFunctionWords()
    try loadDates()
    vocabulary.addMonths()
    vocabulary.addPossessives()
    vocabulary.flagStarts()
    return FiguresConfiguration(vocabulary: vocabulary, acledLows: acledLows)
  }

  // MARK: Files

  private mutating func loadNumbers() throws {
    let file = try read("numbers.tsv", ["value", "forms", "class"])
    for row in file.rows {
      let value = try number(row, "value", file)
      let wordClass = try parse(row, "class", file, NumberWordClass.init(rawValue:))
      let qualifier = try optional(row, "qualifier", file, QuantityQualifier.init(rawValue:))
      let word = NumberWord(value: value, wordClass: wordClass, qualifier: qualifier ?? .exact)
      for form in try forms(row, file) {
        vocabulary.update(try single(form, row, file)) { $0.number = word }
      }
    }
  }

  private mutating func loadHedges() throws {
    let file = try read("hedges.tsv", ["qualifier", "forms", "position"])
    for row in file.rows {
      let hedge = Hedge(
        qualifier: try parse(row, "qualifier", file, QuantityQualifier.init(rawValue:)),
        position: try parse(row, "position", file, HedgePosition.init(rawValue:)))
      for form in try forms(row, file) {
        try insert(form, hedge, into: &vocabulary.hedges, row, file)
      }
    }
  }

  private mutating func loadVague() throws {
    let file = try read("vague.tsv", ["forms", "link"])
    for row in file.rows {
      let low = try row["acled_low"].map { _ in try number(row, "acled_low", file) }
      let amount = VagueAmount(
        link: try parse(row, "link", file, VagueLink.init(rawValue:)), line: row.line)
      if let low { acledLows[origin(file, row)] = low }
      for form in try forms(row, file) {
        try insert(form, amount, into: &vocabulary.vague, row, file)
      }
    }
  }

  private mutating func loadUnits() throws {
    let file = try read("units.tsv", ["lemma", "forms", "class", "role"])
    for row in file.rows {
      guard let lemma = row["lemma"] else { throw bad(file, row, "needs a lemma") }
      let unit = UnitNoun(
        lemma: lemma, unitClass: try parse(row, "class", file, UnitClass.init(rawValue:)),
        role: try parse(row, "role", file, QuantityRole.init(rawValue:)), line: row.line)
      for form in try forms(row, file) {
        try insert(form, unit, into: &vocabulary.units, row, file)
      }
    }
  }

  private mutating func loadRoles() throws {
    let file = try read("roles.tsv", ["role", "forms", "position", "unit"])
    for row in file.rows {
      let position = try parse(row, "position", file, TriggerPosition.init(rawValue:))
      let trigger = RoleTrigger(
        role: try parse(row, "role", file, QuantityRole.init(rawValue:)), unit: row["unit"],
        line: row.line)
      for form in try forms(row, file) {
        try insert(form, trigger, into: &vocabulary.triggerTables[position.index], row, file)
      }
    }
  }

  private mutating func loadFunctionWords() throws {
    let file = try read("function-words.tsv", ["class", "forms"])
    for row in file.rows {
      let classes = try parse(row, "class", file) { FunctionClasses.names[$0] }
      for form in try forms(row, file) {
        vocabulary.update(try single(form, row, file)) { $0.functions.formUnion(classes) }
      }
    }
  }

  private mutating func loadDates() throws {
    let file = try read("dates.tsv", ["class", "forms", "value"])
    for row in file.rows {
      let wordClass = try parse(row, "class", file, DateWordClass.init(rawValue:))
      var word = DateWord(wordClass: wordClass, line: row.line)
      switch wordClass {
      case .period: word.period = try parse(row, "value", file, PeriodUnit.init(rawValue:))
      case .part: word.part = try parse(row, "value", file, DatePart.init(rawValue:))
      case .preposition:
        word.preposition = try parse(row, "value", file, DatePreposition.init(rawValue:))
      case .yearPrefix:
        word.value = try parse(row, "value", file) { ["after": 1, "before": -1][$0] }
      default:
        word.value = Int(try number(row, "value", file))
      }
      for form in try forms(row, file) {
        let fingerprint = try single(form, row, file)
        if let known = vocabulary.find(fingerprint), vocabulary.words[known].date != nil {
          throw bad(file, row, "'\(form)' already has a date class")
        }
        vocabulary.update(fingerprint) { $0.date = word }
      }
    }
  }

  // MARK: Fields

  private func read(_ name: String, _ required: [String]) throws -> LexiconFile {
    let url = directory.appendingPathComponent(name)
    let label = "figures/\(name)"
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw FiguresError(.unreadableFile, file: label, line: 0, "cannot read \(url.path)")
    }
    do {
      return try LexiconFile(
        text: String(decoding: data, as: UTF8.self), name: label, required: required)
    } catch {
      throw FiguresError(.malformedFile, file: label, line: error.line, error.message)
    }
  }

  private func origin(_ file: LexiconFile, _ row: LexiconFile.Row) -> String {
    "\(file.name):\(row.line)"
  }

  private func bad(_ file: LexiconFile, _ row: LexiconFile.Row, _ message: String)
    -> FiguresError
  {
    FiguresError(.badEntry, file: file.name, line: row.line, message)
  }

  private func forms(_ row: LexiconFile.Row, _ file: LexiconFile) throws -> [String] {
    let forms = row.list("forms")
    if forms.isEmpty { throw bad(file, row, "needs at least one form") }
    return forms
  }

  private func number(_ row: LexiconFile.Row, _ column: String, _ file: LexiconFile) throws
    -> Double
  {
    try parse(row, column, file) { Double($0) }
  }

  private func parse<T>(
    _ row: LexiconFile.Row, _ column: String, _ file: LexiconFile, _ make: (String) -> T?
  ) throws -> T {
    guard let text = row[column] else { throw bad(file, row, "needs a value for '\(column)'") }
    guard let value = make(text) else {
      throw bad(file, row, "'\(text)' is not a valid value for '\(column)'")
    }
    return value
  }

  private func optional<T>(
    _ row: LexiconFile.Row, _ column: String, _ file: LexiconFile, _ make: (String) -> T?
  ) throws -> T? {
    guard row[column] != nil else { return nil }
    return try parse(row, column, file, make)
  }

  /// The fingerprint of a one-token form.
  private func single(_ form: String, _ row: LexiconFile.Row, _ file: LexiconFile) throws
    -> UInt64
  {
    let fingerprints = LexiconForm.fingerprints(form)
    guard fingerprints.count == 1, let only = fingerprints.first else {
      throw bad(file, row, "'\(form)' must be a single word")
    }
    return only
  }

  private func insert<P>(
    _ form: String, _ payload: P, into table: inout PhraseTable<P>, _ row: LexiconFile.Row,
    _ file: LexiconFile
  ) throws {
    let fingerprints = LexiconForm.fingerprints(form)
    guard !fingerprints.isEmpty else { throw bad(file, row, "empty form") }
    guard table.insert(fingerprints, payload) else {
      throw bad(file, row, "'\(form)' appears twice")
    }
  }
}
