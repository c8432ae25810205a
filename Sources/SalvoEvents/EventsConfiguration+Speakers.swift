import SalvoModel

extension EventsConfiguration {
  /// The party a speaker item names: an actor, or the state a demonym stands for ("Iranian
  /// state media").
  func speaker(_ item: Item, in view: SentenceView) -> ActorReference? {
    switch view.value(of: item) {
    case .actor(let actor): actor
    case .demonym(let country?): states[country]
    default: nil
    }
  }

  /// Whether `speaker` speaks for `attacker`: the same party, an outlet it runs ("Al
  /// Masirah" for the Houthis), or for a state's forces that state, its government, its
  /// military or its media ("Iranian state media said the Revolutionary Guards struck",
  /// "the Pentagon said U.S. forces struck").
  func speaks(_ speaker: ActorReference, for attacker: ActorReference) -> Bool {
    let stateLike = ["state", "state_military", "government"]
    return speaker.gazetteerID == attacker.gazetteerID
      || (speaker.isCommentator && outletOwners[speaker.gazetteerID] == attacker.gazetteerID)
      || (stateLike.contains(attacker.type) && speaker.country != nil
        && speaker.country == attacker.country
        && (stateLike.contains(speaker.type) || speaker.isCommentator))
  }
}

extension SentenceView {
  /// A trailing attribution after `position`: a comma, then a speaker and a verb of saying
  /// (", the group's spokesman said"), or the verb and then the speaker (", said the group").
  /// Returns the verb and the tokens that name the speaker.
  func trailingAttribution(after position: Int) -> (report: CueMatch, speaker: Range<Int>)? {
    let end = tokens.count
    guard let comma = firstCue(.comma, in: position..<end),
      let report = firstCue(.report, in: comma.end..<end),
      report.start - comma.end <= 6
    else { return nil }
    // Nothing but the attribution and its complements may follow ("in a statement").
    if lastCue(.comma, in: comma.end..<report.start) != nil { return nil }
    if report.start == comma.end {
      return (report, report.end..<min(end, report.end + 6))
    }
    return (report, comma.end..<report.start)
  }
}
