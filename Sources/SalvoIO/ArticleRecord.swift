import SalvoModel

/// The `mentions.jsonl` record of one article (`salvo.article/1`).
public enum ArticleRecord {
  /// The schema id written in every record.
  public static let schema = "salvo.article/1"

  /// The record of a document and its text layer, offsets converted to Unicode scalars.
  ///
  /// - Parameters:
  ///   - document: the ingested article.
  ///   - layer: its text layer.
  ///   - mentions: its mentions, in text order.
  ///   - events: its event mentions, in text order.
  ///   - eventIDs: the canonical event id of each event mention; by default each mention
  ///     forms its own event.
  ///   - rejected: trigger statements the events stage rejected as non-events.
  ///   - duplicateOf: the article id it duplicates, when deduplication found one.
  ///   - offsets: the document's scalar-offset converter, when the caller already built it.
  public static func json(
    document: Document, layer: TextLayer, mentions: [Mention], events: [Event] = [],
    eventIDs: [String]? = nil, rejected: [RejectedStatement] = [], duplicateOf: String? = nil,
    offsets: ScalarOffsets? = nil
  ) -> JSONValue {
    var builder = JSONTreeBuilder()
    emit(
      document: document, layer: layer, mentions: mentions, events: events, eventIDs: eventIDs,
      rejected: rejected, duplicateOf: duplicateOf,
      offsets: offsets ?? ScalarOffsets(document.text), to: &builder)
    return builder.result
  }

  /// Writes the record straight to bytes: the same JSON as `json(…)`, with no newline.
  ///
  /// - Parameters:
  ///   - document: the ingested article.
  ///   - layer: its text layer.
  ///   - mentions: its mentions, in text order.
  ///   - events: its event mentions, in text order.
  ///   - eventIDs: the canonical event id of each event mention; by default each mention
  ///     forms its own event.
  ///   - rejected: trigger statements the events stage rejected as non-events.
  ///   - duplicateOf: the article id it duplicates, when deduplication found one.
  ///   - offsets: the document's scalar-offset converter.
  ///   - mentionIDs: each event mention's `StableID.eventMention`, when already computed.
  ///   - writer: the writer to append to.
  public static func write(
    document: Document, layer: TextLayer, mentions: [Mention], events: [Event] = [],
    eventIDs: [String]? = nil, rejected: [RejectedStatement] = [], duplicateOf: String? = nil,
    offsets: ScalarOffsets, mentionIDs: [String]? = nil, to writer: inout JSONWriter
  ) {
    head(
      document: document, layer: layer, mentions: mentions, duplicateOf: duplicateOf,
      offsets: offsets, to: &writer)
    writer.key("event_mentions")
    writer.beginArray()
    events.withUnsafeBufferPointer { events in
      for index in events.indices {
        let (mentionID, eventID) = ids(
          of: events[index], at: index, document: document, mentionIDs: mentionIDs,
          eventIDs: eventIDs)
        EventRecord.emitMention(
          events[index], document: document, offsets: offsets, mentionID: mentionID,
          eventID: eventID, to: &writer)
      }
    }
    writer.endArray()
    tail(document: document, rejected: rejected, offsets: offsets, to: &writer)
  }

  static func emit<Sink: JSONSink & ~Copyable>(
    document: Document, layer: TextLayer, mentions: [Mention], events: [Event],
    eventIDs: [String]?, rejected: [RejectedStatement], duplicateOf: String?,
    offsets: ScalarOffsets, mentionIDs: [String]? = nil, to sink: inout Sink
  ) {
    head(
      document: document, layer: layer, mentions: mentions, duplicateOf: duplicateOf,
      offsets: offsets, to: &sink)
    sink.key("event_mentions")
    sink.beginArray()
    for (index, event) in events.enumerated() {
      let (mentionID, eventID) = ids(
        of: event, at: index, document: document, mentionIDs: mentionIDs, eventIDs: eventIDs)
      EventRecord.emitMention(
        event, document: document, offsets: offsets, mentionID: mentionID, eventID: eventID,
        to: &sink)
    }
    sink.endArray()
    tail(document: document, rejected: rejected, offsets: offsets, to: &sink)
  }

