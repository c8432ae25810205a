import SalvoModel

/// Resolves date expressions to spans of days, leaning to the past.
///
/// With a publication date, a date without a year is the latest such date not after
/// publication ("27 September" in an article of 15 October 2024 → 2024-09-27; "October 7"
/// in one of 27 July 2024 → 2023-10-07), and relative expressions count from publication.
/// Without one, the latest date the article writes with its year (`anchor`) stands in:
/// a date without a year is the first such date on or after it (flagged `yearInferred`),
/// because reporters write the year for dates outside the year of writing, so the undated
/// ones belong to the years after the dated ones ("the 7 October 2023 attack … an airstrike
/// on 27 September" → 2024-09-27). Relative expressions ("last month", "on Monday") then stay
/// unresolved (`unknown`, no days) rather than guessed.
struct DateResolver {
  /// The publication date, or the reference a range's first end leans against.
  let reference: CalendarDate?
  /// The latest written date, which dates without a year follow when there is no reference.
  let anchor: CalendarDate?

  init(reference: CalendarDate?, anchor: CalendarDate? = nil) {
    self.reference = reference
    self.anchor = anchor
  }

  /// The span of days an expression denotes.
  func resolve(_ expression: DateExpression) -> TimeExpression {
    switch expression {
    case .calendar(let year, let month, let day):
      return calendar(year: year, month: month, day: day)
    case .monthOfYear(let month, let shift):
      guard let reference else { return Self.unknown }
      return Self.month(reference.year + shift, month.rawValue, inferred: false)
    case .deicticMonth(let month, let shift):
      guard let reference else { return Self.unknown }
      var year = reference.year
      switch shift {
      case ..<0: if month.rawValue >= reference.month { year -= 1 }
      case 1...: if month.rawValue <= reference.month { year += 1 }
      default: break
      }
      return Self.month(year, month.rawValue, inferred: false)
    case .weekday(let weekday, let shift):
      guard let reference else { return Self.unknown }
      let back = (reference.weekday - weekday + 7) % 7
      let offset: Int
      switch shift {
      case ..<0: offset = back == 0 ? -7 : -back
      case 1...:
        offset =
          (weekday - reference.weekday + 7) % 7 == 0
          ? 7 : (weekday - reference.weekday + 7) % 7
      default: offset = -back
      }
      return Self.day(reference.adding(days: offset), inferred: shift == 0)
    case .weekend(let shift):
      guard let reference else { return Self.unknown }
      // ("Last weekend" on a weekday is the latest one; on a weekend, the one before.)
      let back = (reference.weekday - 6 + 7) % 7
      let earlier = shift < 0 && reference.weekday >= 6 ? 7 : 0
      let saturday = reference.adding(days: -back - earlier)
      return TimeExpression(
        start: saturday, end: saturday.adding(days: 1), precision: .range, yearInferred: true)
    case .dayOffset(let offset):
      guard let reference else { return Self.unknown }
      return Self.day(reference.adding(days: offset), inferred: false)
    case .period(let unit, let shift, let part):
      guard let reference else { return Self.unknown }
      return period(unit, shift: shift, part: part, reference: reference)
    case .ago(let amount, let unit, let qualifier):
      guard let reference else { return Self.unknown }
      return ago(amount, unit, qualifier, reference: reference)
    case .recentSpan(let amount, let unit):
      guard let reference else { return Self.unknown }
      return TimeExpression(
        start: Self.back(amount, unit, from: reference), end: reference, precision: .range,
        yearInferred: false)
    case .range(let from, let to):
      return range(from, to)
    }
  }

  // MARK: Calendar dates

  private func calendar(year: Int?, month: CalendarMonth?, day: Int?) -> TimeExpression {
    if let year {
      guard let month else { return Self.year(year, inferred: false) }
      guard let day else { return Self.month(year, month.rawValue, inferred: false) }
      guard CalendarDate.isValid(year: year, month: month.rawValue, day: day) else {
        return Self.unknown
      }
      return Self.day(CalendarDate(year: year, month: month.rawValue, day: day), inferred: false)
    }
    guard let month else { return Self.unknown }
    var inferredYear: Int
    if let reference {
      inferredYear = reference.year
      let isAfter =
        day.map { (month.rawValue, $0) > (reference.month, reference.day) }
        ?? (month.rawValue > reference.month)
      if isAfter { inferredYear -= 1 }
    } else if let anchor {
      inferredYear = anchor.year
      let isBefore =
        day.map { (month.rawValue, $0) < (anchor.month, anchor.day) }
        ?? (month.rawValue < anchor.month)
      if isBefore { inferredYear += 1 }
    } else {
      return Self.unknown
    }
    guard let day else { return Self.month(inferredYear, month.rawValue, inferred: true) }
    // 29 February leans back to the latest leap year.
    var attempts = 0
    while !CalendarDate.isValid(year: inferredYear, month: month.rawValue, day: day) {
      attempts += 1
      guard attempts <= 8 else { return Self.unknown }
      inferredYear += reference == nil ? 1 : -1
    }
    return Self.day(
      CalendarDate(year: inferredYear, month: month.rawValue, day: day), inferred: true)
  }

