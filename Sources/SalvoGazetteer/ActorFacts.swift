/// What matching weighs of an actor, as plain values: read for every actor candidate
/// without copying its entry's strings.
struct ActorFacts: Sendable, BitwiseCopyable {
  /// Compares with `PlaceFacts.countryCode`: 0 for none, the two bytes of a two-byte
  /// country, else `unmatched`, which no place's country equals.
  var countryCode: UInt16
  /// `type == "state"`.
  var isState: Bool
  /// `type == "nonstate_armed"`.
  var isNonstateArmed: Bool
  /// An outlet, institute or government, which gives way to a place after a locative.
  var isInstitutional: Bool

  static let unmatched: UInt16 = 0xFFFF

  init(_ actor: ActorEntry) {
    let code = PlaceFacts.code(actor.country)
    countryCode = code != 0 || actor.country == nil ? code : Self.unmatched
    isState = actor.type == "state"
    isNonstateArmed = actor.type == "nonstate_armed"
    isInstitutional = Reading.institutional.contains(actor.type)
  }
}
