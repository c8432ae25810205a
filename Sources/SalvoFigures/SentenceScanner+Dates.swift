import SalvoModel

extension SentenceScanner {
  /// The years a bare four-digit number may be.
  static let years = 1900...2100

  /// The date expression starting at `index`, if any.
  func date(at index: Int) -> DateMatch? {
    if context.kind(index) == .number { return numberLed(at: index) }
    guard let word = context.word(index) else { return nil }
    if let preposition = word.date?.preposition,
      let match = prepositionLed(preposition, at: index)
    {
      return match
    }
    if word.starts.contains(.hedge), let hedge = context.hedge(at: index, limit: end),
      hedge.payload.position == .before,
      var match = ago(at: hedge.end, qualifier: hedge.payload.qualifier)
    {
      match.start = index  // "more than 40 years ago"
      return match
    }
    return simple(at: index, afterContext: false)
  }

  /// A date expression without a leading preposition.
  ///
  /// - Parameter afterContext: whether a date word comes right before (a preposition, part
  ///   or deictic), which a bare month name needs ("in March", not "March" alone).
  func simple(at index: Int, afterContext: Bool) -> DateMatch? {
    guard index < end else { return nil }
    if context.kind(index) == .number { return numberLed(at: index) }
    guard let word = context.word(index) else { return nil }
    if let month = word.month { return monthLed(at: index, month, afterContext: afterContext) }
    guard let dateWord = word.date else {
      if word.number != nil { return ago(at: index, qualifier: .exact) ?? periodSpan(at: index) }
      if word.functions.contains(.definite) { return recentAfterThe(at: index) }
      return nil
    }
    let source = LexiconSource.dates(dateWord.line)
    switch dateWord.wordClass {
    case .weekday:
      // "Sunday, Nov. 10", "Saturday 24 August": the calendar day after it says which.
      let next = index + 1 < end && context.isComma(index + 1) ? index + 2 : index + 1
      if next < end, let named = simple(at: next, afterContext: true),
        case .calendar(_, _, .some) = named.expression
      {
        return DateMatch(
          start: index, end: named.end, expression: named.expression, rule: "weekday-and-date",
          source: named.source)
      }
      return DateMatch(
        start: index, end: index + 1, expression: .weekday(dateWord.value, shift: 0),
        rule: "weekday", source: source)
    case .weekend:
      return DateMatch(
        start: index, end: index + 1, expression: .weekend(shift: 0), rule: "weekend",
        source: source)
    case .relativeDay:
      // "overnight into Sunday", "overnight on Friday": the day named after it.
      if index + 1 < end, context.word(index + 1)?.date?.preposition == .on,
        var named = prepositionLed(.on, at: index + 1)
      {
        named.start = index
        return named
      }
      return DateMatch(
        start: index, end: index + 1, expression: .dayOffset(dateWord.value),
        rule: "relative-day", source: source)
    case .deictic:
      return deicticLed(at: index, shift: dateWord.value, source: source)
    case .recent:
      return recentSpan(at: index)
    case .part:
      return partLed(at: index, part: dateWord.part, source: source)
    case .yearPrefix:
      return yearPrefixed(at: index, source: source)
    default:
      return nil
    }
  }

  // MARK: Prepositions

  private func prepositionLed(_ preposition: DatePreposition, at index: Int) -> DateMatch? {
    let next = index + 1
    switch preposition {
    case .since:
      guard var inner = simple(at: next, afterContext: true) else { return nil }
      inner.start = index
      inner.rule = "since"
      return inner
    case .between, .from:
      guard let first = simple(at: next, afterContext: true), first.end + 1 < end,
        let link = context.word(first.end)?.date?.preposition,
        link == (preposition == .between ? .and : .to),
        let second = simple(at: first.end + 1, afterContext: true)
      else { return nil }
      return DateMatch(
        start: index, end: second.end, expression: .range(first.expression, second.expression),
        rule: "range")
    case .in:
      if var span = recentAfterThe(at: next) {
        span.start = index
        return span
      }
      guard var inner = simple(at: next, afterContext: true) else { return nil }
      if case .calendar = inner.expression, inner.start == next,
        context.word(next)?.month != nil || year(at: next) != nil
      {
        inner.start = index  // "in April", "in 1991"; not "in late January"
      }
      return inner
    case .span:
      guard var span = recentAfterThe(at: next) else { return nil }
      span.start = index  // "over the last year"
      return span
    case .on:
      guard var inner = simple(at: next, afterContext: true) else { return nil }
      // "on Monday", "on Sunday, Nov. 10"
      if context.word(next)?.date?.wordClass == .weekday { inner.start = index }
      return inner
    default:
      return nil
    }
  }

  // MARK: Months and numbers

