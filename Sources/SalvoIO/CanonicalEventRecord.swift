import SalvoModel

/// The `events.jsonl` record of a canonical, deduplicated event (`salvo.event/1`).
///
/// The contract's fields come first, in SCHEMA.md order; then Salvo's own: `mention_ids`,
/// `conflicts` (the values the sources disagree on, with the one kept), `merge_reasons` (why
/// each mention joined) and `part_of` (aggregates an incident is an instance of). A place's
/// and an actor's `text` is the surface of the first source that gave it; a source's `start`
/// and `end` are the evidence sentence's offsets in its article.
public enum CanonicalEventRecord {
  /// The record of one canonical event.
  public static func json(_ cluster: EventCluster) -> JSONValue {
    let event = cluster.event
    let date = event.date
    return .object([
      ("schema", .string(EventRecord.schema)),
      ("id", .string(cluster.id)),
      ("kind", .string(event.kind.rawValue)),
      ("event_type", .string(event.eventType)),
      ("sub_event_type", .string(event.subEventType)),
      (
        "date",
        .object([
          ("start", .string(date.start?.description)),
          ("end", .string(date.end?.description)),
          ("precision", .string(date.precision.rawValue)),
          ("text", .string(event.dateText)),
          ("year_inferred", .bool(date.yearInferred)),
        ])
      ),
      ("location", place(event.location)),
      ("actors", .array(event.actors.map(actor))),
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
      ("sources", .array(cluster.sources.map(source))),
      ("num_articles", .int(cluster.numArticles)),
      ("num_mentions", .int(cluster.numMentions)),
      ("num_outlets", .int(cluster.numOutlets)),
      ("confidence", .double(cluster.confidence)),
      ("mention_ids", .array(cluster.mentionIDs.map(JSONValue.string))),
      ("conflicts", .array(cluster.conflicts.map(conflict))),
      ("merge_reasons", .array(cluster.mergeReasons.map(mergeReason))),
      ("part_of", .array(cluster.partOf.map(JSONValue.string))),
    ])
  }

  /// The records of canonical events, one line each.
  public static func lines(_ clusters: [EventCluster]) -> [UInt8] {
    var bytes: [UInt8] = []
    for cluster in clusters {
      json(cluster).write(to: &bytes)
      bytes.append(0x0A)
    }
    return bytes
  }

  static func place(_ place: EventReport.Place?) -> JSONValue {
    guard let place else { return .null }
    return .object([
      ("name", .string(place.place.name)),
      ("gazetteer_id", .string(place.place.gazetteerID)),
      ("country", .string(place.place.country)),
      ("admin1", .string(place.place.admin1)),
      ("lat", place.place.latitude.map(JSONValue.double) ?? .null),
      ("lon", place.place.longitude.map(JSONValue.double) ?? .null),
      ("precision", .string(place.precision.rawValue)),
      ("text", .string(place.span?.text)),
    ])
  }

  static func actor(_ actor: EventReport.Actor) -> JSONValue {
    .object([
      ("role", .string(actor.role.rawValue)),
      ("name", .string(actor.actor.name)),
      ("gazetteer_id", .string(actor.actor.gazetteerID)),
      ("type", .string(actor.actor.type)),
      ("country", .string(actor.actor.country)),
      ("text", .string(actor.span?.text)),
    ])
  }

  static func figure(_ figure: EventReport.Figure?, unit: Bool) -> JSONValue {
    guard let figure else { return .null }
    var fields = Array(QuantityRecord.fields(figure.quantity).prefix(4))
    if unit { fields.append(("unit", .string(figure.quantity.unit))) }
    fields.append(("text", .string(figure.text)))
    return .object(fields)
  }

  static func source(_ source: EventCluster.Source) -> JSONValue {
    .object([
      ("article_id", .string(source.articleID)),
      ("outlet", .string(source.outlet)),
      ("url", .string(source.url)),
      ("published", .string(source.published?.description)),
      ("sentence", .string(source.sentence.text)),
      ("start", .int(source.sentence.start)),
      ("end", .int(source.sentence.end)),
      ("mention_id", .string(source.mentionID)),
    ])
  }

  static func conflict(_ conflict: EventCluster.Conflict) -> JSONValue {
    .object([
      ("field", .string(conflict.field)),
      ("chosen", .string(conflict.chosen)),
      (
        "readings",
        .array(
          conflict.readings.map { reading in
            .object([
              ("value", .string(reading.value)),
              ("article_ids", .array(reading.articleIDs.map(JSONValue.string))),
            ])
          })
      ),
    ])
  }

  static func mergeReason(_ reason: EventCluster.MergeReason) -> JSONValue {
    .object([
      ("mention_id", .string(reason.mentionID)),
      ("matched_with", .string(reason.matchedWith)),
      ("reasons", .array(reason.reasons.map(JSONValue.string))),
    ])
  }
}