  // MARK: Relative dates

  private func period(
    _ unit: PeriodUnit, shift: Int, part: DatePart?, reference: CalendarDate
  ) -> TimeExpression {
    var span: TimeExpression
    switch unit {
    case .day:
      span = Self.day(reference.adding(days: shift), inferred: false)
    case .week:
      let monday = reference.adding(days: 1 - reference.weekday + 7 * shift)
      span = TimeExpression(
        start: monday, end: monday.adding(days: 6), precision: .week, yearInferred: false)
    case .month:
      let first = CalendarDate.first(year: reference.year, month: reference.month)
        .adding(months: shift)
      span = Self.month(first.year, first.month, inferred: false)
    case .year:
      span = Self.year(reference.year + shift, inferred: false)
    case .hour, .fortnight, .decade, .century:
      return Self.unknown
    }
    // "earlier this year": from the period's start to publication; "later this month":
    // from publication to its end.
    if shift == 0, let part, part != .mid, let first = span.start, let last = span.end {
      let (start, end) = part == .early ? (first, reference) : (reference, last)
      span = TimeExpression(start: start, end: end, precision: .range, yearInferred: false)
    }
    return span
  }

  private func ago(
    _ amount: Double, _ unit: PeriodUnit, _ qualifier: QuantityQualifier,
    reference: CalendarDate
  ) -> TimeExpression {
    let point = Self.back(amount, unit, from: reference)
    switch qualifier {
    case .moreThan, .atLeast:
      return TimeExpression(start: nil, end: point, precision: .range, yearInferred: false)
    case .lessThan, .upTo:
      return TimeExpression(start: point, end: reference, precision: .range, yearInferred: false)
    default:
      break
    }
    switch unit {
    case .hour, .day:
      return Self.day(point, inferred: false)
    case .week, .fortnight:
      let monday = point.adding(days: 1 - point.weekday)
      return TimeExpression(
        start: monday, end: monday.adding(days: 6), precision: .week, yearInferred: false)
    case .month:
      return Self.month(point.year, point.month, inferred: false)
    case .year, .decade, .century:
      return Self.year(point.year, inferred: false)
    }
  }

  /// The date `amount` units before `date`; fractions of days are dropped.
  static func back(_ amount: Double, _ unit: PeriodUnit, from date: CalendarDate)
    -> CalendarDate
  {
    switch unit {
    case .hour: return date.adding(days: -Int(amount / 24))
    case .day: return date.adding(days: -Int(amount))
    case .week: return date.adding(days: -Int(amount * 7))
    case .fortnight: return date.adding(days: -Int(amount * 14))
    case .month: return date.adding(months: -Int(amount.rounded()))
    case .year: return date.adding(months: -Int((amount * 12).rounded()))
    case .decade: return date.adding(months: -Int((amount * 120).rounded()))
    case .century: return date.adding(months: -Int((amount * 1200).rounded()))
    }
  }

  /// "between October and June": the second end leans to the past from publication, the
  /// first from the second end.
  private func range(_ from: DateExpression, _ to: DateExpression) -> TimeExpression {
    let last = resolve(to)
    guard let lastEnd = last.end else { return Self.unknown }
    let first = DateResolver(reference: lastEnd).resolve(from)
    guard let firstStart = first.start else { return Self.unknown }
    return TimeExpression(
      start: firstStart, end: lastEnd, precision: .range,
      yearInferred: first.yearInferred || last.yearInferred)
  }

  // MARK: Spans

  static let unknown = TimeExpression(
    start: nil, end: nil, precision: .unknown, yearInferred: false)

  static func day(_ date: CalendarDate, inferred: Bool) -> TimeExpression {
    TimeExpression(start: date, end: date, precision: .day, yearInferred: inferred)
  }

  static func month(_ year: Int, _ month: Int, inferred: Bool) -> TimeExpression {
    TimeExpression(
      start: .first(year: year, month: month), end: .last(year: year, month: month),
      precision: .month, yearInferred: inferred)
  }

  static func year(_ year: Int, inferred: Bool) -> TimeExpression {
    TimeExpression(
      start: CalendarDate(year: year, month: 1, day: 1),
      end: CalendarDate(year: year, month: 12, day: 31), precision: .year,
      yearInferred: inferred)
  }
}
