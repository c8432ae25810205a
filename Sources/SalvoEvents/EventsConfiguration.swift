import Foundation
import SalvoModel

/// The events stage's lexicons, loaded once from `Gazetteers/events/`: trigger words with
/// their ACLED typing (`triggers.tsv`), the cue words read around them (`cues.tsv`), the spans
/// of days before sequence words (`day-spans.tsv`), ACLED's sub-event → event type table
/// (`acled-types.tsv`) and the demonyms that name armed groups (`armed-demonyms.tsv`).
///
/// A class, like `Gazetteer`: copies of a large struct of collections through async frames
/// crashed at run time (a Swift 6.0 miscompile), and one immutable shared instance is what
/// every document needs anyway.
public final class EventsConfiguration: Sendable {
  let triggers: PhraseTable<TriggerEntry>
  let cues: PhraseTable<Cue>
  /// The spans of days phrases measure before a sequence word ("two days after").
  let daySpans: PhraseTable<DaySpan>
  /// ACLED event type of each sub-event type the stage may assign.
  let eventTypes: [String: String]
  /// The state actor of each country, by ISO 3166-1 alpha-2: what a country or demonym
  /// names when it acts ("Israel struck", "Israeli jets").
  let states: [String: ActorReference]
  /// Lemmas of the event nouns: a count of these counts occurrences ("40 attacks").
  let eventNouns: Set<String>
  /// The party each outlet belongs to, by id ("actor:al-masirah" → "actor:houthis").
  let outletOwners: [String: String]
  /// The gazetteer rows that stand for a class of unnamed groups ("Iran-backed militias"),
  /// besides the `generic:` ids.
  let genericActors: Set<String>
  /// The attacker a demonym names, by country, where it names the country's armed groups
  /// rather than its state (`armed-demonyms.tsv`): "Iraqi attacks" are the militias'.
  let armedDemonyms: [String: ActorReference]
  /// The reading of an attack verb that fires air defences ("fired interceptors"): the
  /// lexicon's `intercept` verb.
  let interceptVerb: TriggerEntry?

  private init(
    triggers: PhraseTable<TriggerEntry>, cues: PhraseTable<Cue>, daySpans: PhraseTable<DaySpan>,
    eventTypes: [String: String],
    states: [String: ActorReference], eventNouns: Set<String>, outletOwners: [String: String],
    genericActors: Set<String>, armedDemonyms: [String: ActorReference],
    interceptVerb: TriggerEntry?
  ) {
    self.genericActors = genericActors
    self.armedDemonyms = armedDemonyms
    self.interceptVerb = interceptVerb
    self.triggers = triggers
    self.cues = cues
    self.daySpans = daySpans
    self.eventTypes = eventTypes
    self.states = states
    self.eventNouns = eventNouns
    self.outletOwners = outletOwners
  }

