import SalvoModel

/// The figures stage: counts, casualty figures and dates.
///
/// Input: a `Document` (for its publication date) and its `TextLayer`. Output: quantity
/// mentions (`MentionValue.quantity`) and date mentions (`MentionValue.date`) in text
/// order, never overlapping, each with `figures` provenance. Numbers that are not counts
/// (years, dates, clock times, durations, ages, designations, percentages, money, ids)
/// yield no quantity. Immutable and `Sendable`: one extractor serves every document.
public struct FiguresExtractor: Sendable {
  /// The language data in use.
  public let configuration: FiguresConfiguration

  /// Creates an extractor.
  ///
  /// - Parameter configuration: the lexicons from `Gazetteers/figures`.
  public init(configuration: FiguresConfiguration) {
    self.configuration = configuration
  }

  /// Quantity and date mentions of a document, in text order, never overlapping.
  ///
  /// - Parameters:
  ///   - document: the article; its `published` date anchors relative dates.
  ///   - layer: the document's tokens and sentences.
  /// - Returns: the mentions.
  public func extract(document: Document, layer: TextLayer) -> [Mention] {
    var scanner = SentenceScanner(
      context: TokenContext(layer: layer, vocabulary: configuration.vocabulary))
    var findings: [Finding] = []
    findings.reserveCapacity(layer.tokens.count / 32)
    for sentence in layer.sentences {
      scanner.sentence(sentence.tokens)
      scanner.scan(into: &findings)
    }
    let published = document.published.map { $0.calendarDate }
    let resolver = DateResolver(
      reference: published, anchor: published == nil ? Self.anchor(findings) : nil)
    return findings.map { finding in
      switch finding {
      case .quantity(let match):
        return Mention(
          range: range(match.start, match.end, layer),
          value: .quantity(match.quantity),
          provenance: Provenance(
            stage: "figures", rule: match.rule, source: match.source?.description))
      case .date(let match):
        return Mention(
          range: range(match.start, match.end, layer),
          value: .date(resolver.resolve(match.expression)),
          provenance: Provenance(
            stage: "figures", rule: match.rule, source: match.source?.description))
      }
    }
  }

  /// The latest date the article writes with its year ("7 October 2023"), which anchors
  /// dates without a year when there is no publication date.
  static func anchor(_ findings: [Finding]) -> CalendarDate? {
    findings.compactMap { finding -> CalendarDate? in
      guard case .date(let match) = finding else { return nil }
      return match.expression.writtenDate
    }.max()
  }

  private func range(_ first: Int, _ end: Int, _ layer: TextLayer) -> TextRange {
    TextRange(
      utf8Start: Int(layer.tokens[first].utf8Start), utf8End: Int(layer.tokens[end - 1].utf8End))
  }
}
