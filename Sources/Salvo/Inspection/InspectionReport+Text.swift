import SalvoModel

extension InspectionReport {
  /// What a mark in the text shows.
  public enum MarkKind: String, Sendable, Hashable, CaseIterable {
    /// A place mention.
    case place
    /// An actor mention.
    case actor
    /// A demonym mention.
    case demonym
    /// A weapon mention.
    case weapon
    /// A count mention.
    case quantity
    /// A date mention.
    case date
    /// The trigger of an event.
    case trigger
    /// The trigger of a statement rejected as a non-event.
    case rejected
    /// The cue that decided a rejection ("threatened", "did not").
    case cue
    /// Page furniture: bylines, bios, notices.
    case boilerplate
    /// A line that repeats an earlier one.
    case duplicate

    /// The mark of a mention kind.
    public init(_ kind: MentionKind) {
      switch kind {
      case .place: self = .place
      case .actor: self = .actor
      case .demonym: self = .demonym
      case .weapon: self = .weapon
      case .quantity: self = .quantity
      case .date: self = .date
      }
    }

    /// Whether it marks text that is not article content.
    public var isFurniture: Bool { self == .boilerplate || self == .duplicate }
  }

  /// A marked span of the text: what it is, one kind or several when they share the span.
  public struct Mark: Sendable, Hashable {
    /// The kinds of the span, in the order they were found (furniture, mentions, triggers).
    public var kinds: [MarkKind]
    /// The UTF-8 range of the whole span; the marks of a span cut in pieces share it.
    public var range: TextRange

    /// Creates a mark.
    public init(kinds: [MarkKind], range: TextRange = TextRange(utf8Start: 0, utf8End: 0)) {
      self.kinds = kinds
      self.range = range
    }

    /// `place`, or `weapon+trigger` for a span of two kinds.
    public var label: String { kinds.map(\.rawValue).joined(separator: "+") }
  }

  /// A piece of the marked text: a run of text, or the start or end of a mark. Marks nest
  /// properly: every `open` has its `close`, inner marks close before outer ones.
  public enum TextPiece: Sendable, Hashable {
    /// A run of the article text.
    case text(String)
    /// A mark starts.
    case open(Mark)
    /// The innermost open mark ends.
    case close(Mark)
  }

  /// Cuts `text` into pieces, walking it once.
  ///
  /// Spans with the same range become one mark of several kinds. A span inside another
  /// nests in it ("ballistic missiles" inside "180 ballistic missiles"). A span that
  /// crosses the end of an earlier one is cut there into marks that nest, each carrying
  /// the whole span's range. Empty spans and spans past the end of the text are ignored.
  ///
  /// - Parameters:
  ///   - text: the article text.
  ///   - spans: UTF-8 ranges and what they are, in any order.
  static func pieces(text: String, spans: [(range: TextRange, kind: MarkKind)]) -> [TextPiece] {
    let bytes = Array(text.utf8)
    // One mark per distinct range, kinds in the order given.
    var kindsByRange: [TextRange: [MarkKind]] = [:]
    for span in spans where !span.range.isEmpty && span.range.utf8End <= bytes.count {
      if !(kindsByRange[span.range]?.contains(span.kind) ?? false) {
        kindsByRange[span.range, default: []].append(span.kind)
      }
    }
    // Outer before inner: by start, then longest first. Each item is a piece of a span.
    func precedes(
      _ a: (piece: TextRange, whole: TextRange), _ b: (piece: TextRange, whole: TextRange)
    )
      -> Bool
    {
      (a.piece.utf8Start, -a.piece.utf8End, a.whole.utf8Start, a.whole.utf8End)
        < (b.piece.utf8Start, -b.piece.utf8End, b.whole.utf8Start, b.whole.utf8End)
    }
    var work = kindsByRange.keys.map { (piece: $0, whole: $0) }.sorted(by: precedes)
    var pieces: [TextPiece] = []
    var open: [(end: Int, mark: Mark)] = []
    var cursor = 0
    func emit(upTo offset: Int) {
      if offset > cursor {
        pieces.append(.text(String(decoding: bytes[cursor..<offset], as: UTF8.self)))
        cursor = offset
      }
    }
    func closeMarks(endingBy offset: Int) {
      while let last = open.last, last.end <= offset {
        emit(upTo: last.end)
        pieces.append(.close(last.mark))
        open.removeLast()
      }
    }
    var index = 0
    while index < work.count {
      var item = work[index]
      index += 1
      closeMarks(endingBy: item.piece.utf8Start)
      if let enclosing = open.last, item.piece.utf8End > enclosing.end {
        // Crossing: mark up to the enclosing end now, the rest when the walk gets there.
        let rest = (
          piece: TextRange(utf8Start: enclosing.end, utf8End: item.piece.utf8End),
          whole: item.whole
        )
        let at = work[index...].firstIndex { precedes(rest, $0) } ?? work.count
        work.insert(rest, at: at)
        item.piece = TextRange(utf8Start: item.piece.utf8Start, utf8End: enclosing.end)
      }
      emit(upTo: item.piece.utf8Start)
      let mark = Mark(kinds: kindsByRange[item.whole] ?? [], range: item.whole)
      pieces.append(.open(mark))
      open.append((item.piece.utf8End, mark))
    }
    closeMarks(endingBy: bytes.count)
    emit(upTo: bytes.count)
    return pieces
  }
}
