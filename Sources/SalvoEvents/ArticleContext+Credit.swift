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
    let sponsor = configuration.sponsorState(of: claimant.actor)
    event.replaceAttacker(
      with: EventActor(role: .attacker, actor: claimant.actor, range: claimant.range),
      sponsors: sponsor.map { [EventActor(role: .sponsor, actor: $0, range: nil)] } ?? [],
      rule: "claimant-of-responsibility")
    if sponsor != nil {
      event.fills.append(
        SlotFill(slot: "sponsor", range: claimant.range, rule: "sponsor-of-attacker"))
    }
  }
}
