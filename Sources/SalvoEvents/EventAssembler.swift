import SalvoModel

/// The events stage: turns an article's mentions into event mentions.
///
/// Input: a document, its text layer and its gazetteer and figures mentions (text order).
/// Output: `EventFindings`, the events each sentence states and the trigger statements
/// rejected as non-events. Headlines are read for nothing: they restate the body.
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
    var context = ArticleContext(document: document, configuration: configuration)
    var rejected: [RejectedStatement] = []
    var view = SentenceView(
      layer: layer, text: document.text, mentions: mentions, configuration: configuration)
    var cursor = 0
    for sentence in layer.sentences {
      while cursor < mentions.count, mentions[cursor].range.utf8Start < sentence.range.utf8Start {
        cursor += 1
      }
      var end = cursor
      while end < mentions.count, mentions[end].range.utf8End <= sentence.range.utf8End {
        end += 1
      }
      let inSentence = mentions[cursor..<end]
      defer { context.note(sentence: sentence, mentions: inSentence) }
      guard !sentence.isHeadline, !Self.isSubheading(sentence, in: layer) else { continue }
      guard view.read(sentence, mentions: inSentence) else { continue }
      context.noteSubject(of: view)
      guard !view.triggers.isEmpty else {
        context.reviseTolls(in: view)
        continue
      }
      let assembler = SentenceAssembler(view: view)
      var assembled = assembler.assemble()
      rejected += assembled.rejected
      if assembled.frames.isEmpty {
        if let claimant = assembler.responsibilityClaimant() {
          context.credit(claimant, view: view)
        }
        context.reviseTolls(in: view)
      }
      // Frames are moved out of the array, not copied: reversed in place, then popped.
      assembled.frames.reverse()
      while let frame = assembled.frames.popLast() {
        if frame.rejection?.reason == .unanchored,
          context.mergeRestatement(frame, type: assembler.acledType(frame), view: view)
        {
          continue
        }
        if let rejection = frame.rejection {
          rejected.append(
            RejectedStatement(
              trigger: view.textRange(frame.head.start..<frame.head.end), sentence: sentence.range,
              reason: rejection.reason, cue: rejection.cue))
          continue
        }
        let type = assembler.acledType(frame)
        context.add(frame, type: type, view: view)
      }
    }
    return EventFindings(events: context.events, rejected: rejected)
  }

  /// The most words a subheading in capitals has.
  private static let subheadingWords = 8

  /// Whether a sentence is a subheading in capitals ("INCURSION IN THE SOUTH"): a label
  /// over the paragraphs that tell what it names, like the headline.
  private static func isSubheading(_ sentence: Sentence, in layer: TextLayer) -> Bool {
    var words = 0
    for token in layer.tokens[sentence.tokens] where token.shape.contains(.hasLetter) {
      words += 1
      guard words <= subheadingWords, token.shape.contains(.allUppercase) else { return false }
    }
    return words > 0
  }
}
