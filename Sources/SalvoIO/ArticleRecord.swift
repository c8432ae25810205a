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
    let offsets = offsets ?? ScalarOffsets(document.text)
    func span(_ range: TextRange) -> JSONValue {
      let scalar = offsets.scalarRange(range)
      return .object([("start", .int(scalar.start)), ("end", .int(scalar.end))])
    }
    return .object([
      ("schema", .string(schema)),
      ("article_id", .string(document.id)),
      ("path", .string(document.path)),
      ("format", .string(document.format.rawValue)),
      ("title", .string(document.title)),
      ("outlet", .string(document.outlet)),
      ("url", .string(document.url)),
      ("published", .string(document.published?.isoDate)),
      ("content_hash", .string(document.contentHash)),
      ("duplicate_of", .string(duplicateOf)),
      ("headline", document.headline.map(span) ?? .null),
      ("boilerplate", .array(document.boilerplate.map(span))),
      ("duplicate_lines", .array(document.duplicateLines.map(span))),
      ("sentences", .array(layer.sentences.map { span($0.range) })),
      (
        "mentions",
        .array(mentions.map { MentionRecord.json($0, text: document.text, offsets: offsets) })
      ),
      ("event_mentions", .array(eventMentions(events, eventIDs, document, offsets))),
      ("rejected_statements", .array(rejected.map { rejection($0, document.text, offsets) })),
      ("warnings", .array(document.diagnostics.map(warning))),
    ])
  }

  static func eventMentions(
    _ events: [Event], _ eventIDs: [String]?, _ document: Document, _ offsets: ScalarOffsets
  ) -> [JSONValue] {
    events.enumerated().map { index, event in
      let mentionID = StableID.eventMention(event, in: document)
      let eventID = eventIDs?[index] ?? StableID.singletonEvent(mentionID: mentionID)
      return EventRecord.mentionJSON(
        event, document: document, offsets: offsets, mentionID: mentionID, eventID: eventID)
    }
  }

  /// A rejected statement: the trigger, why, and the cue that decided.
  static func rejection(_ statement: RejectedStatement, _ text: String, _ offsets: ScalarOffsets)
    -> JSONValue
  {
    let trigger = offsets.scalarRange(statement.trigger)
    let sentence = offsets.scalarRange(statement.sentence)
    return .object([
      ("trigger", .string(String(text.slice(statement.trigger)))),
      ("start", .int(trigger.start)),
      ("end", .int(trigger.end)),
      ("reason", .string(statement.reason.rawValue)),
      ("cue", .string(statement.cue.map { String(text.slice($0)) })),
      ("sentence", .object([("start", .int(sentence.start)), ("end", .int(sentence.end))])),
    ])
  }

  /// A diagnostic as a warning object.
  public static func warning(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("code", .string(diagnostic.code.rawValue)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("byte_offset", .int(diagnostic.byteOffset)),
    ])
  }
}
