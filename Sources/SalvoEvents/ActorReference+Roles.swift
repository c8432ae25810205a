import SalvoModel

extension ActorReference {
  /// Actor types that take part in fighting: a state, its military or government, an
  /// armed group.
  private static let armedTypes: Set<String> = [
    "nonstate_armed", "state_military", "state", "government",
  ]

  /// Actor types that only report or comment: a statement's source, never a participant.
  private static let commentatorTypes: Set<String> = ["media", "think_tank"]

  /// Whether the actor takes part in fighting.
  var isArmed: Bool { Self.armedTypes.contains(type) }

  /// Whether the actor is a fighting force (a state's military or an armed group), not a
  /// state or government as a whole: "attacks on the government" are often words.
  var isFighting: Bool { type == "state_military" || type == "nonstate_armed" }

  /// Whether the actor only reports or comments (a news outlet, a think tank).
  var isCommentator: Bool { Self.commentatorTypes.contains(type) }
}
