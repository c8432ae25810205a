import SalvoModel

extension SentenceScanner {
  /// "last October", "last Monday", "last month", "this year", "next week".
  func deicticLed(at index: Int, shift: Int, source: LexiconSource) -> DateMatch? {
    let next = index + 1
    guard next < end, let word = context.word(next) else { return nil }
    if let month = word.month, !month.abbreviated, context.isCapitalized(next) {
      return DateMatch(
        start: index, end: next + 1, expression: .deicticMonth(month.month, shift: shift),
        rule: "deictic-month", source: source)
    }
    if let weekday = word.date, weekday.wordClass == .weekday {
      return DateMatch(
        start: index, end: next + 1, expression: .weekday(weekday.value, shift: shift),
        rule: "deictic-weekday", source: source)
    }
    if word.date?.wordClass == .weekend {
      return DateMatch(
        start: index, end: next + 1, expression: .weekend(shift: shift), rule: "weekend",
        source: source)
    }
    guard let unit = word.date?.period else { return nil }
    let match = DateMatch(
      start: index, end: next + 1, expression: .period(unit, shift: shift, part: nil),
      rule: "deictic-period", source: source)
    return withMonth(match, yearShift: shift, unit: unit)
  }

  /// "early November 2023", "mid-2023", "late January", "the end of March", "earlier this
  /// year", "late last year".
  func partLed(at index: Int, part: DatePart?, source: LexiconSource) -> DateMatch? {
    var position = index + 1
    if position < end, context.isHyphen(position), context.glued(index, position) {
      position += 1
    }
    if position < end, context.word(position)?.date?.preposition == .of { position += 1 }
    guard position < end else { return nil }
    if let month = context.word(position)?.month,
      var match = monthLed(at: position, month, afterContext: true)
    {
      match.start = index
      match.rule = "part-" + match.rule
      return match
    }
    if let year = year(at: position) {
      return DateMatch(
        start: index, end: position + 1, expression: .calendar(year: year, month: nil, day: nil),
        rule: "part-year", source: source)
    }
    guard position + 1 < end, let deictic = context.word(position)?.date,
      deictic.wordClass == .deictic, let unit = context.word(position + 1)?.date?.period
    else { return nil }
    let match = DateMatch(
      start: index, end: position + 2,
      expression: .period(unit, shift: deictic.value, part: part), rule: "part-period",
      source: source)
    return withMonth(match, yearShift: deictic.value, unit: unit)
  }

  /// "Earlier this year, in January": a relative year followed by a month narrows to that
  /// month of the year.
  private func withMonth(_ match: DateMatch, yearShift: Int, unit: PeriodUnit) -> DateMatch {
    guard unit == .year else { return match }
    var position = match.end
    if position < end, context.isComma(position) { position += 1 }
    if position < end, context.word(position)?.date?.preposition == .in { position += 1 }
    guard position < end, let month = context.word(position)?.month, !month.abbreviated,
      context.isCapitalized(position), !isNumber(position + 1)
    else { return match }
    var merged = match
    merged.end = position + 1
    merged.expression = .monthOfYear(month.month, yearShift: yearShift)
    merged.rule = "year-then-month"
    return merged
  }

  /// Whether a number stands at `index`: after a month it makes a date of its own.
  private func isNumber(_ index: Int) -> Bool {
    index < end && context.kind(index) == .number
  }

  /// "the past week", "the last two and a half weeks".
  func recentAfterThe(at index: Int) -> DateMatch? {
    guard index + 1 < end, context.functions(index).contains(.definite),
      let word = context.word(index + 1)?.date
    else { return nil }
    if word.wordClass == .weekend {  // "over the weekend"
      return DateMatch(
        start: index, end: index + 2, expression: .weekend(shift: 0), rule: "weekend",
        source: LexiconSource.dates(word.line))
    }
    guard
      word.wordClass == .recent || (word.wordClass == .deictic && word.value < 0),
      var match = recentSpan(at: index + 1)
    else { return nil }
    match.start = index
    return match
  }

  /// "past two weeks", "last year" after "the": the span up to publication.
  func recentSpan(at index: Int) -> DateMatch? {
    guard let word = context.word(index)?.date else { return nil }
    var position = index + 1
    var amount = 1.0
    if let number = number(at: position), number.form != .times {
      amount = number.value
      position = number.end
    }
    guard position < end, let unit = context.word(position)?.date?.period else { return nil }
    return DateMatch(
      start: index, end: position + 1, expression: .recentSpan(amount: amount, unit: unit),
      rule: "recent-span", source: LexiconSource.dates(word.line))
  }

  /// "two days ago", "a week ago", "40 years ago" (the caller adds a hedge before it).
  func ago(at index: Int, qualifier: QuantityQualifier) -> DateMatch? {
    ago(number(at: index, allowArticle: true), at: index, qualifier: qualifier)
  }

  /// `ago(at:qualifier:)` given the number at `index` (with articles allowed), if any.
  func ago(_ number: NumberMatch?, at index: Int, qualifier: QuantityQualifier) -> DateMatch? {
    guard let number, number.form != .times,
      number.end + 1 < end, let unit = context.word(number.end)?.date?.period,
      let ago = context.word(number.end + 1)?.date, ago.wordClass == .ago
    else { return nil }
    return DateMatch(
      start: index, end: number.end + 2,
      expression: .ago(amount: number.value, unit: unit, qualifier: qualifier), rule: "ago",
      source: LexiconSource.dates(ago.line))
  }

  /// "a two-and-a-half-week period", "a 10-day span": the span up to publication.
  func periodSpan(at index: Int) -> DateMatch? {
    periodSpan(number(at: index), at: index)
  }

  /// `periodSpan(at:)` given the number at `index`, if any.
  func periodSpan(_ number: NumberMatch?, at index: Int) -> DateMatch? {
    guard let number, number.form != .times else { return nil }
    let hyphen = number.end
    guard hyphen + 2 < end, context.isHyphen(hyphen), context.glued(hyphen - 1, hyphen),
      context.glued(hyphen, hyphen + 1), let unit = context.word(hyphen + 1)?.date?.period,
      let noun = context.word(hyphen + 2)?.date, noun.wordClass == .spanNoun
    else { return nil }
    return DateMatch(
      start: index, end: hyphen + 3, expression: .recentSpan(amount: number.value, unit: unit),
      rule: "period-span", source: LexiconSource.dates(noun.line))
  }

  /// "post-2003", "pre-2011": the year.
  func yearPrefixed(at index: Int, source: LexiconSource) -> DateMatch? {
    guard index + 2 < end, context.isHyphen(index + 1), context.glued(index, index + 1),
      context.glued(index + 1, index + 2), let year = year(at: index + 2)
    else { return nil }
    return DateMatch(
      start: index, end: index + 3, expression: .calendar(year: year, month: nil, day: nil),
      rule: "year-prefix", source: source)
  }
}
