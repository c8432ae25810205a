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
}
