import SalvoModel

/// An event being assembled from one sentence: its triggers, the slots read so far and why.
struct Frame: Sendable {
  /// The triggers it gathers, the head (that names the event) first.
  var triggers: [TriggerReading]
  /// The local tokens of its clauses: where the subject is looked for.
  var scope: Range<Int>
  /// The part of the clause it owns: from the previous frame's triggers to the next
  /// frame's. Objects, weapons and figures are read here.
  var own: Range<Int>
  /// Where places, dates and periods are read: `own`, plus the tail a light verb's
  /// coordinated objects share ("launched airstrikes and a raid in Syria").
  var shared: Range<Int>
  var attacker: EventActor?
  /// Parties coordinated with the attacker in its phrase ("The United States and Britain
  /// struck").
  var coAttackers: [EventActor] = []
  /// Who intercepted it, for an interception.
  var interceptor: EventActor?
  var targets: [EventActor] = []
  var sponsors: [EventActor] = []
  /// Places where it happened or landed, each the most specific of its chain.
  var locations: [EventPlace] = []
  var origin: EventPlace?
  var weapons: [(weaponClass: String, subEventType: String?, range: TextRange)] = []
  var count: EventFigure?
  var killed: EventFigure?
  var injured: EventFigure?
  var date: EventDate = .unknown
  var modality: EventModality = .asserted
  var kind: EventKind = .incident
  var rejection: (reason: RejectionReason, cue: TextRange?)?
  /// The statement counts occurrences or spans a period.
  var hasPeriod = false
  /// A sequence word sets it at another time than the dated clause before it ("a week after
  /// a U.S. strike"): the paragraph's date is not its date either.
  var isSequenced = false
  /// Its attacker is no party named before: a negated claim governs it ("No group has
  /// claimed the attack") or its subject is another party ("other factions have fired"), so
  /// nobody is its attacker but who the sentence names.
  var hasUnnamedAttacker = false
  /// The vague event noun folded into it ("condemned the U.S. strikes and said one soldier
  /// was killed"): when definite, the frame tells that event again.
  var foldedNoun: TriggerReading?
  /// The slots (`killed`, `injured`) whose toll counts others than victims told before
  /// ("Six other people were also killed"): a retelling adds it to the toll it retells.
  var tollsOfOthers: Set<String> = []
  /// The tolls ("killed", "injured") told as revised ("the toll rose to 31", "raised the
  /// toll to at least 90 dead"): they replace a toll told before.
  var revisedTolls: Set<String> = []
  var fills: [SlotFill] = []

  /// Whether its kind is an aggregate only because it is an undated plural ("strikes hit
  /// …"): a date or a list of places makes it one occurrence after all.
  var isUndatedPlural: Bool { kindRule == "undated-plural" }

  /// Whether its kind is an aggregate only because it counts occurrences and names no date
  /// ("the group said it had fired 3 artillery barrages"): it may tell one day's incident.
  var isUndatedCount: Bool { date.range == nil && isCountOfOccurrences }

  /// Whether its kind is an aggregate because it counts occurrences ("about 40 attacks on
  /// Iraq and Syria"): one count over its places, not one event per place.
  var isCountOfOccurrences: Bool { kindRule == "count-of-occurrences" }

  /// The rule that decided its kind, if one did.
  private var kindRule: String? { fills.first { $0.slot == "kind" }?.rule }

  init(triggers: [TriggerReading]) {
    self.triggers = triggers
    var lower = triggers.first?.clause.lowerBound ?? 0
    var upper = triggers.first?.clause.upperBound ?? 0
    for trigger in triggers {
      lower = min(lower, trigger.clause.lowerBound)
      upper = max(upper, trigger.clause.upperBound)
    }
    scope = lower..<upper
    own = scope
    shared = scope
    // A frame records a handful of fills (roles, figures, date, kind, modality): room for
    // them at once rather than growth append by append.
    fills.reserveCapacity(8)
  }

  /// Adds a trigger that tells the same occurrence, widening the scope to its clause.
  mutating func join(_ reading: TriggerReading) {
    triggers.append(reading)
    scope = scope.lowerBound..<max(scope.upperBound, reading.clause.upperBound)
  }

  /// The head trigger.
  var head: TriggerReading { triggers[0] }

  /// Records why a slot holds what it holds.
  mutating func fill(_ slot: String, _ range: TextRange?, _ rule: String) {
    fills.append(SlotFill(slot: slot, range: range, rule: rule))
  }

  /// Whether anything ties the trigger to the world: a participant, place, weapon or figure.
  var hasParticipant: Bool {
    attacker != nil || interceptor != nil || !targets.isEmpty || !locations.isEmpty || origin != nil
      || !weapons.isEmpty || count != nil || killed != nil || injured != nil
  }

  /// Whether it names a weapon, a figure, an armed attacker, a military base ("an attack on
  /// the Asad base"), or forces hit at a stated place or time ("an attack on US troops in
  /// Syria on Monday"; undated and unplaced, "attacks on the army" may be words): what a
  /// trigger with an everyday sense needs.
  var isArmed: Bool {
    if !weapons.isEmpty || count != nil || killed != nil || injured != nil { return true }
    // The attacker, else the interceptor, read in place (`??` on the actors would copy one).
    if attacker?.actor.isArmed ?? interceptor?.actor.isArmed ?? false { return true }
    let placed = !locations.isEmpty || date.range != nil
    return locations.contains { $0.place.feature == "base" }
      || (placed && targets.contains { $0.actor.isFighting })
  }
}

extension Frame {
  /// Whether the frame only lays attacks told before on a party ("has blamed the RSF for
  /// the wave of attacks"): it can restate them, never tell one.
  var blamesToldAttack: Bool {
    rejection?.reason == .unanchored
      && fills.contains { $0.slot == "attacker" && $0.rule == "blamed-for" }
  }
}

extension Sequence<SlotFill> {
  /// Whether the date slot was filled by the day of a saying, standing in for the event's.
  var dateIsSaying: Bool {
    contains { $0.slot == "date" && $0.rule == SentenceAssembler.dateOfSaying }
  }
}
