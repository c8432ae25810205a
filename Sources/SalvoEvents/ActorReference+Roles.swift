import SalvoModel

extension ActorReference {
  /// Whether the actor takes part in fighting: a state, its military or government, an
  /// armed group. (A switch, not a set: the few short type names compare faster than a
  /// string hashes, and every actor mention of every sentence asks.)
  var isArmed: Bool {
    switch type {
    case "nonstate_armed", "state_military", "state", "government": true
    default: false
    }
  }

  /// Whether the actor is a state, its forces or its government: never what "the group"
  /// refers to.
  var isStateSide: Bool { type == "state" || type == "state_military" || type == "government" }

  /// Whether the actor is a fighting force (a state's military or an armed group), not a
  /// state or government as a whole: "attacks on the government" are often words.
  var isFighting: Bool { type == "state_military" || type == "nonstate_armed" }

  /// Whether the actor is an armed group, the only kind "the group" or "the militia" can
  /// stand for.
  var isArmedGroup: Bool { type == "nonstate_armed" }

  /// Whether the actor only reports or comments (a news outlet, a think tank): a
  /// statement's source, never a participant.
  var isCommentator: Bool { type == "media" || type == "think_tank" }
}
