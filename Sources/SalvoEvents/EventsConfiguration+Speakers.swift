import SalvoModel

extension EventsConfiguration {
  /// The party a speaker item names: an actor, or the state a demonym stands for ("Iranian
  /// state media"); a place names no speaker.
  func speaker(_ item: Item, in view: SentenceView) -> ActorReference? {
    item.mention.kind == .place ? nil : view.participant(item)?.actor
  }

  /// Whether `speaker` speaks for `attacker`: the same party, an outlet it runs ("Al
  /// Masirah" for the Houthis), or for a state's forces that state, its government, its
  /// military or its media ("Iranian state media said the Revolutionary Guards struck",
  /// "the Pentagon said U.S. forces struck").
  func speaks(_ speaker: ActorReference, for attacker: ActorReference) -> Bool {
    speaker.gazetteerID == attacker.gazetteerID
      || (speaker.isCommentator && outletOwners[speaker.gazetteerID] == attacker.gazetteerID)
      || (attacker.isStateSide && speaker.country != nil && speaker.country == attacker.country
        && (speaker.isStateSide || speaker.isCommentator))
  }
}
