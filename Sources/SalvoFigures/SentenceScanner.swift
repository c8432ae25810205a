import SalvoModel

/// Scans one sentence's tokens left to right for date expressions and counts.
///
/// At each token that could start one (a number, or a word the lexicons know), a date is
/// tried first, then a count; whatever is found is consumed, so findings never overlap.
/// Dates go first because their numbers ("27 September", "two days ago", "post-2003") must
/// never come out as counts.
///
/// One scanner serves a whole document, sentence after sentence (`sentence` moves it on), so
/// the document's lexicon context is not copied per sentence.
struct SentenceScanner {
  let context: TokenContext
  /// The sentence's first token.
  private(set) var start = 0
  /// Just past the sentence's last token.
  private(set) var end = 0

  init(context: TokenContext) {
    self.context = context
  }

  /// Moves the scanner to a sentence's tokens.
  mutating func sentence(_ tokens: Range<Int>) {
    start = tokens.lowerBound
    end = tokens.upperBound
  }

  /// Appends the current sentence's findings in text order.
  func scan(into findings: inout [Finding]) {
    var index = start
    var floor = start
    while index < end {
      let starts = context.scanStarts(index)
      guard !starts.isEmpty else {
        index += 1
        continue
      }
      if starts.contains(.date), let date = date(at: index) {
        findings.append(.date(date))
        index = date.end
        floor = index
      } else if starts.contains(.quantity), let count = quantity(at: index, floor: floor) {
        findings.append(.quantity(count))
        index = count.end
        floor = index
      } else {
        index += 1
      }
    }
  }
}
