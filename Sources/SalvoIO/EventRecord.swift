import SalvoModel

/// The JSON of events: `salvo.event/1` records in `events.jsonl`, and event mentions in
/// `mentions.jsonl`'s `event_mentions` (SCHEMA.md).
public enum EventRecord {
  /// The schema id written in every canonical event record.
  public static let schema = "salvo.event/1"

  /// One event mention of an article, with its ids: the shape of `event_mentions` items.
  ///
  /// - Parameters:
  ///   - event: the event as the article states it.
  ///   - document: the article.
  ///   - offsets: the article's scalar-offset converter.
  ///   - mentionID: the event mention's id.
  ///   - eventID: the canonical event it was merged into.
  public static func mentionJSON(
    _ event: Event, document: Document, offsets: ScalarOffsets, mentionID: String,
    eventID: String
  ) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("mention_id", .string(mentionID)),
      ("event_id", .string(eventID)),
    ]
    fields += body(event, text: document.text, offsets: offsets)
    let evidence = event.evidence.map { range -> JSONValue in
      let span = offsets.scalarRange(range)
      return .object([("start", .int(span.start)), ("end", .int(span.end))])
    }
    fields.append(("evidence", .array(evidence)))
    fields.append(("confidence", .double(event.confidence)))
    fields.append(("provenance", provenance(event, text: document.text, offsets: offsets)))
    return .object(fields)
  }

  /// A canonical event supported by one article's mention: what `events.jsonl` holds until
  /// deduplication merges mentions across articles.
  ///
  /// - Parameters:
  ///   - event: the event mention.
  ///   - document: its article.
  ///   - offsets: the article's scalar-offset converter.
  ///   - id: the canonical event's id.
  public static func canonicalJSON(
    _ event: Event, document: Document, offsets: ScalarOffsets, id: String
  ) -> JSONValue {
    var fields: [(String, JSONValue)] = [("schema", .string(schema)), ("id", .string(id))]
    fields += body(event, text: document.text, offsets: offsets)
    let sources = event.evidence.map { source($0, document: document, offsets: offsets) }
    fields += [
      ("sources", .array(sources)),
      ("num_articles", .int(1)),
      ("num_mentions", .int(1)),
      ("num_outlets", .int(document.outlet == nil ? 0 : 1)),
      ("confidence", .double(event.confidence)),
    ]
    return .object(fields)
  }

  /// The contract fields shared by event mentions and canonical events, `kind` to
  /// `modality`, plus `launched_from` and `trigger`.
  static func body(_ event: Event, text: String, offsets: ScalarOffsets) -> [(String, JSONValue)] {
    func surface(_ range: TextRange?) -> [(String, JSONValue)] {
      guard let range else { return [("text", .null), ("start", .null), ("end", .null)] }
      let span = offsets.scalarRange(range)
      return [
        ("text", .string(String(text.slice(range)))), ("start", .int(span.start)),
        ("end", .int(span.end)),
      ]
    }
    let date = event.date.time
    let dateFields: [(String, JSONValue)] = [
      ("start", .string(date.start?.description)),
      ("end", .string(date.end?.description)),
      ("precision", .string(date.precision.rawValue)),
      ("text", .string(event.date.range.map { String(text.slice($0)) })),
      ("year_inferred", .bool(date.yearInferred)),
    ]
    func place(_ place: EventPlace?) -> JSONValue {
      guard let place else { return .null }
      return .object(
        [
          ("name", .string(place.place.name)),
          ("gazetteer_id", .string(place.place.gazetteerID)),
          ("country", .string(place.place.country)),
          ("admin1", .string(place.place.admin1)),
          ("lat", place.place.latitude.map(JSONValue.double) ?? .null),
          ("lon", place.place.longitude.map(JSONValue.double) ?? .null),
          ("precision", .string(place.precision.rawValue)),
        ] + surface(place.range))
    }
    let actors = event.actors.map { actor -> JSONValue in
      .object(
        [
          ("role", .string(actor.role.rawValue)),
          ("name", .string(actor.actor.name)),
          ("gazetteer_id", .string(actor.actor.gazetteerID)),
          ("type", .string(actor.actor.type)),
          ("country", .string(actor.actor.country)),
        ] + surface(actor.range))
    }
    func figure(_ figure: EventFigure?, unit: Bool) -> JSONValue {
      guard let figure else { return .null }
      var fields = Array(QuantityRecord.fields(figure.quantity).prefix(4))
      if unit { fields.append(("unit", .string(figure.quantity.unit))) }
      fields.append(("text", .string(String(text.slice(figure.range)))))
      return .object(fields)
    }
    let trigger = offsets.scalarRange(event.trigger)
    return [
      ("kind", .string(event.kind.rawValue)),
      ("event_type", .string(event.eventType)),
      ("sub_event_type", .string(event.subEventType)),
      ("date", .object(dateFields)),
      ("location", place(event.location)),
      ("actors", .array(actors)),
      ("weapons", .array(event.weapons.map(JSONValue.string))),
      ("quantity", figure(event.count, unit: true)),
      (
        "fatalities",
        .object([
          ("killed", figure(event.killed, unit: false)),
          ("injured", figure(event.injured, unit: false)),
        ])
      ),
      ("modality", .string(event.modality.rawValue)),
      ("launched_from", place(event.origin)),
      (
        "trigger",
        .object([
          ("text", .string(String(text.slice(event.trigger)))),
          ("lemma", .string(event.triggerLemma)),
          ("start", .int(trigger.start)),
          ("end", .int(trigger.end)),
        ])
      ),
    ]
  }

  /// One `sources` item: the article and the evidence sentence's text and offsets.
  static func source(_ range: TextRange, document: Document, offsets: ScalarOffsets)
    -> JSONValue
  {
    let span = offsets.scalarRange(range)
    return .object([
      ("article_id", .string(document.id)),
      ("outlet", .string(document.outlet)),
      ("url", .string(document.url)),
      ("published", .string(document.published?.isoDate)),
      ("sentence", .string(String(document.text.slice(range)))),
      ("start", .int(span.start)),
      ("end", .int(span.end)),
    ])
  }

  /// Which span filled which slot, and by what rule.
  static func provenance(_ event: Event, text: String, offsets: ScalarOffsets) -> JSONValue {
    .array(
      event.fills.map { fill in
        var fields: [(String, JSONValue)] = [
          ("slot", .string(fill.slot)), ("rule", .string(fill.rule)),
        ]
        if let range = fill.range {
          let span = offsets.scalarRange(range)
          fields += [
            ("text", .string(String(text.slice(range)))), ("start", .int(span.start)),
            ("end", .int(span.end)),
          ]
        }
        return .object(fields)
      })
  }
}
