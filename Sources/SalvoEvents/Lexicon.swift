/// A class of words the stage reads around triggers (`Gazetteers/events/cues.tsv`).
enum Cue: String, Sendable, CaseIterable {
  case negation, cessation, hypothetical
  case hypotheticalNoun = "hypothetical-noun"
  case intention, trend, claim, suspicion, period, boundary, comma, partitive, relative
  case coordination, affiliation, infinitive
  case passive, perfect, agent, target
  case location, origin, instrument, definite, indefinite, anaphor, preposition, fatal, person
  case civilian, report, aircraft, possessive
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
}

/// One row of `triggers.tsv`.
struct TriggerEntry: Sendable, Hashable {
  var lemma: String
  var pos: PartOfSpeech
  var family: TriggerFamily
  var eventType: String?
  var subEventType: String?
  var anchor: Anchor
  /// `events/triggers.tsv:<line>`.
  var source: String
}
