import SalvoModel

extension Event {
  /// The first actor in `role`: `actors(role).first` without building the filtered array,
  /// for the loops over an article's events.
  func firstActor(_ role: EventRole) -> EventActor? {
    actors.first { $0.role == role }
  }

  /// Whether an actor in `role` satisfies `predicate`: `actors(role).contains(where:)`
  /// without building the filtered array.
  func hasActor(_ role: EventRole, where predicate: (EventActor) -> Bool) -> Bool {
    actors.contains { $0.role == role && predicate($0) }
  }

  /// Where the latest sentence that told it starts: the later, the more recently told.
  var lastTold: Int { evidence.reduce(0) { max($0, $1.utf8Start) } }

  /// Makes `attacker` the event's attacker, first among its actors, with `sponsors` in place
  /// of the attacker and sponsors it had; `rule` says why.
  mutating func replaceAttacker(with attacker: EventActor, sponsors: [EventActor], rule: String) {
    actors.removeAll { $0.role == .attacker || $0.role == .sponsor }
    actors.insert(attacker, at: 0)
    actors += sponsors
    fills.removeAll { $0.slot == "attacker" || $0.slot == "sponsor" }
    fills.append(SlotFill(slot: "attacker", range: attacker.range, rule: rule))
  }

  /// Adds a sentence that tells the event again to its evidence, once.
  mutating func addEvidence(_ sentence: TextRange) {
    if !evidence.contains(sentence) { evidence.append(sentence) }
  }
}
