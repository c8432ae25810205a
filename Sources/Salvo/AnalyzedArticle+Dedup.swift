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
    // The fingerprints read from the table's buffer: a call per token cost more than the read.
    layer.terms.fingerprints.withUnsafeBufferPointer { fingerprints in
      for token in layer.tokens where token.kind == .word || token.kind == .number {
        while let current = next, current.utf8End <= Int(token.utf8Start) {
          next = furniture.next()
        }
        if let current = next, current.utf8Start <= Int(token.utf8Start) { continue }
        words.append(fingerprints[Int(token.term.rawValue)])
      }
    }
    var facts: [UInt64] = []
    var specific: [UInt64] = []
    facts.reserveCapacity(mentions.count)
    for mention in mentions {
      guard let fact = Self.fact(mention) else { continue }
      facts.append(fact.hash)
      if fact.specific { specific.append(fact.hash) }
    }
    facts.sort()
    let distinct = MinHash.distinct(facts)
    return ArticleDigest(
      id: document.id, outlet: document.outlet, url: document.url,
      published: document.published?.calendarDate, contentHash: document.contentHash,
      textSignature: MinHash.shingleSignature(
        words, width: Self.shingleWidth, functions: MinHash.textFunctions),
      facts: Array(distinct.prefix(MinHash.factSketchSize)), factCount: distinct.count,
      specificFacts: MinHash.bottom(specific, size: 16))
  }

  /// A mention as a fact of the fact sketch: the resolved place or actor, a number with
  /// its role, a resolved day span; demonyms and weapons are too common to tell articles
  /// apart. Specific facts are figures other than small counts (above 5, or fractional) and
  /// single days.
  static func fact(_ mention: Mention) -> (hash: UInt64, specific: Bool)? {
    // Each hash is `TermFingerprint.of` the parts joined, fed part by part: the joined
    // strings were built only to be hashed.
    switch mention.value {
    case .place(let place): return (fingerprint("p:", place.gazetteerID), false)
    case .actor(let actor): return (fingerprint("a:", actor.gazetteerID), false)
    case .quantity(let quantity):
      guard let value = quantity.value ?? quantity.low else { return nil }
      let specific = value > 5 || value != value.rounded()
      return (fingerprint("q:", value.description, ":", quantity.role.rawValue), specific)
    case .date(let time):
      guard let start = time.start else { return nil }
      let hash = fingerprint("d:", start.description, "…", time.end?.description ?? "")
      return (hash, time.end == start)
    case .demonym, .weapon: return nil
    }
  }

  /// `TermFingerprint.of(a + b + c + d)`, without building the string.
  private static func fingerprint(_ a: String, _ b: String, _ c: String = "", _ d: String = "")
    -> UInt64
  {
    var hash = TermFingerprint.seed
    func feed(_ part: String) {
      // On the contiguous bytes: stepping through `utf8` cost several times more per byte.
      let fed: Void? = part.utf8.withContiguousStorageIfAvailable { bytes in
        for byte in bytes { hash = TermFingerprint.combine(hash, byte) }
      }
      if fed == nil {
        for byte in part.utf8 { hash = TermFingerprint.combine(hash, byte) }
      }
    }
    feed(a)
    feed(b)
    feed(c)
    feed(d)
    return hash
  }

  /// Appends the article's event mentions as deduplication reports, surfaces cut out.
  ///
  /// - Parameters:
  ///   - article: the article's index in the run's digest list.
  ///   - offsets: the document's scalar-offset converter.
  ///   - reports: the run's reports so far; appended to in place, so that the article's
  ///     reports are not built in an array of their own and copied.
  public func eventReports(
    article: Int, offsets: ScalarOffsets, into reports: inout [EventReport]
  ) {
    let text = document.text
    // Copied straight from the UTF-8 bytes when both ends fall on scalar boundaries (as a
    // token's do): the same string as `String(text.slice(range))`, without walking indexes.
    func surface(_ range: TextRange) -> String {
      let copied: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
        func isBoundary(_ offset: Int) -> Bool {
          offset == bytes.count || (offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        guard range.utf8Start >= 0, range.utf8Start <= range.utf8End,
          isBoundary(range.utf8Start), isBoundary(range.utf8End)
        else { return nil }
        return String(
          decoding: UnsafeBufferPointer(rebasing: bytes[range.utf8Start..<range.utf8End]),
          as: UTF8.self)
      }
      return (copied ?? nil) ?? String(text.slice(range))
    }
    func span(_ range: TextRange) -> ReportedSpan {
      let scalar = offsets.scalarRange(range)
      return ReportedSpan(text: surface(range), start: scalar.start, end: scalar.end)
    }
    func place(_ place: EventPlace?) -> EventReport.Place? {
      place.map { .init(place: $0.place, precision: $0.precision, span: span($0.range)) }
    }
    func figure(_ figure: EventFigure?) -> EventReport.Figure? {
      figure.map { .init(quantity: $0.quantity, text: surface($0.range)) }
    }
    func report(_ event: borrowing Event, id: String, ordinal: Int) -> EventReport {
      EventReport(
        mentionID: id, article: article, ordinal: ordinal, kind: event.kind,
        eventType: event.eventType, subEventType: event.subEventType, date: event.date.time,
        dateText: event.date.range.map(surface), location: place(event.location),
        origin: place(event.origin),
        actors: event.actors.map {
          .init(role: $0.role, actor: $0.actor, span: $0.range.map(span))
        },
        weapons: event.weapons, count: figure(event.count), killed: figure(event.killed),
        injured: figure(event.injured), modality: event.modality,
        evidence: event.evidence.map(span), confidence: event.confidence)
    }
    let ids = StableID.eventMentions(events, in: document)
    // Borrowed through a buffer pointer: iterating the array copied each event.
    events.withUnsafeBufferPointer { events in
      for (ordinal, id) in ids.enumerated() {
        reports.append(report(events[ordinal], id: id, ordinal: ordinal))
      }
    }
  }
}
