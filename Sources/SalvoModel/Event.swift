/// Whether an event is one occurrence or a count of occurrences over a period.
public enum EventKind: String, Sendable, Hashable, CaseIterable {
  /// One occurrence: "an Israeli strike on the consulate in Damascus".
  case incident
  /// A counted or periodic statement: "about 40 attacks in the past two and a half weeks".
  case aggregate
}

/// How the article stands behind an event.
public enum EventModality: String, Sendable, Hashable, CaseIterable {
  /// The article states it.
  case asserted
  /// A party claims it, or the party's media report it.
  case claimed
  /// The article reports a belief or suspicion ("widely believed to be").
  case suspected
}

/// The part an actor plays in an event.
public enum EventRole: String, Sendable, Hashable, CaseIterable {
  /// Who carried it out.
  case attacker
  /// Whom or what it was aimed at.
  case target
  /// Who was harmed without being the intended target.
  case victim
  /// Who backs the attacker ("Iran-backed").
  case sponsor
  /// Who intercepted it.
  case interceptor
}

/// How specific an event's location is.
public enum LocationPrecision: String, Sendable, Hashable, CaseIterable {
  /// A base, field, building or district.
  case site
  /// A populated place.
  case city
  /// A first-level administrative unit.
  case admin1
  /// A country.
  case country
  /// A sea, strait or region ("southern Lebanon", "the Red Sea").
  case region
}

/// An actor in an event, with its role and the span that named it.
public struct EventActor: Sendable, Hashable {
  /// The actor's role.
  public var role: EventRole
  /// The actor as resolved by the gazetteer (a state for a country named as an actor).
  public var actor: ActorReference
  /// The span that named it, when the text did (nil when inferred from a link).
  public var range: TextRange?

  /// Creates an event actor.
  public init(role: EventRole, actor: ActorReference, range: TextRange?) {
    self.role = role
    self.actor = actor
    self.range = range
  }
}

/// Where an event happened or where it was launched from.
public struct EventPlace: Sendable, Hashable {
  /// The resolved place.
  public var place: PlaceReference
  /// How specific it is.
  public var precision: LocationPrecision
  /// The span that named it.
  public var range: TextRange

  /// Creates an event place.
  public init(place: PlaceReference, precision: LocationPrecision, range: TextRange) {
    self.place = place
    self.precision = precision
    self.range = range
  }
}

/// A count or casualty figure of an event, with the span it was read from.
public struct EventFigure: Sendable, Hashable {
  /// The figure.
  public var quantity: Quantity
  /// Its span in the text.
  public var range: TextRange

  /// Creates an event figure.
  public init(quantity: Quantity, range: TextRange) {
    self.quantity = quantity
    self.range = range
  }
}

/// When an event happened, and the expression (if any) that said so.
public struct EventDate: Sendable, Hashable {
  /// The resolved span of days (unresolved dates have nil bounds and `unknown` precision).
  public var time: TimeExpression
  /// The date expression's span, when the text gave one.
  public var range: TextRange?

  /// Creates an event date.
  public init(time: TimeExpression, range: TextRange?) {
    self.time = time
    self.range = range
  }

  /// A date the text does not give.
  public static let unknown = EventDate(
    time: TimeExpression(start: nil, end: nil, precision: .unknown, yearInferred: false),
    range: nil)
}

/// Why a slot of an event holds what it holds: the slot, the span that filled it and the
/// rule that decided.
public struct SlotFill: Sendable, Hashable {
  /// The slot (`attacker`, `target`, `location`, `origin`, `weapon`, `count`, `killed`,
  /// `injured`, `date`, `kind`, `modality`, `type`).
  public var slot: String
  /// The span that filled it, when one did.
  public var range: TextRange?
  /// The rule that decided (`subject-of-active-trigger`, `object-after-at`).
  public var rule: String

  /// Creates a slot fill.
  public init(slot: String, range: TextRange?, rule: String) {
    self.slot = slot
    self.range = range
    self.rule = rule
  }
}

/// An event as one article states it: an event mention, before cross-article merging.
public struct Event: Sendable, Hashable {
  /// Incident or aggregate.
  public var kind: EventKind
  /// ACLED's event type, verbatim.
  public var eventType: String
  /// ACLED's sub-event type, verbatim, when the text decides one.
  public var subEventType: String?
  /// When it happened.
  public var date: EventDate
  /// Where it happened or landed: the most specific place given.
  public var location: EventPlace?
  /// Where it was launched from ("from Iraq").
  public var origin: EventPlace?
  /// The actors with their roles, attacker first.
  public var actors: [EventActor]
  /// Normalized weapon classes, in text order without repeats.
  public var weapons: [String]
  /// The count the event reports ("about 40 attacks").
  public var count: EventFigure?
  /// People killed.
  public var killed: EventFigure?
  /// People injured.
  public var injured: EventFigure?
  /// Asserted, claimed or suspected.
  public var modality: EventModality
  /// The trigger word or phrase.
  public var trigger: TextRange
  /// The trigger's lemma (`strike`, `launch`).
  public var triggerLemma: String
  /// The evidence sentences, first the one that states it.
  public var evidence: [TextRange]
  /// How each slot was filled.
  public var fills: [SlotFill]
  /// How sure the stage is, 0 to 1.
  public var confidence: Double

  /// Creates an event.
  public init(
    kind: EventKind, eventType: String, subEventType: String?, date: EventDate,
    location: EventPlace?, origin: EventPlace?, actors: [EventActor], weapons: [String],
    count: EventFigure?, killed: EventFigure?, injured: EventFigure?, modality: EventModality,
    trigger: TextRange, triggerLemma: String, evidence: [TextRange], fills: [SlotFill],
    confidence: Double
  ) {
    self.kind = kind
    self.eventType = eventType
    self.subEventType = subEventType
    self.date = date
    self.location = location
    self.origin = origin
    self.actors = actors
    self.weapons = weapons
    self.count = count
    self.killed = killed
    self.injured = injured
    self.modality = modality
    self.trigger = trigger
    self.triggerLemma = triggerLemma
    self.evidence = evidence
    self.fills = fills
    self.confidence = confidence
  }

  /// The actors playing `role`.
  public func actors(_ role: EventRole) -> [EventActor] { actors.filter { $0.role == role } }
}

/// Why a statement with an event trigger is not an event.
public enum RejectionReason: String, Sendable, Hashable, CaseIterable {
  /// "has not launched", "refrained from".
  case negated
  /// "vowed to retaliate", "threatened".
  case threat
  /// "might consider striking", "if", "potential targets".
  case hypothetical
  /// A trend or habit with no occurrence ("attacks have declined").
  case generic
  /// A trigger with no participant, place, weapon or figure to tie it to.
  case unanchored
}

/// A statement the events stage rejected, with the cue that decided.
public struct RejectedStatement: Sendable, Hashable {
  /// The trigger.
  public var trigger: TextRange
  /// The sentence it is in.
  public var sentence: TextRange
  /// Why it is not an event.
  public var reason: RejectionReason
  /// The cue that decided ("not", "vowed"), when one did.
  public var cue: TextRange?

  /// Creates a rejected statement.
  public init(
    trigger: TextRange, sentence: TextRange, reason: RejectionReason, cue: TextRange?
  ) {
    self.trigger = trigger
    self.sentence = sentence
    self.reason = reason
    self.cue = cue
  }
}
