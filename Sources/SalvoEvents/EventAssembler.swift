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
    for (position, sentence) in layer.sentences.enumerated() {
      while cursor < mentions.count, mentions[cursor].range.utf8Start < sentence.range.utf8Start {
        cursor += 1
      }
      var end = cursor
      while end < mentions.count, mentions[end].range.utf8End <= sentence.range.utf8End {
        end += 1
      }
      let inSentence = mentions[cursor..<end]
      defer { context.note(sentence: sentence, mentions: inSentence) }
      guard !sentence.isHeadline, !Self.isSubheading(position, in: layer, document: document)
      else { continue }
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

  /// The most words a subheading has.
  private static let subheadingWords = 8

  /// Whether the sentence at `position` is a subheading: a label over the paragraphs that
  /// tell what it names, like the headline. Either in capitals ("INCURSION IN THE SOUTH"),
  /// or a short paragraph of its own, before more text, that no sentence mark ends ("Air
  /// raid on Nyala market", a Markdown or HTML heading).
  private static func isSubheading(
    _ position: Int, in layer: TextLayer, document: Document
  ) -> Bool {
    let sentence = layer.sentences[position]
    var words = 0
    var capitals = true
    for token in layer.tokens[sentence.tokens] where token.shape.contains(.hasLetter) {
      words += 1
      guard words <= subheadingWords else { return false }
      capitals = capitals && token.shape.contains(.allUppercase)
    }
    guard words > 0 else { return false }
    if capitals { return true }
    let own = document.block(of: sentence.range)
    guard position + 1 < layer.sentences.count, own >= 0,
      document.block(of: layer.sentences[position + 1].range) != own,
      position == 0 || document.block(of: layer.sentences[position - 1].range) != own,
      let last = document.text.utf8[...].dropFirst(sentence.range.utf8End - 1).first
    else { return false }
    return !sentenceEnds.contains(last)
  }

  /// Last bytes of a sentence that ends with a mark: `.`, `!`, `?`, quotes and parentheses,
  /// and the final bytes of `”`, `’` and `…`.
  private static let sentenceEnds: Set<UInt8> = [
    UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
    UInt8(ascii: "'"), UInt8(ascii: ")"), 0x9D, 0x99, 0xA6,
  ]
}
