import SalvoModel

extension InspectionReport {
  /// A labelled value: a header row, or a slot of an event.
  public struct Field: Sendable, Hashable {
    /// What is shown for an absent value.
    public static let absent = "—"

    /// The label (`title`, `location`).
    public var label: String
    /// The value as shown.
    public var value: String
    /// The UTF-8 range of the span the value came from, when one did.
    public var range: TextRange?

    /// Creates a field.
    public init(label: String, value: String, range: TextRange? = nil) {
      self.label = label
      self.value = value
      self.range = range
    }
  }

  /// One mention in the numbered list.
  public struct MentionEntry: Sendable, Hashable {
    /// Its number, from 1, in text order.
    public var number: Int
    /// Its kind.
    public var kind: MentionKind
    /// Its surface text.
    public var text: String
    /// Its Unicode-scalar start offset, as in `mentions.jsonl`.
    public var start: Int
    /// Its Unicode-scalar end offset (exclusive).
    public var end: Int
    /// Its UTF-8 range in the text, the key of its mark.
    public var range: TextRange
    /// What it resolved to: gazetteer id, name, country and feature or type; value,
    /// qualifier, unit and role; start, end and precision.
    public var resolution: String
    /// The resolution field by field (`gazetteer id`, `coordinates`, `qualifier`, …).
    public var details: [Field]
    /// The stage and rule that produced it, and the data entry (`file:line`) when one did.
    public var provenance: String
    /// The readings that lost, best first.
    public var alternatives: [String]
    /// The number of the mention that contains it ("ballistic missiles" inside "180
    /// ballistic missiles"), when one does.
    public var inside: Int?
  }

  /// Why one slot of an event holds what it holds.
  public struct Fill: Sendable, Hashable {
    /// The slot (`attacker`, `location`).
    public var slot: String
    /// The text of the span that filled it, when one did.
    public var text: String?
    /// The UTF-8 range of that span.
    public var range: TextRange?
    /// The rule that decided.
    public var rule: String
  }

  /// One event mention: its slots, evidence and the reasons for each fill.
  public struct EventEntry: Sendable, Hashable {
    /// Its number, from 1, in text order.
    public var number: Int
    /// The slots, in a fixed order: kind, type, sub-type, trigger, date, location, origin,
    /// actors (one row each), weapons, count, killed, injured, modality, confidence.
    public var fields: [Field]
    /// The evidence sentences, the stating one first.
    public var evidence: [String]
    /// Their UTF-8 ranges, in the same order.
    public var evidenceRanges: [TextRange]
    /// How each slot was filled.
    public var fills: [Fill]
    /// The UTF-8 range of the trigger.
    public var trigger: TextRange

    /// Describes an event of an article whose text is `text`.
    init(number: Int, event: Event, text: String) {
      self.number = number
      trigger = event.trigger
      func quoted(_ range: TextRange?) -> String {
        range.map { " \"\(InspectionReport.slice(text, $0))\"" } ?? ""
      }
      func place(_ place: EventPlace?) -> String {
        guard let place else { return Field.absent }
        return "\(InspectionReport.describe(place.place)) · precision \(place.precision.rawValue)"
          + quoted(place.range)
      }
      func figure(_ figure: EventFigure?) -> String {
        guard let figure else { return Field.absent }
        return InspectionReport.describe(figure.quantity) + quoted(figure.range)
      }
      var fields = [
        Field(label: "kind", value: event.kind.rawValue),
        Field(label: "type", value: event.eventType),
        Field(label: "sub-type", value: event.subEventType ?? Field.absent),
        Field(
          label: "trigger",
          value: "\"\(InspectionReport.slice(text, event.trigger))\" (\(event.triggerLemma))",
          range: event.trigger),
        Field(
          label: "date",
          value: InspectionReport.describe(event.date.time) + quoted(event.date.range),
          range: event.date.range),
        Field(label: "location", value: place(event.location), range: event.location?.range),
        Field(label: "origin", value: place(event.origin), range: event.origin?.range),
      ]
      if event.actors.isEmpty { fields.append(Field(label: "actors", value: Field.absent)) }
      for actor in event.actors {
        let named = actor.range == nil ? " (inferred)" : quoted(actor.range)
        fields.append(
          Field(
            label: "actors",
            value: "\(actor.role.rawValue): \(InspectionReport.describe(actor.actor))" + named,
            range: actor.range))
      }
      fields += [
        Field(
          label: "weapons",
          value: event.weapons.isEmpty ? Field.absent : event.weapons.joined(separator: ", ")),
        Field(label: "count", value: figure(event.count), range: event.count?.range),
        Field(label: "killed", value: figure(event.killed), range: event.killed?.range),
        Field(label: "injured", value: figure(event.injured), range: event.injured?.range),
        Field(label: "modality", value: event.modality.rawValue),
        Field(label: "confidence", value: InspectionReport.confidence(event.confidence)),
      ]
      self.fields = fields
      evidence = event.evidence.map { InspectionReport.slice(text, $0) }
      evidenceRanges = event.evidence
      fills = event.fills.map { fill in
        Fill(
          slot: fill.slot, text: fill.range.map { InspectionReport.slice(text, $0) },
          range: fill.range, rule: fill.rule)
      }
    }
  }

  /// One statement the events stage rejected.
  public struct RejectionEntry: Sendable, Hashable {
    /// Its number, from 1, in text order.
    public var number: Int
    /// Why it is not an event (`negated`, `threat`, `hypothetical`, `generic`,
    /// `unanchored`).
    public var reason: RejectionReason
    /// The trigger's text.
    public var trigger: String
    /// The cue's text, when a cue decided.
    public var cue: String?
    /// The sentence's text.
    public var sentence: String
    /// The UTF-8 range of the trigger.
    public var triggerRange: TextRange
    /// The UTF-8 range of the cue.
    public var cueRange: TextRange?

    /// Describes a rejected statement of an article whose text is `text`.
    init(number: Int, statement: RejectedStatement, text: String) {
      self.number = number
      reason = statement.reason
      trigger = InspectionReport.slice(text, statement.trigger)
      cue = statement.cue.map { InspectionReport.slice(text, $0) }
      sentence = InspectionReport.slice(text, statement.sentence)
      triggerRange = statement.trigger
      cueRange = statement.cue
    }
  }
}