  /// "September 27", "September 27, 2024", "January 2024", "October last year", "October of
  /// the previous year", and a bare "April" after a date word.
  func monthLed(at index: Int, _ month: MonthName, afterContext: Bool) -> DateMatch? {
    guard context.isCapitalized(index) else { return nil }
    let next = index + 1
    if let days = dayRange(at: next) {
      return DateMatch(
        start: index, end: next + 3,
        expression: .range(
          .calendar(year: nil, month: month.month, day: days.first),
          .calendar(year: nil, month: month.month, day: days.last)), rule: "month-day-range")
    }
    if let day = day(at: next), !isCounted(after: next, month: month, day: day) {
      var last = next + 1
      var year: Int?
      if last + 1 < end, context.isComma(last), let written = self.year(at: last + 1) {
        year = written
        last += 2
      } else if let written = self.year(at: last) {
        year = written
        last += 1
      }
      return DateMatch(
        start: index, end: last, expression: .calendar(year: year, month: month.month, day: day),
        rule: "month-day")
    }
    if let year = year(at: next) {
      return DateMatch(
        start: index, end: next + 1,
        expression: .calendar(year: year, month: month.month, day: nil),
        rule: "month-year")
    }
    guard !month.abbreviated else { return nil }
    var position = next
    if position < end, context.word(position)?.date?.preposition == .of { position += 1 }
    if position < end, context.functions(position).contains(.definite) { position += 1 }
    if position + 1 < end, let deictic = context.word(position)?.date,
      deictic.wordClass == .deictic, context.word(position + 1)?.date?.period == .year
    {
      return DateMatch(
        start: index, end: position + 2,
        expression: .monthOfYear(month.month, yearShift: deictic.value), rule: "month-of-year",
        source: LexiconSource.dates(deictic.line))
    }
    // "the January drone strike": a capitalised month after "the" qualifies the noun after
    // it ("the march on Damascus" is no month).
    let attributive =
      index > start && context.functions(index - 1).contains(.definite)
      && context.isCapitalized(index) && next < end && context.isWord(next)
    guard afterContext || followsDateWord(index) || attributive else { return nil }
    return DateMatch(
      start: index, end: next, expression: .calendar(year: nil, month: month.month, day: nil),
      rule: attributive ? "month-before-noun" : "month")
  }

  /// "27 September", "7 October 2023", "27/07/2024", "2024-07-27", "two days ago", "a
  /// two-week period", "1991".
  private func numberLed(at index: Int) -> DateMatch? {
    if let numeric = numericDate(at: index) { return numeric }
    if let day = day(at: index) {
      // "27 September", "7 October 2023", "5th of July".
      var position = index + 1
      if position < end, context.word(position)?.date?.preposition == .of { position += 1 }
      if position < end, let month = context.word(position)?.month,
        context.isCapitalized(position)
      {
        let year = self.year(at: position + 1)
        return DateMatch(
          start: index, end: position + (year == nil ? 1 : 2),
          expression: .calendar(year: year, month: month.month, day: day), rule: "day-month")
      }
    }
    // A digit token, so `allowArticle` makes no difference: parse it once for both.
    let number = self.number(at: index)
    if let match = ago(number, at: index, qualifier: .exact) ?? periodSpan(number, at: index) {
      return match
    }
    guard let year = bareYear(at: index) else { return nil }
    return DateMatch(
      start: index, end: index + 1, expression: .calendar(year: year, month: nil, day: nil),
      rule: "year")
  }

