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

  /// Adds a sentence that tells the event again to its evidence, once.
  mutating func addEvidence(_ sentence: TextRange) {
    if !evidence.contains(sentence) { evidence.append(sentence) }
  }
}
