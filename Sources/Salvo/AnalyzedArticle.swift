import SalvoIO
import SalvoModel

/// One article after the per-document stages: ingest, the text layer, the gazetteer,
/// figures and events.
public struct AnalyzedArticle: Sendable {
  /// The ingested document.
  public var document: Document
  /// Its tokens and sentences.
  public var layer: TextLayer
  /// Places, actors, demonyms, weapons, quantities and dates, in text order.
  public var mentions: [Mention]
  /// Event mentions, in text order.
  public var events: [Event]
  /// Statements with an event trigger that are not events, with why.
  public var rejected: [RejectedStatement]

  /// Creates an analyzed article.
  public init(
    document: Document, layer: TextLayer, mentions: [Mention] = [], events: [Event] = [],
    rejected: [RejectedStatement] = []
  ) {
    self.document = document
    self.layer = layer
    self.mentions = mentions
    self.events = events
    self.rejected = rejected
  }
}

extension AnalyzedArticle {
  /// The article's output: its `mentions.jsonl` line and its `events.jsonl` lines, each
  /// ending in a newline, with the scalar offsets converted once.
  public func outputLines() -> (mentions: [UInt8], events: [UInt8]) {
    let offsets = ScalarOffsets(document.text)
    return (mentionsLine(offsets: offsets), canonicalEventLines(offsets: offsets))
  }

  /// The article's `mentions.jsonl` line, ending in a newline, with each event mention's
  /// `event_id` its singleton event's (deduplication rewrites it) and `duplicate_of` null.
  public func mentionsLine(offsets: ScalarOffsets) -> [UInt8] {
    let ids = singletonIDs()
    var line = mentionsWriter()
    ArticleRecord.write(
      document: document, layer: layer, mentions: mentions, events: events,
      eventIDs: ids.events, rejected: rejected, offsets: offsets, mentionIDs: ids.mentions,
      to: &line)
    line.newline()
    return line.bytes
  }

  /// Each event's mention id and the id of the canonical event it forms on its own.
  private func singletonIDs() -> (mentions: [String], events: [String]) {
    let mentionIDs = StableID.eventMentions(events, in: document)
    return (mentionIDs, mentionIDs.map(StableID.singletonEvent(mentionID:)))
  }

  /// A writer for the mentions line, which runs to about fifteen times the article's text.
  private func mentionsWriter() -> JSONWriter {
    JSONWriter(capacity: document.text.utf8.count * 16 + 4096)
  }

  /// The article's `events.jsonl` lines (`salvo.event/1`), each ending in a newline.
  ///
  /// Until deduplication merges them across articles, each event mention is its own
  /// canonical event, with an id derived from the mention's.
  ///
  /// - Parameter offsets: the document's scalar-offset converter, when already built.
  public func canonicalEventLines(offsets: ScalarOffsets? = nil) -> [UInt8] {
    let ids = events.map {
      StableID.singletonEvent(mentionID: StableID.eventMention($0, in: document))
    }
    return canonicalEventLines(offsets: offsets ?? ScalarOffsets(document.text), ids: ids)
  }

  /// The `events.jsonl` lines, given each event's canonical id.
  private func canonicalEventLines(offsets: ScalarOffsets, ids: [String]) -> [UInt8] {
    var lines = JSONWriter(capacity: events.count * 1536 + 256)
    // Borrowed through a buffer pointer: iterating the array copied each event.
    events.withUnsafeBufferPointer { events in
      for (index, id) in ids.enumerated() {
        EventRecord.writeCanonical(
          events[index], document: document, offsets: offsets, id: id, to: &lines)
        lines.newline()
      }
    }
    return lines.bytes
  }
}
