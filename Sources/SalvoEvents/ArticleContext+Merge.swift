import SalvoModel

/// Folding what a restatement adds into the event it restates.
extension ArticleContext {
  /// Adds the restatement's sentence to an event as evidence and fills the slots the event
  /// lacked. The event is changed in place (`&events[index]`): a copy taken out of `events`
  /// would make each array it appends to copy on write.
  ///
  /// - Parameters:
  ///   - claimed: the frame was found to claim the event: its claimant, the subject of its
  ///     verb, names who did it.
  static func merge(
    _ frame: Frame, into event: inout Event, sentence: TextRange, claimed: Bool = false
  ) {
    event.addEvidence(sentence)
    // Who did it, named outright: "the attack was carried out by X", "X claimed
    // responsibility for the attack", "the attack by X".
    // So does a party claiming it did it: "the group had targeted the ship, its spokesman
    // said".
    let namedAgent = frame.fills.contains { fill in
      fill.slot == "attacker"
        && (Self.attributions.contains(fill.rule)
          || (claimed && frame.modality == .claimed && fill.rule == "subject-of-active-trigger"))
    }
    if let attacker = frame.attacker,
      Self.attackerFromContext(event)
        || (namedAgent && !event.actors.contains(where: { $0.role == .attacker }))
    {
      // "… a drone attack on the base, adding that the attack was carried out by X": the
      // restatement names who did it; the discourse's topic, if any, was only a guess.
      event.replaceAttacker(with: attacker, sponsors: frame.sponsors, rule: "restatement")
      // (Named only as the party blamed, the attacker is suspected.)
      if frame.modality == .suspected, event.modality == .asserted,
        frame.fills.contains(where: { $0.slot == "attacker" && Self.blames.contains($0.rule) })
      {
        event.modality = .suspected
        event.fills.append(SlotFill(slot: "modality", range: attacker.range, rule: "blamed"))
      }
    }
    mergeToll(frame.killed, into: &event.killed, slot: "killed", of: frame, fills: &event.fills)
    mergeToll(
      frame.injured, into: &event.injured, slot: "injured", of: frame, fills: &event.fills)
    // "Hezbollah fired rockets at Haifa", then "it fired about 30 rockets at a base there".
    if event.count == nil, event.kind == .incident, frame.kind == .incident,
      let count = frame.count
    {
      event.count = count
      event.fills.append(SlotFill(slot: "count", range: count.range, rule: "restatement"))
    }
    if let place = frame.locations.first,
      event.location.map({ Self.refines(place, $0) }) ?? true
    {
      // (A country told first gives way to a place in it: "fired missiles at Israel", then
      // "the attack targeted bases around Tel Aviv".)
      event.location = place
      event.fills.removeAll { $0.slot == "location" }
      event.fills.append(SlotFill(slot: "location", range: place.range, rule: "restatement"))
    }
    // (Or a town within the origin told: "from Lebanon", then "from the area of Shebaa".)
    if let origin = frame.origin, event.origin.map({ Self.refines(origin, $0) }) ?? true {
      event.origin = origin
      event.fills.removeAll { $0.slot == "origin" }
      event.fills.append(SlotFill(slot: "origin", range: origin.range, rule: "restatement"))
    }
    // A day told for the event itself replaces the day it was told on ("…, the navy said on
    // Saturday", then "the tanker was struck on Friday evening") and a span it falls in ("last
    // weekend", then "the Jan. 28 attack"); a toll's day, when it was counted, does not ("the
    // toll rose to 6 on Friday").
    let datesAttack = frame.head.entry.anchor != .casualty
    if frame.date.range != nil,
      event.date.range == nil
        || (datesAttack && event.fills.dateIsSaying && !frame.fills.dateIsSaying
          && frame.date.time.precision == .day)
        || (datesAttack && event.kind == .incident && frame.date.narrows(event.date))
    {
      event.date = frame.date
      event.fills.removeAll { $0.slot == "date" }
      event.fills.append(SlotFill(slot: "date", range: frame.date.range, rule: "restatement"))
    }
    // (The defences that met it are no weapon of it: "the embassy's C-RAM system was
    // activated to counter the attack".)
    for weapon in frame.weapons
    where !event.weapons.contains(weapon.weaponClass)
      && !SentenceAssembler.defenceClasses.contains(weapon.weaponClass)
    {
      event.weapons.append(weapon.weaponClass)
    }
  }

  /// The rules that fill an attacker by naming who did the event (an event noun folded into
  /// its clause names it too: "the U.S. strikes").
  private static let attributions = Set([
    "agent-of-passive", "claimant", "by-phrase-of-event-noun", "attacker-of-vague-event-noun",
  ]).union(blames)

  /// The rules that name an attacker as the party blamed.
  private static let blames: Set<String> = ["blamed-on", "blamed-for"]

  /// Whether a place names a spot within a country an event was only placed in.
  private static func refines(_ place: EventPlace, _ current: EventPlace) -> Bool {
    current.precision == .country && place.precision != .country && place.precision != .region
      && place.place.country != nil && place.place.country == current.place.country
  }

  /// Merges a retelling's toll into the toll told before: it fills a toll not told, replaces
  /// a vague one with a number ("dozens of people wounded", then "a total of 61 people were
  /// hurt") or any one when told as revised ("It later raised the toll to at least 90 dead"),
  /// and adds to it when it counts others.
  private static func mergeToll(
    _ told: EventFigure?, into toll: inout EventFigure?, slot: String, of frame: Frame,
    fills: inout [SlotFill]
  ) {
    guard let told else { return }
    let revised = frame.revisedTolls.contains(slot)
    let others = frame.tollsOfOthers.contains(slot)
    if toll == nil || revised
      || (!others && toll?.quantity.value == nil && told.quantity.value != nil)
    {
      if toll != nil { fills.removeAll { $0.slot == slot } }
      toll = told
      fills.append(
        SlotFill(slot: slot, range: told.range, rule: revised ? "revised-toll" : "restatement"))
    } else if others {
      addOthers(told, to: &toll, slot: slot, fills: &fills)
    }
  }

  /// Adds a retelling's toll of others to the toll told before ("al-Arouri was killed", then
  /// "Six other people were also killed": 7), when both are exact.
  private static func addOthers(
    _ others: EventFigure, to toll: inout EventFigure?, slot: String, fills: inout [SlotFill]
  ) {
    guard var sum = toll, let told = sum.quantity.value, let more = others.quantity.value,
      sum.quantity.qualifier == .exact, others.quantity.qualifier == .exact
    else { return }
    sum.quantity.value = told + more
    toll = sum
    fills.append(SlotFill(slot: slot, range: others.range, rule: "others-added"))
  }
}
