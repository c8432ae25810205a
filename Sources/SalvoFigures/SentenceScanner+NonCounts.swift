import SalvoModel

extension SentenceScanner {
  /// Whether a number written in digits is not a count: part of a URL, path, code, clock
  /// time, phone number or id; a designation ("F-35", "Tower 22", "Resolution 1701"); a
  /// label ("aged 12"); an amount of money ("$40"); or a number with a leading zero.
  ///
  /// - Parameters:
  ///   - number: the number.
  ///   - hyphenRange: whether a hyphen after it links it to the high end of a range
  ///     ("10-20"), which is then not a compound like "2023-24" or "555-0100".
  func isNonCount(_ number: NumberMatch, hyphenRange: Bool = false) -> Bool {
    guard number.form == .digits else { return false }
    if number.hasLeadingZero { return true }
    let first = number.start
    let last = number.end - 1
    if isInCode(first: first, last: last) { return true }
    if first > start {
      let previous = first - 1
      if context.glued(previous, first) {
        // "F-35", "post-2003", the tail of "10-20"; "$40", "#3".
        if context.isHyphen(previous) { return true }
        if !context.functions(previous).contains(.boundary) { return true }
      }
      if context.kind(previous) == .number { return true }  // "202 555 0100"
      if context.functions(previous).contains(.label) { return true }
      if isDesignation(previous) { return true }
      if isCurrency(endingAt: first) { return true }
    }
    if last + 1 < end {
      let next = last + 1
      if context.kind(next) == .number { return true }
      if !hyphenRange, context.glued(last, next), context.isHyphen(next), next + 1 < end,
        context.glued(next, next + 1), context.kind(next + 1) == .number
      {
        return true
      }
    }
    return false
  }

  /// Whether the glued run of tokens around a number holds a mark that makes it a URL,
  /// path, code, clock time or numeric date: `/ : ? = & @ # _ \ +`. A colon followed by a
  /// space ends a clause instead ("killed 12: the ministry said").
  private func isInCode(first: Int, last: Int) -> Bool {
    var index = first
    while index > start, context.glued(index - 1, index) {
      index -= 1
      if isCodeMark(index) { return true }
    }
    index = last
    while index + 1 < end, context.glued(index, index + 1) {
      index += 1
      guard isCodeMark(index) else { continue }
      let isColon = context.fingerprint(index) == Self.colon
      let spaced = index + 1 >= end || !context.glued(index, index + 1)
      return !(isColon && spaced)
    }
    return false
  }

  private func isCodeMark(_ index: Int) -> Bool {
    let kind = context.kind(index)
    guard kind == .punctuation || kind == .symbol else { return false }
    return Self.codeMarks.contains(context.fingerprint(index))
  }

  /// A capitalized word no lexicon knows right before a number: "Tower 22", "Brigade 313";
  /// not in a title-case headline ("Strikes Kill 12"), where every word is capitalized.
  func isDesignation(_ index: Int) -> Bool {
    context.isWord(index) && context.isCapitalized(index) && context.word(index) == nil
      && !isTitleCase
  }

  /// Whether most of the sentence's words are capitalized, as in a title-case headline.
  var isTitleCase: Bool {
    var words = 0
    var capitalized = 0
    for index in start..<end where context.isWord(index) {
      words += 1
      if context.isCapitalized(index) { capitalized += 1 }
    }
    return words >= 3 && capitalized * 5 >= words * 3
  }

  /// Whether a currency sign or code ends right before `index` ("$", "US$", "USD").
  func isCurrency(endingAt index: Int) -> Bool {
    context.phrase(
      endingAt: index, from: max(start, index - 2), context.unit(at:limit:),
      where: { $0.unitClass == .currency }) != nil
  }

  static let slash = TermFingerprint.of("/")
  static let colon = TermFingerprint.of(":")
  private static let codeMarks: Set<UInt64> = Set(
    ["/", ":", "?", "=", "&", "@", "#", "_", "\\", "+"].map(TermFingerprint.of))
}
