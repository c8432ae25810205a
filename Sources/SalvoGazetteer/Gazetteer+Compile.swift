import SalvoModel

/// One token of an alias as the text layer segments it.
public struct AliasToken: Sendable {
  /// The token as written in the gazetteer.
  public var surface: String
  /// Its folded term.
  public var folded: String

  /// Creates an alias token.
  public init(surface: String, folded: String) {
    self.surface = surface
    self.folded = folded
  }
}

extension Gazetteer {
  /// Countries whose place names carry Arabic articles (and so get article variants).
  static let arabicNameCountries: Set<String> = [
    "IQ", "SY", "LB", "JO", "PS", "IL", "SA", "YE", "AE", "BH", "QA", "KW", "OM", "EG", "LY",
    "TN", "DZ", "MA", "SD", "MR", "IR", "TR",
  ]

  /// Arabic definite articles, full and assimilated: `al-Qaim` is also found as `Qaim` and
  /// `Alqaim`, `Deir ez-Zor` as `Deir Ezzor`.
  static let articles: Set<String> = [
    "al", "el", "ad", "ar", "as", "az", "ash", "at", "ath", "an", "ez", "ed", "es", "er", "en",
    "ud", "ul", "adh", "adh-",
  ]

  /// Compiles parsed gazetteer data into a matcher.
  ///
  /// - Parameters:
  ///   - data: the parsed gazetteer files.
  ///   - tokenize: the text layer's segmentation and folding of one alias, so aliases are
  ///     split exactly as article text is.
  /// - Returns: the compiled gazetteer.
  public static func compile(
    _ data: GazetteerData, tokenize: (String) throws -> [AliasToken]
  ) rethrows -> Gazetteer {
    var builder = AliasTrieBuilder()
    var exactSurfaces: [[String]] = []
    var exactIndex: [[String]: Int32] = [:]
    func add(
      _ rawAlias: String, _ kind: AliasPayload.Kind, _ index: Int, arabic: Bool = true,
      isName: Bool = false
    ) throws {
      var alias = rawAlias.trimmingCharacters(in: .whitespaces)
      var exact = false
      if alias.hasPrefix("=") {
        exact = true
        alias.removeFirst()
      }
      var tokens = try tokenize(alias).filter { MatchKey.of($0.folded) != nil || $0.folded == "-" }
      // "the Golan Heights" is found as "Golan Heights": an article never starts a name
      // (but "the Gulf" stays whole: "Gulf" alone is too common a word).
      if tokens.count > 2 && tokens[0].folded == "the" { tokens.removeFirst() }
      let words = tokens.filter { MatchKey.of($0.folded) != nil }
      guard !words.isEmpty, words.count <= 32 else { return }
      if isAcronym(alias) { exact = true }
      if kind == .place && words.count == 1 && !exact
        && data.commonWords.contains(words[0].folded)
      {
        return
      }
      var mask: UInt32 = 0
      for (position, token) in words.enumerated() where token.surface.first?.isUppercase == true {
        mask |= 1 << UInt32(position)
      }
      var exactSlot: Int32 = -1
      if exact {
        let surfaces = words.map(\.surface)
        if let known = exactIndex[surfaces] {
          exactSlot = known
        } else {
          exactSlot = Int32(exactSurfaces.count)
          exactIndex[surfaces] = exactSlot
          exactSurfaces.append(surfaces)
        }
      }
      let payload = AliasPayload(
        kind: kind, index: UInt32(index), capitalMask: mask, exactSurface: exactSlot,
        isName: isName)
      let common = kind == .place && !exact ? data.commonWords : []
      for keys in variants(of: tokens, arabic: arabic, commonWords: common) {
        builder.insert(keys, payload: payload)
      }
    }
    for (index, place) in data.places.enumerated() {
      let arabic = place.country.map(arabicNameCountries.contains) ?? true
      try add(place.name, .place, index, arabic: arabic, isName: true)
      for alias in place.aliases { try add(alias, .place, index, arabic: arabic) }
    }
    for (index, actor) in data.actors.enumerated() {
      // A generic row ("Iran-backed Iraqi militias") is reached through the generic-actor
      // rules, which also read the sponsor and country; its name is no alias.
      let names = actor.isGeneric ? actor.aliases : [actor.name] + actor.aliases
      for alias in names { try add(alias, .actor, index) }
    }
    for (index, demonym) in data.demonyms.enumerated() { try add(demonym.surface, .demonym, index) }
    for (index, weapon) in data.weapons.enumerated() {
      for alias in [weapon.weaponClass] + weapon.aliases { try add(alias, .weapon, index) }
    }
    for (index, head) in data.genericHeads.enumerated() {
      for form in head.forms { try add(form, .genericHead, index) }
    }
    for (index, cue) in data.sponsorCues.enumerated() {
      for form in cue.forms { try add(form, .sponsorCue, index) }
    }
    for (index, direction) in data.directions.enumerated() {
      for form in direction.forms { try add(form, .direction, index) }
    }
    for (index, modifier) in data.modifiers.enumerated() {
      try add(modifier.form, .modifier, index)
    }
    for (index, form) in data.locatives.enumerated() { try add(form, .locative, index) }
    return Gazetteer(
      places: PlaceTable(entries: data.places), actors: data.actors, demonyms: data.demonyms,
      weapons: data.weapons,
      genericHeads: data.genericHeads, sponsorCues: data.sponsorCues, directions: data.directions,
      exactSurfaces: exactSurfaces, trie: builder.build(),
      sourceHash: data.sourceHash)
  }

  /// All upper-case with at most five letters (`US`, `IRI`, `U.S.`): matched as written.
  static func isAcronym(_ alias: String) -> Bool {
    let letters = alias.filter(\.isLetter)
    return !letters.isEmpty && letters.count <= 5 && letters.allSatisfy(\.isUppercase)
      && !alias.contains(" ")
  }

  /// The key paths an alias is found under: as written (dashes transparent), with an
  /// Arabic article dropped or glued to the next word, and with hyphenated parts joined.
  static func variants(of tokens: [AliasToken], arabic: Bool, commonWords: Set<String>)
    -> [[UInt64]]
  {
    var results: [[UInt64]] = []
    var seen = Set<[UInt64]>()
    func emit(_ folded: [String]) {
      if folded.count == 1, commonWords.contains(folded[0]) { return }
      let keys = folded.compactMap(MatchKey.of)
      if !keys.isEmpty && seen.insert(keys).inserted { results.append(keys) }
    }
    let folded = tokens.map(\.folded)
    emit(folded)
    // Hyphenated parts joined: "ez-zor" → "ezzor", "al-qaim" → "alqaim".
    var joined: [String] = []
    var afterHyphen = false
    for term in folded {
      if term == "-" {
        afterHyphen = !joined.isEmpty
        continue
      }
      if afterHyphen, let last = joined.popLast() {
        joined.append(last + term)
      } else {
        joined.append(term)
      }
      afterHyphen = false
    }
    emit(joined)
    // An Arabic article dropped or glued on: "al qaim" → "qaim", "alqaim".
    let words = folded.filter { $0 != "-" }
    guard arabic else { return results }
    for (position, word) in words.enumerated()
    where articles.contains(word) && position + 1 < words.count {
      var dropped = words
      dropped.remove(at: position)
      emit(dropped)
      var glued = words
      glued[position] = word + words[position + 1]
      glued.remove(at: position + 1)
      emit(glued)
    }
    return results
  }
}
