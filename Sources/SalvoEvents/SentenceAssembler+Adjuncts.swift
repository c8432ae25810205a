import SalvoModel

extension SentenceAssembler {
  /// An -ing participle set off by a comma after a clause that tells no event of its own
  /// ("Israel has stepped up its campaign in Syria, targeting depots near Damascus") says
  /// what that clause's subject did: the subject is its attacker. Returns the subject and
  /// the clause before the comma, or nil when the frame is no such adjunct.
  func participialAdjunct(_ frame: Frame) -> (subject: Participant, clause: Range<Int>)? {
    guard frame.attacker == nil,
      !frame.triggers.contains(where: { !$0.isNoun && !$0.isBareParticiple }),
      let participle = frame.triggers.first(where: { !$0.isNoun }),
      participle.form == .ing, readings.first?.start == participle.start,
      participle.start > participle.clause.lowerBound,
      view.cue(.comma, startsAt: participle.start - 1) != nil
    else { return nil }
    let clause = participle.clause.lowerBound..<(participle.start - 1)
    let subject = view.items(in: clause).lazy.filter { self.view.governor(of: $0.first) == nil }
      .compactMap { self.configuration.participant($0) }
      .first { !$0.actor.isCommentator }
    return subject.map { ($0, clause) }
  }

  /// The most specific place a locative phrase of the adjunct's main clause names, as the
  /// frame's location: "in Syria" in "Israel has intensified its campaign in Syria, striking
  /// …".
  func readMainClauseLocative(_ frame: inout Frame, in clause: Range<Int>) {
    var places: [(EventPlace, String)] = []
    for item in view.items(in: clause) {
      guard case .place(let place) = item.mention.value,
        (view.governor(of: item.first) ?? view.governor(of: view.phraseStart(item.first)))
          == .location
      else { continue }
      places.append(
        (
          EventPlace(
            place: place, precision: Self.precision(place.feature), range: item.mention.range),
          "locative-of-main-clause"
        ))
    }
    for (place, rule) in Self.mostSpecific(places) {
      frame.locations.append(place)
      frame.fill("location", place.range, rule)
    }
  }

  /// The place a "where" clause hangs on, as the location of a frame in that clause that
  /// names none: "the town of Khiam, where an Israeli airstrike killed three people".
  func readPlaceBeforeWhere(_ frame: inout Frame) {
    let clause = frame.head.clause.lowerBound
    guard frame.locations.isEmpty, clause >= 2,
      view.cue(.locativeRelative, startsAt: clause) != nil,
      view.cue(.comma, startsAt: clause - 1) != nil,
      let antecedent = view.item(at: clause - 2),
      case .place(let place) = antecedent.mention.value
    else { return }
    let location = EventPlace(
      place: place, precision: Self.precision(place.feature), range: antecedent.mention.range)
    frame.locations.append(location)
    frame.fill("location", location.range, "place-before-where")
  }
}
