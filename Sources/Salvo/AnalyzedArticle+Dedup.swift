import SalvoDedup
import SalvoIO
import SalvoModel

extension AnalyzedArticle {
  /// Words per shingle of the text signature: short enough that a reworded rewrite still
  /// shares some, long enough that two articles on one topic share few.
  static let shingleWidth = 3

  /// What deduplication keeps of the article: its metadata, the MinHash of its folded word
  /// stream's shingles (page furniture left out) and the MinHash of its resolved facts.
  public func digest() -> ArticleDigest {
    var words: [UInt64] = []
    words.reserveCapacity(layer.tokens.count)
    var furniture = document.boilerplate.makeIterator()
    var next = furniture.next()
    for token in layer.tokens where token.kind == .word || token.kind == .number {
      while let current = next, current.utf8End <= Int(token.utf8Start) { next = furniture.next() }
      if let current = next, current.utf8Start <= Int(token.utf8Start) { continue }
      words.append(layer.terms.fingerprint(of: token.term))
    }
    let facts = mentions.compactMap(Self.fact)
    let distinct = Set(facts.map(\.hash))
    return ArticleDigest(
      id: document.id, outlet: document.outlet, url: document.url,
      published: document.published?.calendarDate, contentHash: document.contentHash,
      textSignature: MinHash.signature(
        of: MinHash.shingles(words, width: Self.shingleWidth), functions: MinHash.textFunctions),
      facts: MinHash.bottom(distinct, size: MinHash.factSketchSize), factCount: distinct.count,
      specificFacts: MinHash.bottom(facts.filter(\.specific).map(\.hash), size: 16))
  }

  /// A mention as a fact of the fact sketch: the resolved place or actor, a number with
  /// its role, a resolved day span; demonyms and weapons are too common to tell articles
  /// apart. Specific facts are figures other than small counts (above 5, or fractional) and
  /// single days.
  static func fact(_ mention: Mention) -> (hash: UInt64, specific: Bool)? {
    switch mention.value {
    case .place(let place): return (TermFingerprint.of("p:" + place.gazetteerID), false)
    case .actor(let actor): return (TermFingerprint.of("a:" + actor.gazetteerID), false)
    case .quantity(let quantity):
      guard let value = quantity.value ?? quantity.low else { return nil }
      let specific = value > 5 || value != value.rounded()
      return (TermFingerprint.of("q:\(value):\(quantity.role.rawValue)"), specific)
    case .date(let time):
      guard let start = time.start else { return nil }
      let text = "d:\(start)…\(time.end.map(\.description) ?? "")"
      return (TermFingerprint.of(text), time.end == start)
    case .demonym, .weapon: return nil
    }
  }

  /// The article's event mentions as deduplication reports, surfaces cut out.
  ///
  /// - Parameters:
  ///   - article: the article's index in the run's digest list.
  ///   - offsets: the document's scalar-offset converter.
  public func eventReports(article: Int, offsets: ScalarOffsets) -> [EventReport] {
    let text = document.text
    func span(_ range: TextRange) -> ReportedSpan {
      let scalar = offsets.scalarRange(range)
      return ReportedSpan(text: String(text.slice(range)), start: scalar.start, end: scalar.end)
    }
    func place(_ place: EventPlace?) -> EventReport.Place? {
      place.map { .init(place: $0.place, precision: $0.precision, span: span($0.range)) }
    }
    func figure(_ figure: EventFigure?) -> EventReport.Figure? {
      figure.map { .init(quantity: $0.quantity, text: String(text.slice($0.range))) }
    }
    return events.enumerated().map { ordinal, event in
      EventReport(
        mentionID: StableID.eventMention(event, in: document), article: article,
        ordinal: ordinal, kind: event.kind, eventType: event.eventType,
        subEventType: event.subEventType, date: event.date.time,
        dateText: event.date.range.map { String(text.slice($0)) }, location: place(event.location),
        origin: place(event.origin),
        actors: event.actors.map {
          .init(role: $0.role, actor: $0.actor, span: $0.range.map(span))
        },
        weapons: event.weapons, count: figure(event.count), killed: figure(event.killed),
        injured: figure(event.injured), modality: event.modality,
        evidence: event.evidence.map(span), confidence: event.confidence)
    }
  }
}