  /// Loads the lexicons.
  ///
  /// - Parameters:
  ///   - directory: the `Gazetteers/events` folder.
  ///   - fold: splits a form into the folded terms the text layer would give it.
  ///   - states: the state actor of each country code.
  ///   - outletOwners: the party each media outlet belongs to, by id.
  ///   - genericActors: the gazetteer rows that stand for a class of unnamed groups.
  /// - Throws: `LexiconFileError` naming `file:line:column` for a missing or malformed file
  ///   or an unknown value; the error `fold` throws.
  public static func load(
    from directory: URL, fold: (String) throws -> [String], states: [String: ActorReference],
    outletOwners: [String: String] = [:], genericActors: Set<String> = []
  ) throws -> EventsConfiguration {
    var triggers = PhraseTable<TriggerEntry>()
    var eventTypes: [String: String] = [:]
    var eventNouns: Set<String> = []
    var interceptVerb: TriggerEntry?
    let triggerFile = try read(directory, "triggers.tsv", ["lemma", "forms", "pos", "family"])
    for row in triggerFile.rows {
      let entry = TriggerEntry(
        lemma: try value(row, "lemma", triggerFile, { $0 }),
        pos: try value(row, "pos", triggerFile, PartOfSpeech.init(rawValue:)),
        family: try value(row, "family", triggerFile, TriggerFamily.init(rawValue:)),
        eventType: row["event_type"], subEventType: row["sub_event_type"],
        anchor: try row["anchor"].map { _ in
          try value(row, "anchor", triggerFile, Anchor.init(rawValue:))
        } ?? .participant,
        source: "events/triggers.tsv:\(row.line)")
      if entry.pos == .noun { eventNouns.insert(entry.lemma) }
      if entry.lemma == "intercept", entry.pos == .verb { interceptVerb = entry }
      for form in row.list("forms") { triggers.insert(try fold(form), entry) }
    }
    var cues = PhraseTable<Cue>()
    let cueFile = try read(directory, "cues.tsv", ["cue", "forms"])
    for row in cueFile.rows {
      let cue = try value(row, "cue", cueFile, Cue.init(rawValue:))
      for form in row.list("forms") { cues.insert(try fold(form), cue) }
    }
    var daySpans = PhraseTable<DaySpan>()
    let spanFile = try read(directory, "day-spans.tsv", ["days", "slack", "forms"])
    for row in spanFile.rows {
      let span = DaySpan(
        days: try value(row, "days", spanFile, { Int($0) }),
        slack: try value(row, "slack", spanFile, { Int($0) }))
      for form in row.list("forms") { daySpans.insert(try fold(form), span) }
    }
    let typeFile = try read(directory, "acled-types.tsv", ["sub_event_type", "event_type"])
    for row in typeFile.rows {
      eventTypes[try value(row, "sub_event_type", typeFile, { $0 })] = try value(
        row, "event_type", typeFile, { $0 })
    }
    var armedDemonyms: [String: ActorReference] = [:]
    let demonymFile = try read(directory, "armed-demonyms.tsv", ["country"])
    for row in demonymFile.rows {
      let state = try value(row, "country", demonymFile, { states[$0] })
      armedDemonyms[state.country ?? ""] = ActorReference(
        gazetteerID: "generic:militia", name: "armed groups (\(state.name))",
        type: "nonstate_armed", country: state.country)
    }
    return EventsConfiguration(
      triggers: triggers, cues: cues, daySpans: daySpans, eventTypes: eventTypes, states: states,
      eventNouns: eventNouns, outletOwners: outletOwners, genericActors: genericActors,
      armedDemonyms: armedDemonyms,
      interceptVerb: interceptVerb)
  }

  private static func read(_ directory: URL, _ name: String, _ required: [String]) throws
    -> LexiconFile
  {
    let url = directory.appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw LexiconFileError(
        file: "events/\(name)", line: 0, column: 0, message: "missing or unreadable file")
    }
    return try LexiconFile(text: text, name: "events/\(name)", required: required)
  }

  private static func value<T>(
    _ row: LexiconFile.Row, _ column: String, _ file: LexiconFile, _ parse: (String) -> T?
  ) throws -> T {
    guard let raw = row[column], let parsed = parse(raw) else {
      throw LexiconFileError(
        file: file.name, line: row.line, column: 1,
        message: "bad or missing '\(column)': \(row[column] ?? "empty")")
    }
    return parsed
  }
}

extension EventsConfiguration {
  /// Whether an actor stands for a class of unnamed groups ("militias", "the Iran-aligned
  /// group"), not one named party.
  func isGeneric(_ actor: ActorReference) -> Bool {
    actor.gazetteerID.hasPrefix("generic:") || genericActors.contains(actor.gazetteerID)
  }

  /// The state that sponsors an actor ("state:IR" for an Iran-backed group), if any.
  func sponsorState(of actor: ActorReference) -> ActorReference? {
    guard let sponsor = actor.sponsor, let country = sponsor.split(separator: ":").last else {
      return nil
    }
    return states[String(country)]
  }
}
