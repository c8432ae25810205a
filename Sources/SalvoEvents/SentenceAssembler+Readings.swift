import SalvoModel

/// Which trigger readings a sentence keeps, and as what: the filters `init` runs over the
/// view's readings before grouping.
extension SentenceAssembler {
  /// A past form right after a noun and before a preposition, with no auxiliary, in a
  /// clause whose verb came before, is a participle describing that noun, not an
  /// occurrence: "Israeli jets carried out strikes on Homs, the latest blow in a shadow war
  /// fought across the region".
  static func modifiesPlainNoun(
    _ reading: TriggerReading, after readings: [TriggerReading], view: SentenceView
  ) -> Bool {
    guard !reading.isNoun, reading.form == .past, !reading.isPassive, !reading.isPerfect,
      reading.start > 0, reading.end < view.tokens.count,
      [Cue.preposition, .location, .target, .origin, .agent].contains(where: {
        view.hasCue($0, startsAt: reading.end)
      })
    else { return false }
    let before = reading.start - 1
    let cues: [Cue] = [
      .anaphor, .relative, .coordination, .boundary, .negation, .hypothetical, .infinitive,
      .definite, .indefinite, .preposition, .period, .claim, .report,
    ]
    let verbBefore = readings.contains { other in
      !other.isNoun && !other.isBareParticiple && other.clause == reading.clause
        && other.end < reading.start
        && !(other.end..<reading.start).contains { view.hasCue(.coordination, startsAt: $0) }
    }
    let nounBefore =
      view.item(at: before) == nil
      && (!view.isTrigger(before) || readings.contains { $0.isNoun && $0.end == reading.start })
    return verbBefore && view.tokens[before].kind == .word && nounBefore
      && cues.allSatisfy { !view.hasCue($0, endsAt: reading.start) }
  }

  /// A trigger word inside an actor's name is part of the name: "United Kingdom Maritime
  /// Trade Operations", "Special Operations Command"; so is one inside a weapon's name that
  /// goes on after it: "one-way attack drones" (but "drone strikes" names the means of the
  /// strikes).
  static func insideName(_ reading: TriggerReading, view: SentenceView) -> Bool {
    (reading.start..<reading.end).contains { index in
      guard let item = view.item(at: index) else { return false }
      return item.mention.kind == .actor || (item.mention.kind == .weapon && item.end > reading.end)
    }
  }

  /// A past form after a weapon that no other verb follows in its clause and that takes a
  /// direct object is the clause's verb, not a reduced relative: "a Houthi ballistic missile
  /// struck a tanker", "Israeli artillery shelled the outskirts" (but "rockets fired at
  /// Metula hit a house").
  static func mainVerbs(_ readings: [TriggerReading], view: SentenceView)
    -> [TriggerReading]
  {
    var result = readings
    for (index, reading) in readings.enumerated() {
      if let relative = countedWeaponParticiple(index, readings, view: view) {
        result[index] = relative
        continue
      }
      guard reading.isBareParticiple, reading.form == .past, reading.end < view.tokens.count
      else { continue }
      // ", killing two": an -ing adjunct is no verb the participle could be the subject of;
      // nor is a reduced relative ("a missile fired by the Houthis", "drones launched from
      // Yemen"). A verb after ", and" starts a clause of its own ("two drones targeted the
      // base, and a rocket attack hit the Harir base").
      let laterVerb = readings[(index + 1)...].contains { later in
        !later.isNoun && later.clause == reading.clause
          && !view.coordinatesClauses(in: reading.end..<later.start)
          && !(later.isBareParticiple && later.form == .ing)
          && !(later.isBareParticiple && later.form == .past
            && [Cue.agent, .origin].contains { view.hasCue($0, startsAt: later.end) })
      }
      let object =
        view.hasCue(.definite, startsAt: reading.end)
        || view.hasCue(.indefinite, startsAt: reading.end)
        || (view.item(at: reading.end).map { $0.mention.kind != .date } ?? false)
      guard !laterVerb, object else { continue }
      result[index].isBareParticiple = false
    }
    return result
  }

  /// A verb of firing whose direct object is an air-defence weapon intercepts: "U.S. Navy
  /// destroyers fired about a dozen interceptors at the incoming missiles", "the battery
  /// launched two Patriot missiles". It reads as the lexicon's `intercept` verb. (Striking
  /// an air-defence system is an attack on it.)
  static func firingDefences(
    _ readings: [TriggerReading], view: SentenceView, intercept: TriggerEntry?
  ) -> [TriggerReading] {
    guard let intercept else { return readings }
    var result = readings
    for (index, reading) in readings.enumerated()
    where reading.entry.family == .attack && !reading.isNoun && !reading.isPassive
      && view.hasCue(.discharge, startsAt: reading.start)
    {
      // The object: the first mention after the verb that is not its count, with at most
      // a determiner or two other words before it and no preposition.
      guard
        let object = view.items(in: reading.end..<reading.clause.upperBound).first(where: {
          $0.mention.kind != .quantity
        }),
        (reading.end..<object.first).count(where: { view.item(at: $0) == nil }) <= 2,
        !(reading.end..<object.first).contains(where: {
          view.item(at: $0) == nil && view.hasCue(.preposition, startsAt: $0)
        }),
        case .weapon(let weapon) = view.value(of: object),
        defenceClasses.contains(weapon.weaponClass)
      else { continue }
      result[index].entry = intercept
    }
    for (index, reading) in result.enumerated()
    where reading.entry.lemma == "destroy" && !reading.isNoun && destroysInFlight(reading, view) {
      result[index].entry = intercept
    }
    return result
  }