  /// An event mention's id and its canonical event's: given, or derived.
  private static func ids(
    of event: Event, at index: Int, document: Document, mentionIDs: [String]?,
    eventIDs: [String]?
  ) -> (mention: String, event: String) {
    let mentionID = mentionIDs?[index] ?? StableID.eventMention(event, in: document)
    return (mentionID, eventIDs?[index] ?? StableID.singletonEvent(mentionID: mentionID))
  }

  /// The record up to its event mentions: metadata, furniture, sentences, mentions.
  private static func head<Sink: JSONSink & ~Copyable>(
    document: Document, layer: TextLayer, mentions: [Mention], duplicateOf: String?,
    offsets: ScalarOffsets, to sink: inout Sink
  ) {
    let text = document.text
    sink.beginObject()
    sink.field("schema", schema)
    sink.field("article_id", document.id)
    sink.field("path", document.path)
    sink.field("format", document.format.rawValue)
    sink.field("title", document.title)
    sink.field("outlet", document.outlet)
    sink.field("url", document.url)
    sink.field("published", document.published?.isoDate)
    sink.field("content_hash", document.contentHash)
    sink.field("duplicate_of", duplicateOf)
    sink.key("headline")
    if let headline = document.headline {
      sink.span(offsets.scalarRange(headline))
    } else {
      sink.null()
    }
    // Containers are opened and closed in line, not through `array` closures: a closure
    // that captures the document copies it.
    spans("boilerplate", document.boilerplate, offsets, to: &sink)
    spans("duplicate_lines", document.duplicateLines, offsets, to: &sink)
    sink.key("sentences")
    sink.beginArray()
    for sentence in layer.sentences { sink.span(offsets.scalarRange(sentence.range)) }
    sink.endArray()
    sink.key("mentions")
    sink.beginArray()
    // Borrowed through a buffer pointer: iterating the array copied each mention, retaining
    // all its strings.
    mentions.withUnsafeBufferPointer { mentions in
      for index in mentions.indices {
        MentionRecord.emit(mentions[index], text: text, offsets: offsets, to: &sink)
      }
    }
    sink.endArray()
  }

  /// An array member of spans.
  private static func spans<Sink: JSONSink & ~Copyable>(
    _ name: StaticString, _ ranges: [TextRange], _ offsets: ScalarOffsets, to sink: inout Sink
  ) {
    sink.key(name)
    sink.beginArray()
    for range in ranges { sink.span(offsets.scalarRange(range)) }
    sink.endArray()
  }

  /// The record after its event mentions: rejected statements, warnings, the object's end.
  private static func tail<Sink: JSONSink & ~Copyable>(
    document: Document, rejected: [RejectedStatement], offsets: ScalarOffsets,
    to sink: inout Sink
  ) {
    sink.key("rejected_statements")
    sink.beginArray()
    for statement in rejected { rejection(statement, document.text, offsets, to: &sink) }
    sink.endArray()
    sink.key("warnings")
    sink.beginArray()
    for diagnostic in document.diagnostics { warning(diagnostic, to: &sink) }
    sink.endArray()
    sink.endObject()
  }

  /// A rejected statement: the trigger, why, and the cue that decided.
  static func rejection<Sink: JSONSink & ~Copyable>(
    _ statement: RejectedStatement, _ text: String, _ offsets: ScalarOffsets, to sink: inout Sink
  ) {
    let trigger = offsets.scalarRange(statement.trigger)
    sink.beginObject()
    sink.field("trigger", text, statement.trigger)
    sink.field("start", trigger.start)
    sink.field("end", trigger.end)
    sink.field("reason", statement.reason.rawValue)
    sink.key("cue")
    if let cue = statement.cue { sink.string(text, cue) } else { sink.null() }
    sink.key("sentence")
    sink.span(offsets.scalarRange(statement.sentence))
    sink.endObject()
  }

  /// A diagnostic as a warning object.
  public static func warning(_ diagnostic: Diagnostic) -> JSONValue {
    var builder = JSONTreeBuilder()
    warning(diagnostic, to: &builder)
    return builder.result
  }

  static func warning<Sink: JSONSink & ~Copyable>(_ diagnostic: Diagnostic, to sink: inout Sink) {
    sink.beginObject()
    sink.field("code", diagnostic.code.rawValue)
    sink.field("severity", diagnostic.severity.rawValue)
    sink.field("message", diagnostic.message)
    sink.field("byte_offset", diagnostic.byteOffset)
    sink.endObject()
  }
}
