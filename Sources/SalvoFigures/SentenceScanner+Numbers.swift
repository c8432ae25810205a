import SalvoModel

/// A number written in digits or words, as token indexes (half-open).
struct NumberMatch {
  /// How the number is written.
  enum Form {
    /// Digits, possibly with separators and a scale word ("1,200", "1.5 million").
    case digits
    /// Number words ("twenty-five", "a dozen", "two and a half").
    case words
    /// An occurrence adverb ("twice", "once").
    case times
  }

  var value: Double
  var start: Int
  var end: Int
  var form: Form
  /// The qualifier the words imply ("a couple of" is approximate).
  var qualifier: QuantityQualifier = .exact
  /// Digits before the decimal point (0 for words).
  var integerDigits = 0
  /// Digits only: no separator, decimal point or scale word.
  var isPlainInteger = false
  /// An integer written with a leading zero ("07"), as ids and dates are.
  var hasLeadingZero = false
  /// Digits after the decimal point.
  var fractionDigits = 0
  /// Whether "of" may follow before the noun ("a couple of rockets").
  var takesOf = false
}

extension SentenceScanner {
  /// The number at `index`, if one starts there.
  ///
  /// - Parameters:
  ///   - index: the first token.
  ///   - allowArticle: whether a bare "a"/"an" counts as one ("a week ago").
  func number(at index: Int, allowArticle: Bool = false) -> NumberMatch? {
    guard index < end else { return nil }
    if context.kind(index) == .number { return digits(at: index) }
    guard let first = context.word(index)?.number else { return nil }
    switch first.wordClass {
    case .times:
      return NumberMatch(value: first.value, start: index, end: index + 1, form: .times)
    case .article where !continuesNumber(index + 1):
      guard allowArticle else { return nil }
      return NumberMatch(value: 1, start: index, end: index + 1, form: .words)
    case .fraction:
      return halfADozen(at: index)
    case .joiner:
      return nil
    default:
      return words(at: index)
    }
  }

  /// Whether the token after an article makes it part of a number ("a dozen", "a hundred").
  private func continuesNumber(_ index: Int) -> Bool {
    guard index < end, let next = context.word(index)?.number else { return false }
    return next.wordClass == .scale || next.wordClass == .dozen || next.wordClass == .couple
  }

  // MARK: Digits

  /// A digit token, with a scale word after it ("1.5 million").
  private func digits(at index: Int) -> NumberMatch? {
    guard var match = Self.parseDigits(context.term(index)) else { return nil }
    match.start = index
    match.end = index + 1
    if index + 1 < end, let scale = context.word(index + 1)?.number, scale.wordClass == .scale {
      // Scale the digits before dividing out the decimals: "1.7 million" is exactly 1700000.
      let shift = (0..<match.fractionDigits).reduce(1.0) { product, _ in product * 10 }
      match.value = (match.value * shift).rounded() * scale.value / shift
      match.end = index + 2
      match.isPlainInteger = false
    }
    return match
  }

