/// A stretch of days a phrase measures (`Gazetteers/events/day-spans.tsv`): "two days" is 2,
/// "a week" 7 give or take 3.
struct DaySpan: Sendable {
  var days: Int
  /// Days either side the span may be off by: 0 for a count of days.
  var slack: Int
}

/// How far a clause's day lies from the date it is told relative to: "two days after" is
/// −2 for the clause after it, "hours after" 0.
struct DayShift {
  var days: Int
  var slack: Int
  /// The words that tell it, span and sequence word ("two days after").
  var match: CueMatch
}

extension SentenceView {
  /// The shift told by the last sequence phrase in `range` that measures one: a span before
  /// "after" or "before" ("two days after", "a week before"), else "hours after" and its
  /// kind (the same day).
  func dayShift(in range: Range<Int>) -> DayShift? {
    if hasAny(.spanAfter) || hasAny(.spanBefore) {
      let signs: [(Cue, Int)] = [(.spanAfter, -1), (.spanBefore, 1)]
      for index in range.reversed() {
        for (cue, sign) in signs {
          guard let word = self.cue(cue, startsAt: index), word.end <= range.upperBound,
            let (span, start) = daySpan(endingAt: index), start >= range.lowerBound
          else { continue }
          return DayShift(
            days: sign * span.days, slack: span.slack,
            match: CueMatch(cue: cue, start: start, end: word.end))
        }
      }
    }
    return lastCue(.sameDay, in: range).map { DayShift(days: 0, slack: 0, match: $0) }
  }

  /// The shift from the last dated event that a span and "later" or "earlier" tell when
  /// they open the sentence ("Two days later, Israeli troops …") or stand right before the
  /// verb at `head` ("troops three days later began").
  func dayShiftFromLastEvent(before head: Int) -> DayShift? {
    guard hasAny(.spanLater) || hasAny(.spanEarlier) else { return nil }
    for (cue, sign) in [(Cue.spanLater, 1), (.spanEarlier, -1)] {
      guard let word = firstCue(cue, in: 0..<head),
        let (span, start) = daySpan(endingAt: word.start),
        start == 0 || word.end == head
      else { continue }
      return DayShift(
        days: sign * span.days, slack: span.slack,
        match: CueMatch(cue: cue, start: start, end: word.end))
    }
    return nil
  }

  /// The day span whose phrase ends just before local token `index`, and its first token.
  func daySpan(endingAt index: Int) -> (DaySpan, Int)? {
    let spans = configuration.daySpans
    // The longest span phrase has four words ("a couple of days").
    for start in max(0, index - 4)..<index {
      var found: DaySpan?
      spans.forEachMatch(sentencePrints, at: tokens.base + start) { length, payloads in
        if found == nil, start + length == index { found = payloads.first }
      }
      if let found { return (found, start) }
    }
    return nil
  }
}
