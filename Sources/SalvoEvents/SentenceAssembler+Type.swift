import SalvoModel

extension SentenceAssembler {
  /// ACLED's event type of an interception, verbatim, when its trigger gives none.
  static let interceptionType = "Strategic developments"

  /// ACLED's sub-event type of a bomber who dies in the blast.
  static let suicideBomb = "Suicide bomb"

  /// ACLED's sub-event type of fighting between armed sides.
  static let armedClash = "Armed clash"

  /// ACLED event and sub-event type, with the rule that decided: an interception; an event
  /// noun that names its means ("airstrike", "drone attack"); the first weapon with a
  /// sub-event type; the trigger's own typing; arson, an attack on civilians unless armed
  /// men are its victims; violence on the ground (gunmen, shootings), a clash or an attack
  /// on civilians by its victims; an attack on civilians; else an unspecified remote attack.
  /// A clash whose victims are named civilians is an attack on them.
  func acledType(_ frame: Frame) -> (type: String, subType: String?, rule: String) {
    let types = configuration.eventTypes
    if let interception = frame.triggers.first(where: { $0.entry.family == .interception }) {
      let sub = interception.entry.subEventType
      if interception.entry.eventType == nil, sub == nil {
        // "Troops repelled an attack on a military base": an assault beaten back on the
        // ground is a clash; "air defences repelled a drone attack" is a disrupted launch.
        let clash = Self.armedClash
        if frame.weapons.allSatisfy({ $0.subEventType == clash }), let type = types[clash] {
          return (type, clash, "repelled-ground-assault")
        }
        let disrupted = "Disrupted weapons use"
        return (types[disrupted] ?? Self.interceptionType, disrupted, "repelled-launch")
      }
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
    // (Not when a fighting force is among its targets: "clashed with Israeli troops near the
    // border village of Kfar Kila".)
    let civilianNamed = namesCivilians(frame) && !frame.targets.contains { $0.actor.isFighting }
    let air = "Air/drone strike"
    if let weapon = frame.weapons.first(where: { $0.subEventType != nil }),
      let sub = weapon.subEventType, let type = types[sub]
    {
      // "Israeli warplanes fired several missiles at …": what aircraft fire is an air
      // strike.
      if sub == "Shelling/artillery/missile attack", !frame.head.isPassive,
        frame.scope.lowerBound < frame.head.start,
        view.firstCue(.aircraft, in: frame.scope.lowerBound..<frame.head.start) != nil,
        let airType = types[air]
      {
        return (airType, air, "aircraft-fire-it")
      }
      // "Gunfire killed two farmers": small arms on civilians are an attack on them.
      if type == "Battles", civilianNamed, let attack = types["Attack"] {
        return (attack, "Attack", "ground-attack-on-civilians")
      }
      return (type, sub, "weapon-decides")
    }
    if view.firstCue(.aircraft, in: frame.scope) != nil,
      frame.triggers.allSatisfy({ $0.entry.subEventType == nil }), let type = types[air]
    {
      // "Israeli warplanes bombed …": the aircraft decide.
      return (type, air, "aircraft-decide")
    }
    let civilians = civilianNamed && frame.weapons.isEmpty
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
    if frame.weapons.isEmpty, view.firstCue(.arson, in: frame.scope) != nil,
      victimsAreArmed(frame) != true, let attack = types["Attack"]
    {
      // "Settlers set fire to cars and homes": burning property on the ground.
      return (attack, "Attack", "arson-on-civilians")
    }
    if frame.weapons.isEmpty, view.firstCue(.ground, in: frame.scope) != nil {
      // "A gunman killed two Israelis", "gunmen shot dead three soldiers": no weapon and no
      // remote trigger, so the victims decide.
      if victimsAreArmed(frame) == false, let attack = types["Attack"] {
        return (attack, "Attack", "ground-attack-on-civilians")
      }
      let clash = Self.armedClash
      return (types[clash] ?? "Battles", clash, "ground-clash")
    }
    if civilians {
      let sub = "Attack"
      return (types[sub] ?? "Violence against civilians", sub, "attack-on-civilians")
    }
    return ("Explosions/Remote violence", nil, "unspecified-remote-attack")
  }

  /// Whether the violence fell on armed men: true when a fighting force is among its
  /// targets or named in its own part of the clause ("killing seven soldiers"); false when
  /// civilians are named, or people were killed or hurt with no force named ("killed two
  /// Israelis", "killing 20 people"); nil when the clause does not tell.
  /// Whether the frame tells of civilians: in its scope, or in the phrase that says who its
  /// dead or wounded were ("At least 70 people, including 10 women and three infants, were
  /// killed when gang members stormed the town").
  private func namesCivilians(_ frame: Frame) -> Bool {
    view.firstCue(.civilian, in: frame.scope) != nil || namesCivilians(among: frame.killed)
      || namesCivilians(among: frame.injured)
  }

  /// Whether the phrase that says who a toll's dead or wounded were names civilians.
  private func namesCivilians(among toll: EventFigure?) -> Bool {
    guard let toll, let victims = view.victimsPhrase(after: toll.range) else { return false }
    return view.firstCue(.civilian, in: victims) != nil
  }

  func victimsAreArmed(_ frame: Frame) -> Bool? {
    if frame.targets.contains(where: { $0.actor.isFighting }) { return true }
    if namesCivilians(frame) { return false }
    // The victims' side of the trigger: its objects, or a passive's subject.
    let head = frame.head
    let side = head.isPassive ? frame.own.lowerBound..<head.start : head.end..<frame.own.upperBound
    let attacker = frame.attacker?.range
    for item in view.items where item.mention.kind == .actor && side.contains(item.first) {
      guard item.mention.range != attacker,
        case .actor(let actor) = view.value(of: item), actor.isFighting
      else { continue }
      return true
    }
    return frame.killed != nil || frame.injured != nil ? false : nil
  }
}
