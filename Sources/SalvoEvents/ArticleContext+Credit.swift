import SalvoModel

extension ArticleContext {
  /// The incident a party claims in a sentence telling no event of its own ("JNIM, al
  /// Qaeda's affiliate in the Sahel, claimed responsibility."): the incident told last, in
  /// this paragraph or the one before, when it has no attacker or only a class of unnamed
  /// groups ("militants") or one taken from the discourse.
  func claimedIncident(in view: SentenceView) -> Int? {
    guard let index = lastToldIncident(in: view) else { return nil }
    if let attacker = events[index].firstActor(.attacker),
      !configuration.isGeneric(attacker.actor), !Self.attackerFromContext(events[index])
    {
      return nil
    }
    return index
  }

  /// Makes the claimant of `event` its attacker (with the claimant's sponsor), the claim's
  /// sentence one more of its evidence.
  static func credit(
    _ claimant: Participant, with event: inout Event, sentence: TextRange,
    configuration: EventsConfiguration
  ) {
    event.addEvidence(sentence)
    event.actors.removeAll { $0.role == .attacker || $0.role == .sponsor }
    event.actors.insert(
      EventActor(role: .attacker, actor: claimant.actor, range: claimant.range), at: 0)
    event.fills.removeAll { $0.slot == "attacker" || $0.slot == "sponsor" }
    event.fills.append(
      SlotFill(slot: "attacker", range: claimant.range, rule: "claimant-of-responsibility"))
    if let state = configuration.sponsorState(of: claimant.actor) {
      event.actors.append(EventActor(role: .sponsor, actor: state, range: nil))
      event.fills.append(
        SlotFill(slot: "sponsor", range: claimant.range, rule: "sponsor-of-attacker"))
    }
  }
}