  /// Whether a verb of destroying takes weapons in flight as its object: "said it had
  /// destroyed 25 Ukrainian drones", "destroyed two ballistic missiles over the Red Sea".
  /// Drones, missiles, rockets and projectiles destroyed are stopped, not struck (a drone
  /// factory or rocket launchers are materiel and no weapon).
  private static func destroysInFlight(_ verb: TriggerReading, _ view: SentenceView) -> Bool {
    let object =
      verb.isPassive ? verb.clause.lowerBound..<verb.start : verb.end..<verb.clause.upperBound
    for item in view.items(in: object) {
      switch view.value(of: item) {
      case .quantity, .demonym: continue
      case .weapon(let weapon):
        guard !view.hasCue(.materiel, startsAt: item.end) else { return false }
        return (["air", "missile"].contains(weapon.family) && weapon.weaponClass != "airstrike")
          || ["rocket", "projectile"].contains(weapon.weaponClass)
      default: return false
      }
    }
    return false
  }

  /// The phrases after a responsibility cue: up to the end of the first participant the
  /// phrase aims at ("responsible for rocket fire on northern Israel"), else of the first
  /// weapon or event word after the cue, within eight tokens.
  static func descriptions(in view: SentenceView, governors: [Cue?]) -> [Range<Int>] {
    view.cueMatches.compactMap { cue -> Range<Int>? in
      guard cue.cue == .responsibility else { return nil }
      let window = cue.end..<min(view.tokens.count, cue.end + 8)
      let aimed = view.items.indices.first { position in
        window.contains(view.items[position].first) && governors[position] == .target
      }
      if let aimed { return cue.start..<view.items[aimed].end }
      let means = view.items(in: window).first { $0.mention.kind == .weapon }?.end
      let word = view.triggers.first { window.contains($0.start) }?.end
      guard let end = [means, word].compactMap({ $0 }).min() else { return nil }
      return cue.start..<end
    }
  }

  /// Whether a local token lies in a description (`descriptions`).
  func isDescribed(_ index: Int) -> Bool {
    descriptions.contains { $0.contains(index) }
  }

  /// The weapon class of interceptors and air-defence systems (`weapons.tsv`).
  static let airDefenceClass = "air defense"
  /// The weapon classes fired to stop missiles, drones and aircraft (`weapons.tsv`).
  static let defenceClasses: Set<String> = [airDefenceClass, "surface-to-air missile"]

  /// A past form right after a count of weapons, before a preposition and another verb of
  /// its clause, is a reduced relative: "Two drones launched from Syria struck a building".
  private static func countedWeaponParticiple(
    _ index: Int, _ readings: [TriggerReading], view: SentenceView
  ) -> TriggerReading? {
    let reading = readings[index]
    guard !reading.isNoun, !reading.isBareParticiple, !reading.isPassive, !reading.isPerfect,
      reading.form == .past, reading.start > 0, reading.end < view.tokens.count,
      let count = view.item(at: reading.start - 1), count.mention.kind == .quantity,
      view.items.contains(where: {
        $0.mention.kind == .weapon && $0.first >= count.first && $0.end == reading.start
      }),
      [Cue.origin, .agent, .target, .location].contains(where: {
        view.hasCue($0, startsAt: reading.end)
      }),
      readings[(index + 1)...].contains(where: { !$0.isNoun && $0.clause == reading.clause })
    else { return nil }
    var relative = reading
    relative.isBareParticiple = true
    return relative
  }

  /// Drops a verb-only word in its -s form that stands in a verb's object with nothing
  /// coordinating it: a noun there ("struck Hezbollah targets in Baalbek").
  static func droppingObjectNouns(_ readings: [TriggerReading], view: SentenceView)
    -> [TriggerReading]
  {
    var kept: [TriggerReading] = []
    kept.reserveCapacity(readings.count)
    for index in readings.indices where keepsReading(index, readings, view: view) {
      kept.append(readings[index])
    }
    return kept
  }

  /// Whether `droppingObjectNouns` keeps the reading at `index`.
  private static func keepsReading(
    _ index: Int, _ readings: [TriggerReading], view: SentenceView
  ) -> Bool {
    let reading = readings[index]
    guard !reading.isNoun, reading.form == .present, index > 0,
      !view.readings(of: reading.match).contains(where: { $0.pos == .noun })
    else { return true }
    // "strikes on Houthi targets in Yemen": a preposition governs it.
    var at = reading.start
    for _ in 0..<3 where at > 0 {
      if [Cue.preposition, .target, .location].contains(where: { view.hasCue($0, endsAt: at) }
      ) {
        return false
      }
      guard view.tokens[at - 1].kind == .word || view.item(at: at - 1) != nil else { break }
      at = view.item(at: at - 1)?.first ?? at - 1
    }
    let before = readings[index - 1]
    guard !before.isNoun, before.clause == reading.clause, before.end < reading.start else {
      return true
    }
    let between = before.end..<reading.start
    let joined = between.contains { position in
      view.hasCue(.coordination, startsAt: position)
        || view.hasCue(.comma, startsAt: position)
        || view.tokens[position].kind == .punctuation
        || view.hasCue(.relative, startsAt: position)
    }
    return joined
  }
}
