import SalvoModel

extension SentenceAssembler {
  /// ACLED's event type of an interception, verbatim, when its trigger gives none.
  static let interceptionType = "Strategic developments"

  /// ACLED event and sub-event type, with the rule that decided: an interception; an event
  /// noun that names its means ("airstrike", "drone attack"); the first weapon with a
  /// sub-event type; the trigger's own typing; an attack on civilians; else an unspecified
  /// remote attack.
  func acledType(_ frame: Frame) -> (type: String, subType: String?, rule: String) {
    let types = configuration.eventTypes
    if let interception = frame.triggers.first(where: { $0.entry.family == .interception }) {
      let sub = interception.entry.subEventType
      return (
        interception.entry.eventType ?? sub.flatMap { types[$0] } ?? Self.interceptionType,
        sub, "interception-trigger"
      )
    }
    let means = frame.triggers.first { trigger in
      trigger.isNoun && trigger.entry.subEventType != nil
        && view.item(at: trigger.start)?.mention.kind == .weapon
    }
    if let sub = means?.entry.subEventType, let type = types[sub] {
      return (type, sub, "event-noun-names-means")
    }
    if let weapon = frame.weapons.first(where: { $0.subEventType != nil }),
      let sub = weapon.subEventType, let type = types[sub]
    {
      return (type, sub, "weapon-decides")
    }
    let air = "Air/drone strike"
    if view.firstCue(.aircraft, in: frame.scope) != nil,
      frame.triggers.allSatisfy({ $0.entry.subEventType == nil }), let type = types[air]
    {
      // "Israeli warplanes bombed …": the aircraft decide.
      return (type, air, "aircraft-decide")
    }
    let civilians = view.firstCue(.civilian, in: frame.scope) != nil && frame.weapons.isEmpty
    if let typed = frame.triggers.first(where: { $0.entry.subEventType != nil }),
      let sub = typed.entry.subEventType, let type = typed.entry.eventType ?? types[sub]
    {
      // "Gunmen stormed a village and killed 12 civilians": ground violence against
      // civilians is no clash.
      if type == "Battles", civilians, let attack = types["Attack"] {
        return (attack, "Attack", "ground-attack-on-civilians")
      }
      return (type, sub, "trigger-decides")
    }
    if let typed = frame.triggers.first(where: { $0.entry.eventType != nil }),
      let type = typed.entry.eventType
    {
      return (type, nil, "trigger-decides-type")
    }
    if civilians {
      let sub = "Attack"
      return (types[sub] ?? "Violence against civilians", sub, "attack-on-civilians")
    }
    return ("Explosions/Remote violence", nil, "unspecified-remote-attack")
  }
}
