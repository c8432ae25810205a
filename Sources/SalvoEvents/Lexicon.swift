/// A class of words the stage reads around triggers (`Gazetteers/events/cues.tsv`).
enum Cue: String, Sendable, CaseIterable {
  case negation, cessation, hypothetical
  case hypotheticalNoun = "hypothetical-noun"
  case locativeRelative = "locative-relative"
  case intention, trend, claim, suspicion, period, boundary, comma, partitive, relative
  case coordination, affiliation, infinitive
  case passive, perfect, agent, target
  case location, origin, instrument, definite, indefinite, anaphor, preposition, fatal, person
  case civilian, report, aircraft, possessive, prevention, causal, materiel, sequence, ordinal,
    reaction, summary
  case spanAfter = "span-after"
  case spanBefore = "span-before"
  case spanLater = "span-later"
  case spanEarlier = "span-earlier"
  case sameDay = "same-day"
  case nextDay = "next-day"
  case laterSameDay = "later-same-day"
  case support, conflict, discharge
  case temporalRelative = "temporal-relative"
  case aspect, predicative, responsibility
  case sameArea = "same-area"
  case response
  case freeRelative = "free-relative"
  case blaze, blame, habit, ground
  case groupAnaphor = "group-anaphor"
  case separate, arson, motive, onset, superlative, among, vessel, also, others, clock
  case simultaneity
  case originArea = "origin-area"
  case war, since, institution
  case placeNoun = "place-noun"
  case prior, revision, appeal, continuation
  case hedgedToll = "hedged-toll"
  case munition, province, settlement

  /// A distinct bit per cue, for sets of cues in one `UInt128`. Inlined: every cue test
  /// of the stage asks for one.
  var bit: UInt128 {
    @inline(__always) get {
      let ordinal: Int
      switch self {
      case .negation: ordinal = 0
      case .cessation: ordinal = 1
      case .hypothetical: ordinal = 2
      case .hypotheticalNoun: ordinal = 3
      case .intention: ordinal = 4
      case .trend: ordinal = 5
      case .claim: ordinal = 6
      case .suspicion: ordinal = 7
      case .period: ordinal = 8
      case .boundary: ordinal = 9
      case .comma: ordinal = 10
      case .partitive: ordinal = 11
      case .relative: ordinal = 12
      case .coordination: ordinal = 13
      case .affiliation: ordinal = 14
      case .infinitive: ordinal = 15
      case .passive: ordinal = 16
      case .perfect: ordinal = 17
      case .agent: ordinal = 18
      case .target: ordinal = 19
      case .location: ordinal = 20
      case .origin: ordinal = 21
      case .instrument: ordinal = 22
      case .definite: ordinal = 23
      case .indefinite: ordinal = 24
      case .anaphor: ordinal = 25
      case .preposition: ordinal = 26
      case .fatal: ordinal = 27
      case .person: ordinal = 28
      case .civilian: ordinal = 29
      case .report: ordinal = 30
      case .aircraft: ordinal = 31
      case .possessive: ordinal = 32
      case .prevention: ordinal = 33
      case .locativeRelative: ordinal = 34
      case .causal: ordinal = 35
      case .materiel: ordinal = 36
      case .sequence: ordinal = 37
      case .ordinal: ordinal = 38
      case .reaction: ordinal = 39
      case .summary: ordinal = 40
      case .spanAfter: ordinal = 41
      case .spanBefore: ordinal = 42
      case .sameDay: ordinal = 43
      case .nextDay: ordinal = 44
      case .laterSameDay: ordinal = 45
      case .support: ordinal = 46
      case .conflict: ordinal = 47
      case .discharge: ordinal = 48
      case .temporalRelative: ordinal = 49
      case .aspect: ordinal = 50
      case .predicative: ordinal = 51
      case .responsibility: ordinal = 52
      case .sameArea: ordinal = 53
      case .response: ordinal = 54
      case .freeRelative: ordinal = 55
      case .blaze: ordinal = 56
      case .blame: ordinal = 57
      case .habit: ordinal = 58
      case .ground: ordinal = 59
      case .groupAnaphor: ordinal = 60
      case .separate: ordinal = 61
      case .arson: ordinal = 62
      case .motive: ordinal = 63
      case .onset: ordinal = 64
      case .superlative: ordinal = 65
      case .among: ordinal = 66
      case .vessel: ordinal = 67
      case .also: ordinal = 68
      case .others: ordinal = 69
      case .spanLater: ordinal = 70
      case .spanEarlier: ordinal = 71
      case .clock: ordinal = 72
      case .simultaneity: ordinal = 73
      case .originArea: ordinal = 74
      case .war: ordinal = 75
      case .since: ordinal = 76
      case .institution: ordinal = 77
      case .placeNoun: ordinal = 78
      case .prior: ordinal = 79
      case .revision: ordinal = 80
      case .appeal: ordinal = 81
      case .continuation: ordinal = 82
      case .hedgedToll: ordinal = 83
      case .munition: ordinal = 84
      case .province: ordinal = 85
      case .settlement: ordinal = 86
      }
      return 1 << UInt128(ordinal)
    }
  }
}

/// A trigger's part of speech.
enum PartOfSpeech: String, Sendable {
  case verb, noun
}

/// What kind of statement a trigger makes.
enum TriggerFamily: String, Sendable {
  case attack, interception, claim, threat
}

/// What a trigger needs to stand as an event (`anchor` in `triggers.tsv`).
enum Anchor: String, Sendable {
  /// Any actor, place, weapon or figure in its frame.
  case participant
  /// A weapon, a figure or an armed actor: the word has everyday senses.
  case armed
  /// A light verb whose event is its object noun ("launched attacks").
  case light
  /// A verb of harm ("killed", "wounded"): it joins the attack its sentence tells.
  case casualty
  /// A weapon in its frame: only what it acts on makes it violent ("set off a car bomb",
  /// not "the convoy set off").
  case weapon
}

/// One row of `triggers.tsv`.
///
/// A class: every trigger reading holds its entry, and readings are copied many times per
/// sentence; a shared immutable instance copies with one reference count, not one per string.
final class TriggerEntry: Sendable {
  let lemma: String
  let pos: PartOfSpeech
  let family: TriggerFamily
  let eventType: String?
  let subEventType: String?
  let anchor: Anchor
  /// `events/triggers.tsv:<line>`.
  let source: String

  init(
    lemma: String, pos: PartOfSpeech, family: TriggerFamily, eventType: String?,
    subEventType: String?, anchor: Anchor, source: String
  ) {
    self.lemma = lemma
    self.pos = pos
    self.family = family
    self.eventType = eventType
    self.subEventType = subEventType
    self.anchor = anchor
    self.source = source
  }
}
