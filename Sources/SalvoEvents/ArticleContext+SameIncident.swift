import SalvoModel

extension ArticleContext {
  /// How many paragraphs back an incident told again can have been told first.
  private static let retellingReach = 3

  /// The date of an earlier incident that an undated one tells again: a report that a
  /// group "targeted the US base in the Koniko gas field" after one that it "targeted a US
  /// military base in Deir Ezzor on July 26". The earlier incident must be dated to the day,
  /// of the same event type, a few paragraphs back at most, in the same province (or at the
  /// same place), against the same country's targets, by the same party when both name one.
  func retoldIncidentDate(of frame: Frame, type: String, view: SentenceView) -> EventDate? {
    guard frame.kind == .incident, let place = frame.locations.first?.place,
      !frame.targets.isEmpty
    else { return nil }
    let block = block(of: view.sentence.range)
    let targetCountries = Set(frame.targets.compactMap(\.actor.country))
    let earlier = events.reversed().first { event in
      guard event.kind == .incident, event.eventType == type, event.date.range != nil,
        event.date.time.precision == .day, let other = event.location?.place,
        let sentence = event.evidence.first,
        (0...Self.retellingReach).contains(block - self.block(of: sentence))
      else { return false }
      let samePlace =
        other.gazetteerID == place.gazetteerID
        || (other.admin1 != nil && other.admin1 == place.admin1)
      let sameTargets = event.hasActor(.target) {
        $0.actor.country.map(targetCountries.contains) ?? false
      }
      guard samePlace, sameTargets else { return false }
      if let one = event.firstActor(.attacker)?.actor, let two = frame.attacker?.actor {
        return Self.sameParty(one, two)
      }
      return true
    }
    return earlier?.date
  }

  /// The earlier incident that a definite weapon tells again: "The drone that hit Tel Aviv
  /// early on Friday flew from Yemen" after "a Houthi drone slammed into a building in Tel
  /// Aviv". The frame names no attacker and its weapon is its verb's definite subject; the
  /// incident, a few paragraphs back at most, fired that class of weapon at the same place
  /// (where both name one), on the same day (where both give one), with no other toll.
  func retoldByWeapon(_ frame: Frame, view: SentenceView) -> Int? {
    guard frame.kind == .incident, frame.attacker == nil, !frame.head.isNoun,
      !frame.head.isPassive, let weapon = frame.weapons.first,
      let item = view.items.first(where: { $0.mention.range == weapon.range }),
      item.end <= frame.head.start,
      view.hasCue(.definite, startsAt: view.phraseStart(item.first)),
      (item.end..<frame.head.start).allSatisfy({
        view.hasCue(.relative, startsAt: $0) || view.hasCue(.comma, startsAt: $0)
      })
    else { return nil }
    let block = block(of: view.sentence.range)
    let place = frame.locations.first?.place
    return events.indices.reversed().first { index in
      let event = events[index]
      guard event.kind == .incident, event.weapons.contains(weapon.weaponClass),
        let sentence = event.evidence.first,
        (0...Self.retellingReach).contains(block - self.block(of: sentence))
      else { return false }
      if let place, let other = event.location?.place, other.gazetteerID != place.gazetteerID {
        return false
      }
      if frame.date.range != nil, event.date.range != nil,
        frame.date.time.start != event.date.time.start
      {
        return false
      }
      return !Self.differ(frame.killed, event.killed) && !Self.differ(frame.injured, event.injured)
    }
  }
}
