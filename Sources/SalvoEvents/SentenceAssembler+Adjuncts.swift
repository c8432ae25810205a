import SalvoModel

extension SentenceAssembler {
  /// The subject of an -ing participle that has none of its own, or nil when the frame is
  /// no such participle:
  /// - an armed actor right before it: "militants firing rockets at the base";
  /// - after a comma or "by", when no trigger comes before it in the sentence, the subject of
  ///   the clause before: "Israel has stepped up its campaign in Syria, targeting depots",
  ///   "the Houthis escalated by targeting Tel Aviv".
  ///
  /// Also gives the clause before, whose locative the frame may take.
  func participialAdjunct(_ frame: Frame) -> (subject: Participant, clause: Range<Int>)? {
    guard frame.attacker == nil,
      !frame.triggers.contains(where: { !$0.isNoun && !$0.isBareParticiple }),
      let participle = frame.triggers.first(where: { !$0.isNoun }),
      participle.form == .ing, participle.start > participle.clause.lowerBound
    else { return nil }
    let before = participle.start - 1
    if let item = view.item(at: before), item.end == participle.start,
      let actor = view.participant(item), actor.place == nil, actor.actor.isArmed
    {
      return (actor, participle.start..<participle.start)
    }
    let opensAdjunct =
      view.hasCue(.comma, startsAt: before) || view.hasCue(.agent, startsAt: before)
    guard opensAdjunct,
      !readings.contains(where: { $0.start < participle.start && $0.entry.family != .threat })
    else { return nil }
    let clause = participle.clause.lowerBound..<before
    let subject = view.items(in: clause).lazy.filter { self.view.governor(of: $0.first) == nil }
      .compactMap { self.view.participant($0) }
      .first { !$0.actor.isCommentator }
    return subject.map { ($0, clause) }
  }

  /// The most specific place a locative phrase of the adjunct's main clause names, as the
  /// frame's location: "in Syria" in "Israel has intensified its campaign in Syria, striking
  /// …".
  func readMainClauseLocative(_ frame: inout Frame, in clause: Range<Int>) {
    var places: [(EventPlace, String)] = []
    for item in view.items(in: clause) {
      guard let place = view.place(of: item),
        (view.governor(of: item.first) ?? view.governor(of: view.phraseStart(item.first)))
          == .location
      else { continue }
      places.append(
        (
          Self.eventPlace(place, at: item.mention.range),
          "locative-of-main-clause"
        ))
    }
    Self.locate(&frame, at: places)
  }

  /// The place a "where" clause hangs on, as the location of a frame in that clause that
  /// names none: "the town of Khiam, where an Israeli airstrike killed three people".
  func readPlaceBeforeWhere(_ frame: inout Frame) {
    let clause = frame.head.clause.lowerBound
    guard frame.locations.isEmpty, clause >= 2,
      view.hasCue(.locativeRelative, startsAt: clause),
      view.hasCue(.comma, startsAt: clause - 1),
      let antecedent = view.item(at: clause - 2),
      let place = view.place(of: antecedent)
    else { return }
    let location = Self.eventPlace(place, at: antecedent.mention.range)
    frame.locations.append(location)
    frame.fill("location", location.range, "place-before-where")
  }

  /// Whether a frame is a past participle right after a weapon, alone in its frame: a
  /// reduced relative that describes the weapon of the frame before ("intercepted two
  /// drones launched from Yemen"), with no subject of its own.
  func describesWeaponBefore(_ frame: Frame) -> Bool {
    let head = frame.head
    guard frame.triggers.count == 1, !head.isNoun, head.isBareParticiple, head.form == .past,
      head.start > 0, let item = view.item(at: head.start - 1), item.end == head.start
    else { return false }
    return item.mention.kind == .weapon || item.mention.kind == .quantity
  }
}