  /// Parses `1200`, `1,200`, `3.5`; nil for anything else (`7th`, `23h56`, `1,2`).
  static func parseDigits(_ term: String) -> NumberMatch? {
    var integer = 0.0
    var fraction = 0.0
    var scale = 1.0
    var digits = 0
    var inFraction = false
    var fractionDigits = 0
    var group = -1
    var first: UInt8 = 0
    for byte in term.utf8 {
      if first == 0 { first = byte }
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Double(byte - UInt8(ascii: "0"))
        if inFraction {
          scale /= 10
          fraction += digit * scale
          fractionDigits += 1
        } else {
          integer = integer * 10 + digit
          digits += 1
          if group >= 0 { group += 1 }
        }
      case UInt8(ascii: ","):
        guard !inFraction, digits > 0, group == -1 ? digits <= 3 : group == 3 else { return nil }
        group = 0
      case UInt8(ascii: "."):
        guard !inFraction, digits > 0, group == -1 || group == 3 else { return nil }
        inFraction = true
      default:
        return nil
      }
    }
    guard digits > 0, group == -1 || group == 3, !inFraction || fractionDigits > 0 else {
      return nil
    }
    var match = NumberMatch(value: integer + fraction, start: 0, end: 0, form: .digits)
    match.integerDigits = digits
    match.fractionDigits = fractionDigits
    match.isPlainInteger = group == -1 && !inFraction
    match.hasLeadingZero = match.isPlainInteger && digits > 1 && first == UInt8(ascii: "0")
    return match
  }

  // MARK: Words

  /// Number words: "seven", "twenty-five", "a hundred and five", "two dozen", "a couple",
  /// "half a dozen", "two and a half".
  private func words(at index: Int) -> NumberMatch? {
    var total = 0.0
    var current = 0.0
    var last: NumberWordClass?
    var lastScale = 0.0
    var qualifier = QuantityQualifier.exact
    var takesOf = false
    var position = index
    var numberEnd = index
    scanning: while position < end, let word = context.word(position)?.number {
      switch word.wordClass {
      case .article:
        guard last == nil, continuesNumber(position + 1) else { break scanning }
        current = 1
      case .digit:
        guard last == nil || last == .tens || lastScale > 0 else { break scanning }
        current += word.value
      case .teen, .tens:
        guard last == nil || lastScale > 0 else { break scanning }
        current += word.value
      case .scale:
        guard let last, last != .scale || word.value > lastScale, last != .dozen else {
          break scanning
        }
        if word.value == 100 {
          current = max(current, 1) * 100
        } else {
          total += max(current, 1) * word.value
          current = 0
        }
        lastScale = word.value
      case .dozen:
        guard last == .article || last == .digit || last == .teen || last == .tens else {
          break scanning
        }
        current *= 12
      case .couple:
        guard last == .article else { break scanning }
        current = word.value
        qualifier = word.qualifier
        takesOf = true
      case .joiner:
        guard last != nil, last != .article, joins(at: position, after: last, scale: lastScale)
        else { break scanning }
        position += 1
        continue scanning
      case .times, .fraction:
        break scanning
      }
      if word.wordClass != .scale && word.wordClass != .article { lastScale = 0 }
      last = word.wordClass
      position += 1
      if word.wordClass != .article { numberEnd = position }
      if word.wordClass == .dozen || word.wordClass == .couple { break scanning }
    }
    guard numberEnd > index else { return nil }
    var match = NumberMatch(
      value: total + current, start: index, end: numberEnd, form: .words, qualifier: qualifier)
    match.takesOf = takesOf
    if let (fraction, fractionEnd) = andAFraction(at: numberEnd) {
      match.value += fraction
      match.end = fractionEnd
    }
    return match
  }

  /// Whether the joiner at `index` ("and", or a hyphen between words) continues the number:
  /// "twenty-five", "a hundred and five".
  private func joins(at index: Int, after last: NumberWordClass?, scale: Double) -> Bool {
    guard index + 1 < end, let next = context.word(index + 1)?.number else { return false }
    if context.isHyphen(index) {
      guard context.glued(index - 1, index), context.glued(index, index + 1) else { return false }
      return last == .tens && next.wordClass == .digit
    }
    return scale > 0
      && (next.wordClass == .digit || next.wordClass == .teen || next.wordClass == .tens)
  }

  /// "and a half" after a number, hyphenated or not: the fraction and the end.
  private func andAFraction(at index: Int) -> (Double, Int)? {
    var position = index
    func skipHyphen() {
      if position < end, context.isHyphen(position), context.glued(position - 1, position) {
        position += 1
      }
    }
    skipHyphen()
    guard position < end, let and = context.word(position)?.number, and.wordClass == .joiner,
      !context.isHyphen(position)
    else { return nil }
    position += 1
    skipHyphen()
    guard position < end, context.word(position)?.number?.wordClass == .article else {
      return nil
    }
    position += 1
    skipHyphen()
    guard position < end, let fraction = context.word(position)?.number,
      fraction.wordClass == .fraction
    else { return nil }
    return (fraction.value, position + 1)
  }

  /// "half a dozen".
  private func halfADozen(at index: Int) -> NumberMatch? {
    guard index + 2 < end, let half = context.word(index)?.number, half.wordClass == .fraction,
      context.word(index + 1)?.number?.wordClass == .article,
      let dozen = context.word(index + 2)?.number, dozen.wordClass == .dozen
    else { return nil }
    return NumberMatch(value: half.value * dozen.value, start: index, end: index + 3, form: .words)
  }
}
