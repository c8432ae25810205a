import SalvoIO
import SalvoModel

/// What `salvo inspect` shows for one article, and why: its metadata, its text with every
/// mention, event trigger and boilerplate range marked, the mentions with their resolution
/// and provenance, the events with the reason each slot was filled, and the statements the
/// events stage rejected.
///
/// A plain value: building it decides what to show; a renderer (`TerminalRenderer`)
/// decides how. Offsets shown are Unicode-scalar offsets, as in `mentions.jsonl`.
public struct InspectionReport: Sendable, Hashable {
  /// The article's id.
  public var articleID: String
  /// Metadata rows: id, path, title, outlet, url, published, format.
  public var header: [Field]
  /// The article text, cut into runs and the opening and closing of marks.
  public var text: [TextPiece]
  /// Every mention, numbered in text order.
  public var mentions: [MentionEntry]
  /// Every event mention, numbered in text order.
  public var events: [EventEntry]
  /// The statements rejected as non-events.
  public var rejected: [RejectionEntry]

  /// Builds the report of an analyzed article.
  ///
  /// - Parameter article: the article, as `Pipeline` analyzed it.
  public init(article: AnalyzedArticle) {
    let document = article.document
    let offsets = ScalarOffsets(document.text)
    articleID = document.id
    header = Self.header(document)
    text = Self.pieces(text: document.text, spans: Self.spans(article))
    mentions = Self.mentionEntries(article.mentions, text: document.text, offsets: offsets)
    events = article.events.enumerated().map { index, event in
      EventEntry(number: index + 1, event: event, text: document.text)
    }
    rejected = article.rejected.enumerated().map { index, statement in
      RejectionEntry(number: index + 1, statement: statement, text: document.text)
    }
  }

  /// The metadata rows; absent values are `—`.
  static func header(_ document: Document) -> [Field] {
    var fields = [Field(label: "id", value: document.id)]
    if document.path != document.id { fields.append(Field(label: "path", value: document.path)) }
    let published = document.published.map { "\($0) (\($0.source.rawValue))" }
    fields += [
      Field(label: "title", value: document.title ?? Field.absent),
      Field(label: "outlet", value: document.outlet ?? Field.absent),
      Field(label: "url", value: document.url ?? Field.absent),
      Field(label: "published", value: published ?? Field.absent),
      Field(label: "format", value: document.format.rawValue),
    ]
    return fields
  }

  /// The ranges to mark in the text: boilerplate, repeated lines, mentions, event triggers,
  /// rejected triggers and their cues.
  static func spans(_ article: AnalyzedArticle) -> [(range: TextRange, kind: MarkKind)] {
    let document = article.document
    return document.boilerplate.map { ($0, MarkKind.boilerplate) }
      + document.duplicateLines.map { ($0, MarkKind.duplicate) }
      + article.mentions.map { ($0.range, MarkKind($0.kind)) }
      + article.events.map { ($0.trigger, MarkKind.trigger) }
      + article.rejected.map { ($0.trigger, MarkKind.rejected) }
      + article.rejected.compactMap { statement in statement.cue.map { ($0, MarkKind.cue) } }
  }

  /// Numbered mention entries; a mention inside another names the outer one's number.
  static func mentionEntries(_ mentions: [Mention], text: String, offsets: ScalarOffsets)
    -> [MentionEntry]
  {
    mentions.enumerated().map { index, mention in
      let outer = mentions.indices.first { other in
        other != index && mentions[other].range != mention.range
          && mentions[other].range.contains(mention.range)
      }
      let span = offsets.scalarRange(mention.range)
      var provenance = "\(mention.provenance.stage)/\(mention.provenance.rule)"
      if let source = mention.provenance.source { provenance += " · \(source)" }
      return MentionEntry(
        number: index + 1, kind: mention.kind, text: Self.slice(text, mention.range),
        start: span.start, end: span.end, range: mention.range,
        resolution: Self.describe(mention.value), details: Self.details(mention.value),
        provenance: provenance, alternatives: mention.alternatives,
        inside: outer.map { $0 + 1 })
    }
  }
}