  /// A day of the month: `1` … `31`, or an ordinal (`27th`).
  private func day(at index: Int) -> Int? {
    guard index < end, context.kind(index) == .number else { return nil }
    var value = 0
    var digits = 0
    var suffix = 0
    for byte in context.term(index).utf8 {
      if suffix == 0, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      } else if digits > 0, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") {
        suffix += 1  // "27th", "1st": two letters after the digits
      } else {
        return nil
      }
    }
    guard (1...2).contains(digits), suffix == 0 || suffix == 2, (1...31).contains(value) else {
      return nil
    }
    if index + 1 < end, context.glued(index, index + 1), !context.isComma(index + 1),
      context.kind(index + 1) != .punctuation || context.isHyphen(index + 1)
        || context.fingerprint(index + 1) == Self.colon
    {
      return nil  // "10:30", "7-day"
    }
    return value
  }

  /// "13-14" after a month: two days joined by a hyphen, the second later.
  private func dayRange(at index: Int) -> (first: Int, last: Int)? {
    guard index + 2 < end, context.kind(index) == .number, context.isHyphen(index + 1),
      context.glued(index, index + 1), context.glued(index + 1, index + 2),
      let first = Self.parseDigits(context.term(index)),
      let last = Self.parseDigits(context.term(index + 2)), first.isPlainInteger,
      last.isPlainInteger, first.value >= 1, last.value <= 31, first.value < last.value,
      first.integerDigits <= 2, last.integerDigits <= 2
    else { return nil }
    return (Int(first.value), Int(last.value))
  }

  /// A four-digit year in range written as plain digits.
  func year(at index: Int) -> Int? {
    yearNumber(at: index).map { Int($0.value) }
  }

  /// The parsed number of a year at `index` (see `year(at:)`).
  private func yearNumber(at index: Int) -> NumberMatch? {
    guard index < end, context.kind(index) == .number,
      let number = Self.parseDigits(context.term(index)), number.isPlainInteger,
      number.integerDigits == 4, Self.years.contains(Int(number.value))
    else { return nil }
    return number
  }

  /// A bare year ("in 1991", "the 1991 Gulf War"), unless a hedge, currency, designation or
  /// label makes the number something else, or a counted noun follows it without a date
  /// word before it ("2000 troops").
  private func bareYear(at index: Int) -> Int? {
    guard var number = yearNumber(at: index) else { return nil }
    number.start = index
    number.end = index + 1
    if isNonCount(number) || hedgeEnds(at: index) { return nil }
    if let unit = context.unit(at: index + 1, limit: end),
      !unit.payload.unitClass.isCount || !followsDateWord(index)
    {
      return nil
    }
    return Int(number.value)
  }

  /// "27/07/2024" (day first unless the second number cannot be a month), "07/27/2024",
  /// "2024-07-27", "27.07.2024".
  private func numericDate(at index: Int) -> DateMatch? {
    if index + 4 < end, (index..<(index + 4)).allSatisfy({ context.glued($0, $0 + 1) }),
      (index...(index + 4)).allSatisfy({
        context.kind($0) == (($0 - index).isMultiple(of: 2) ? TokenKind.number : .punctuation)
      })
    {
      let separator = context.fingerprint(index + 1)
      guard separator == context.fingerprint(index + 3) else { return nil }
      let parts = [index, index + 2, index + 4].map { Self.parseDigits(context.term($0)) }
      guard let a = parts[0], let b = parts[1], let c = parts[2],
        a.isPlainInteger, b.isPlainInteger, c.isPlainInteger
      else { return nil }
      if separator == Self.slash, a.integerDigits <= 2, b.integerDigits <= 2,
        c.integerDigits == 4 || c.integerDigits == 2
      {
        let year = Int(c.value) + (c.integerDigits == 2 ? 2000 : 0)
        let (day, month) = a.value > 12 || b.value <= 12 ? (a.value, b.value) : (b.value, a.value)
        return numeric(index, year, Int(month), Int(day))
      }
      if separator == TokenContext.hyphen, a.integerDigits == 4, b.integerDigits <= 2,
        c.integerDigits <= 2
      {
        return numeric(index, Int(a.value), Int(b.value), Int(c.value))
      }
      return nil
    }
    let term = context.term(index)
    guard term.utf8.contains(UInt8(ascii: ".")) else { return nil }  // "27.07.2024": one token
    let pieces = term.split(separator: ".")
    guard pieces.count == 3, pieces[0].count <= 2, pieces[1].count <= 2, pieces[2].count == 4,
      let day = Int(pieces[0]), let month = Int(pieces[1]), let year = Int(pieces[2])
    else { return nil }
    guard var match = numeric(index, year, month, day) else { return nil }
    match.end = index + 1
    return match
  }

  private func numeric(_ index: Int, _ year: Int, _ month: Int, _ day: Int) -> DateMatch? {
    guard CalendarDate.isValid(year: year, month: month, day: day),
      let calendarMonth = CalendarMonth(rawValue: month)
    else { return nil }
    return DateMatch(
      start: index, end: index + 5,
      expression: .calendar(year: year, month: calendarMonth, day: day), rule: "numeric-date")
  }

  // MARK: Context

  /// Whether a date word (preposition, part, deictic) stands right before `index`.
  func followsDateWord(_ index: Int) -> Bool {
    guard index > start, let word = context.word(index - 1)?.date else { return false }
    return word.wordClass == .preposition || word.wordClass == .part
      || word.wordClass == .deictic || word.wordClass == .yearPrefix
  }

  /// Whether a counted noun after the day at `index` makes the number a count ("in March 12
  /// people were killed"). Never after an abbreviated month ("Oct. 7", written only with a
  /// day) or a determiner ("the October 7 attacks"), nor before a singular noun ("the group's
  /// October 7 attack").
  private func isCounted(after index: Int, month: MonthName, day: Int) -> Bool {
    guard let unit = context.unit(at: index + 1, limit: end), unit.payload.unitClass.isCount,
      !month.abbreviated
    else { return false }
    let monthIndex = index - 1
    if monthIndex > start, Self.attributiveDeterminers.contains(context.term(monthIndex - 1)) {
      return false
    }
    return day == 1 || Self.isPlural(context.term(unit.end - 1))
  }

  /// The words before a month that make "Month N" modify the noun after it.
  private static let attributiveDeterminers: Set<String> = ["the", "its", "their", "his", "her"]

  /// Whether a folded noun reads as a plural: "attacks", "people", "gunmen".
  private static func isPlural(_ noun: String) -> Bool {
    noun.hasSuffix("s") || noun.hasSuffix("men") || noun == "people" || noun == "personnel"
      || noun == "children" || noun == "police"
  }

  /// Whether a hedge ends right at `index` ("more than 2000").
  func hedgeEnds(at index: Int) -> Bool {
    context.phrase(endingAt: index, from: max(start, index - 3), context.hedge(at:limit:)) != nil
  }
}
