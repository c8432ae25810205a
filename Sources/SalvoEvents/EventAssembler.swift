import SalvoModel

/// The events stage: turns an article's mentions into event mentions.
///
/// Input: a document, its text layer and its gazetteer and figures mentions (text order).
/// Output: `EventFindings`, the events each sentence states and the trigger statements
/// rejected as non-events.
public struct EventAssembler: Sendable {
  /// The lexicons the stage reads.
  public let configuration: EventsConfiguration

  /// Creates an assembler over loaded lexicons.
  public init(configuration: EventsConfiguration) {
    self.configuration = configuration
  }

  /// Assembles the events of one article.
  ///
  /// - Parameters:
  ///   - document: the article.
  ///   - layer: its tokens and sentences.
  ///   - mentions: its mentions, in text order.
  /// - Returns: event mentions and rejected statements, in text order.
  public func assemble(document: Document, layer: TextLayer, mentions: [Mention])
    -> EventFindings
  {
    EventFindings()
  }
}
