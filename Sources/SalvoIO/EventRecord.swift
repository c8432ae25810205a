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
    var builder = JSONTreeBuilder()
    emitMention(
      event, document: document, offsets: offsets, mentionID: mentionID, eventID: eventID,
      to: &builder)
    return builder.result
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
    var builder = JSONTreeBuilder()
    emitCanonical(event, document: document, offsets: offsets, id: id, to: &builder)
    return builder.result
  }

  /// Writes the record `canonicalJSON(…)` gives straight to bytes, with no newline.
  ///
  /// - Parameters:
  ///   - event: the event mention.
  ///   - document: its article.
  ///   - offsets: the article's scalar-offset converter.
  ///   - id: the canonical event's id.
  ///   - writer: the writer to append to.
  public static func writeCanonical(
    _ event: Event, document: Document, offsets: ScalarOffsets, id: String,
    to writer: inout JSONWriter
  ) {
    emitCanonical(event, document: document, offsets: offsets, id: id, to: &writer)
  }

  static func emitMention<Sink: JSONSink & ~Copyable>(
    _ event: Event, document: Document, offsets: ScalarOffsets, mentionID: String,
    eventID: String, to sink: inout Sink
  ) {
    mentionHead(mentionID: mentionID, eventID: eventID, to: &sink)
    body(event, text: document.text, offsets: offsets, to: &sink)
    mentionTail(event, document: document, offsets: offsets, to: &sink)
  }

  /// An event mention up to its body: the object's start and its ids.
  private static func mentionHead<Sink: JSONSink & ~Copyable>(
    mentionID: String, eventID: String, to sink: inout Sink
  ) {
    sink.beginObject()
    sink.field("mention_id", mentionID)
    sink.field("event_id", eventID)
  }

  /// An event mention after its body: evidence, confidence, provenance, the object's end.
  private static func mentionTail<Sink: JSONSink & ~Copyable>(
    _ event: Event, document: Document, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    sink.key("evidence")
    sink.beginArray()
    for range in event.evidence { sink.span(offsets.scalarRange(range)) }
    sink.endArray()
    sink.key("confidence")
    sink.double(event.confidence)
    sink.key("provenance")
    sink.beginArray()
    provenance(event, text: document.text, offsets: offsets, to: &sink)
    sink.endArray()
    sink.endObject()
  }

  static func emitCanonical<Sink: JSONSink & ~Copyable>(
    _ event: Event, document: Document, offsets: ScalarOffsets, id: String, to sink: inout Sink
  ) {
    canonicalHead(id: id, to: &sink)
    body(event, text: document.text, offsets: offsets, to: &sink)
    canonicalTail(event, document: document, offsets: offsets, to: &sink)
  }

  /// A canonical event up to its body: the object's start, schema and id.
  private static func canonicalHead<Sink: JSONSink & ~Copyable>(id: String, to sink: inout Sink) {
    sink.beginObject()
    sink.field("schema", schema)
    sink.field("id", id)
  }

  /// A canonical event after its body: sources, counts, confidence, the object's end.
  private static func canonicalTail<Sink: JSONSink & ~Copyable>(
    _ event: Event, document: Document, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    sink.key("sources")
    sink.beginArray()
    for range in event.evidence { source(range, document: document, offsets: offsets, to: &sink) }
    sink.endArray()
    sink.field("num_articles", 1)
    sink.field("num_mentions", 1)
    sink.field("num_outlets", document.outlet == nil ? 0 : 1)
    sink.key("confidence")
    sink.double(event.confidence)
    sink.endObject()
  }

  /// The contract fields shared by event mentions and canonical events, `kind` to
  /// `modality`, plus `launched_from` and `trigger`.
  static func body<Sink: JSONSink & ~Copyable>(
    _ event: Event, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    // Containers are opened and closed in line, not through `object`/`array` closures: a
    // closure that captures the event copies it, retaining every string it holds.
    sink.field("kind", event.kind.rawValue)
    sink.field("event_type", event.eventType)
    sink.field("sub_event_type", event.subEventType)
    sink.key("date")
    sink.beginObject()
    sink.field("start", event.date.time.start?.description)
    sink.field("end", event.date.time.end?.description)
    sink.field("precision", event.date.time.precision.rawValue)
    sink.key("text")
    if let range = event.date.range { sink.string(text, range) } else { sink.null() }
    sink.key("year_inferred")
    sink.bool(event.date.time.yearInferred)
    sink.endObject()
    sink.key("location")
    place(event.location, text: text, offsets: offsets, to: &sink)
    sink.key("actors")
    sink.beginArray()
    // Borrowed through a buffer pointer: iterating the array copied each actor.
    event.actors.withUnsafeBufferPointer { actors in
      for index in actors.indices {
        actor(actors[index], text: text, offsets: offsets, to: &sink)
      }
    }
    sink.endArray()
    sink.key("weapons")
    sink.beginArray()
    for weapon in event.weapons { sink.string(weapon) }
    sink.endArray()
    sink.key("quantity")
    figure(event.count, unit: true, text: text, to: &sink)
    sink.key("fatalities")
    sink.beginObject()
    sink.key("killed")
    figure(event.killed, unit: false, text: text, to: &sink)
    sink.key("injured")
    figure(event.injured, unit: false, text: text, to: &sink)
    sink.endObject()
    sink.field("modality", event.modality.rawValue)
    sink.key("launched_from")
    place(event.origin, text: text, offsets: offsets, to: &sink)
    let trigger = offsets.scalarRange(event.trigger)
    sink.key("trigger")
    sink.beginObject()
    sink.field("text", text, event.trigger)
    sink.field("lemma", event.triggerLemma)
    sink.field("start", trigger.start)
    sink.field("end", trigger.end)
    sink.endObject()
  }

  /// One `actors` item.
  private static func actor<Sink: JSONSink & ~Copyable>(
    _ actor: EventActor, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    sink.beginObject()
    sink.field("role", actor.role.rawValue)
    sink.field("name", actor.actor.name)
    sink.field("gazetteer_id", actor.actor.gazetteerID)
    sink.field("type", actor.actor.type)
    sink.field("country", actor.actor.country)
    surface(actor.range, text: text, offsets: offsets, to: &sink)
    sink.endObject()
  }

  /// The `text`, `start` and `end` members of a span, all null when there is none.
  private static func surface<Sink: JSONSink & ~Copyable>(
    _ range: TextRange?, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    guard let range else {
      sink.key("text")
      sink.null()
      sink.key("start")
      sink.null()
      sink.key("end")
      sink.null()
      return
    }
    let span = offsets.scalarRange(range)
    sink.field("text", text, range)
    sink.field("start", span.start)
    sink.field("end", span.end)
  }

  private static func place<Sink: JSONSink & ~Copyable>(
    _ place: EventPlace?, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    guard let place else { return sink.null() }
    sink.beginObject()
    sink.field("name", place.place.name)
    sink.field("gazetteer_id", place.place.gazetteerID)
    sink.field("country", place.place.country)
    sink.field("admin1", place.place.admin1)
    sink.key("lat")
    sink.double(place.place.latitude)
    sink.key("lon")
    sink.double(place.place.longitude)
    sink.field("precision", place.precision.rawValue)
    surface(place.range, text: text, offsets: offsets, to: &sink)
    sink.endObject()
  }

  private static func figure<Sink: JSONSink & ~Copyable>(
    _ figure: EventFigure?, unit: Bool, text: String, to sink: inout Sink
  ) {
    guard let figure else { return sink.null() }
    sink.beginObject()
    QuantityRecord.emit(figure.quantity, unit: unit, role: false, to: &sink)
    sink.field("text", text, figure.range)
    sink.endObject()
  }

  /// One `sources` item: the article and the evidence sentence's text and offsets.
  static func source<Sink: JSONSink & ~Copyable>(
    _ range: TextRange, document: Document, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    let span = offsets.scalarRange(range)
    sink.beginObject()
    sink.field("article_id", document.id)
    sink.field("outlet", document.outlet)
    sink.field("url", document.url)
    sink.field("published", document.published?.isoDate)
    sink.field("sentence", document.text, range)
    sink.field("start", span.start)
    sink.field("end", span.end)
    sink.endObject()
  }

  /// Which span filled which slot, and by what rule: the items of `provenance`.
  static func provenance<Sink: JSONSink & ~Copyable>(
    _ event: Event, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    for fill in event.fills {
      sink.beginObject()
      sink.field("slot", fill.slot)
      sink.field("rule", fill.rule)
      if let range = fill.range {
        let span = offsets.scalarRange(range)
        sink.field("text", text, range)
        sink.field("start", span.start)
        sink.field("end", span.end)
      }
      sink.endObject()
    }
  }
}
