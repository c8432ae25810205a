import SalvoModel
import Testing

/// One date expression in a sentence and the span of days it should resolve to.
struct DateCase: Sendable, CustomTestStringConvertible {
  let marked: Marked
  let published: String?
  let start: String?
  let end: String?
  let precision: DatePrecision
  let yearInferred: Bool

  init(
    _ marked: String, published: String? = "2024-10-15", _ start: String?, _ end: String?,
    _ precision: DatePrecision, inferred: Bool = false
  ) {
    self.marked = Marked(marked)
    self.published = published
    self.start = start
    self.end = end
    self.precision = precision
    self.yearInferred = inferred
  }

  var testDescription: String { marked.text }
}

/// Publication dates: 2024-10-15 is a Tuesday.
@Suite("Dates resolved against the publication date")
struct DateTests {
  static let absolute: [DateCase] = [
    DateCase(
      "The strike hit the depot on ⟦27 September⟧.", "2024-09-27", "2024-09-27", .day,
      inferred: true),
    DateCase(
      "The strike came on ⟦September 27⟧.", "2024-09-27", "2024-09-27", .day, inferred: true),
    DateCase("Rockets fell on ⟦7 October 2023⟧.", "2023-10-07", "2023-10-07", .day),
    DateCase(
      "The raid took place on ⟦October 20⟧.", "2023-10-20", "2023-10-20", .day, inferred: true),
    DateCase(
      "Talks collapsed ⟦in January⟧.", "2024-01-01", "2024-01-31", .month, inferred: true),
    DateCase(
      "Fighting escalated ⟦in November⟧.", "2023-11-01", "2023-11-30", .month, inferred: true),
    DateCase("The base was first hit ⟦in 1991⟧.", "1991-01-01", "1991-12-31", .year),
    DateCase("Attacks surged in ⟦mid-2023⟧.", "2023-01-01", "2023-12-31", .year),
    DateCase("The agreement was signed on ⟦27/07/2024⟧.", "2024-07-27", "2024-07-27", .day),
    DateCase("The report is dated ⟦2024-03-05⟧.", "2024-03-05", "2024-03-05", .day),
    DateCase("The blast happened on ⟦05.03.2024⟧.", "2024-03-05", "2024-03-05", .day),
    DateCase("The order was issued on ⟦07/27/2024⟧.", "2024-07-27", "2024-07-27", .day),
    DateCase(
      "Fighting broke out on ⟦4 July⟧.", "2024-07-04", "2024-07-04", .day, inferred: true),
    DateCase(
      "The attack on ⟦Sept. 3⟧ damaged a school.", "2024-09-03", "2024-09-03", .day,
      inferred: true),
    DateCase(
      "The raid on ⟦Oct 2⟧ destroyed a depot.", "2024-10-02", "2024-10-02", .day,
      inferred: true),
    DateCase(
      "A strike on ⟦January 5, 2024⟧ hit the camp.", "2024-01-05", "2024-01-05", .day),
    DateCase("The offensive of ⟦late 2023⟧ stalled.", "2023-01-01", "2023-12-31", .year),
    DateCase(
      "It included the ⟦January⟧ drone strike that killed three soldiers.", "2024-01-01",
      "2024-01-31", .month, inferred: true),
    DateCase("The group has fought ⟦since 2014⟧.", "2014-01-01", "2014-12-31", .year),
    DateCase(
      "The attacks have continued ⟦since early November 2023⟧.", "2023-11-01", "2023-11-30",
      .month),
    DateCase(
      "The incident in ⟦late January 2024⟧ shocked the region.", "2024-01-01", "2024-01-31", .month),
    DateCase("The reform of the ⟦post-2003⟧ state stalled.", "2003-01-01", "2003-12-31", .year),
    DateCase(
      "Iran fired drones on ⟦April 13-14⟧.", "2024-04-13", "2024-04-14", .range,
      inferred: true),
    DateCase(
      "The strike on the ⟦5th of July⟧ hit a school.", "2024-07-05", "2024-07-05", .day,
      inferred: true),
    // A month and day before the noun they date are no count of it.
    DateCase(
      "Strikes rose after Hamas' ⟦Oct. 7⟧ attacks on Israel.", published: "2024-03-29",
      "2023-10-07",
      "2023-10-07", .day,
      inferred: true),
    DateCase(
      "Since the ⟦October 7⟧ attacks, militias have fired on the bases.",
      published: "2024-03-29", "2023-10-07",
      "2023-10-07", .day, inferred: true),
    DateCase(
      "Hamas's ⟦October 7⟧ attack killed about 1,200 people.", published: "2024-03-29",
      "2023-10-07", "2023-10-07", .day,
      inferred: true),
  ]

  static let relative: [DateCase] = [
    DateCase("The militia struck ⟦yesterday⟧.", "2024-10-14", "2024-10-14", .day),
    DateCase(
      "Shelling killed 40 people ⟦over the weekend⟧.", "2024-10-12", "2024-10-13", .range,
      inferred: true),
    DateCase(
      "A drone hit the hospital ⟦last weekend⟧.", "2024-10-12", "2024-10-13", .range,
      inferred: true),
    DateCase(
      "A drone hit the hospital ⟦last weekend⟧.", published: "2024-10-13", "2024-10-05",
      "2024-10-06", .range, inferred: true),
    DateCase("Rockets were fired ⟦today⟧.", "2024-10-15", "2024-10-15", .day),
    DateCase(
      "Drones attacked the port ⟦on Monday⟧.", "2024-10-14", "2024-10-14", .day, inferred: true),
    DateCase(
      "The convoy was hit ⟦on Tuesday⟧.", "2024-10-15", "2024-10-15", .day, inferred: true),
    DateCase(
      "The town was shelled ⟦on Sunday⟧.", "2024-10-13", "2024-10-13", .day, inferred: true),
    DateCase(
      "Five rockets hit the outpost ⟦on Sunday, Sept. 29⟧, witnesses said.", "2024-09-29",
      "2024-09-29", .day, inferred: true),
    DateCase(
      "The base came under attack ⟦Thursday, 3 October⟧.", "2024-10-03", "2024-10-03", .day,
      inferred: true),
    DateCase(
      "Fighters fired on trench diggers ⟦on Saturday 24 August⟧, relatives said.", "2024-08-24",
      "2024-08-24", .day, inferred: true),
    DateCase(
      "The militia shelled the town ⟦on Sunday⟧ 25 people were hurt, medics said.", "2024-10-13",
      "2024-10-13", .day, inferred: true),
    DateCase("The strike happened ⟦last Tuesday⟧.", "2024-10-08", "2024-10-08", .day),
    DateCase(
      "⟦Monday's⟧ strike destroyed a bridge.", "2024-10-14", "2024-10-14", .day, inferred: true),
    DateCase("Militants attacked the town ⟦last month⟧.", "2024-09-01", "2024-09-30", .month),
    DateCase("The group was formed ⟦last year⟧.", "2023-01-01", "2023-12-31", .year),
    DateCase("The ceasefire collapsed ⟦this year⟧.", "2024-01-01", "2024-12-31", .year),
    DateCase("The talks resume ⟦next month⟧.", "2024-11-01", "2024-11-30", .month),
    DateCase("Shelling intensified ⟦last week⟧.", "2024-10-07", "2024-10-13", .week),
    DateCase("The envoy arrived ⟦earlier this week⟧.", "2024-10-14", "2024-10-15", .range),
    DateCase("The drone was launched ⟦two days ago⟧.", "2024-10-13", "2024-10-13", .day),
    DateCase("The bridge was destroyed ⟦three weeks ago⟧.", "2024-09-23", "2024-09-29", .week),
    DateCase("The attack happened ⟦a week ago⟧.", "2024-10-07", "2024-10-13", .week),
    DateCase("The town fell ⟦six months ago⟧.", "2024-04-01", "2024-04-30", .month),
    DateCase("The group was founded ⟦more than 40 years ago⟧.", nil, "1984-10-15", .range),
    DateCase(
      "The group has grown ⟦since November⟧.", "2023-11-01", "2023-11-30", .month,
      inferred: true),
    DateCase(
      "Strikes continued ⟦between October and June⟧.", "2023-10-01", "2024-06-30", .range,
      inferred: true),
    DateCase(
      "Strikes resumed ⟦from March to May⟧.", "2024-03-01", "2024-05-31", .range,
      inferred: true),
    DateCase(
      "Israel has carried out raids ⟦over the last year⟧.", "2023-10-15", "2024-10-15", .range),
    DateCase(
      "Shelling rose ⟦in the last two and a half weeks⟧.", "2024-09-28", "2024-10-15", .range),
    DateCase("Attacks rose ⟦over the past three months⟧.", "2024-07-15", "2024-10-15", .range),
    DateCase("Drones flew every night for ⟦the past week⟧.", "2024-10-08", "2024-10-15", .range),
    DateCase(
      "Militias struck over a ⟦two-and-a-half-week period⟧.", "2024-09-28", "2024-10-15",
      .range),
    DateCase("The offensive began ⟦October last year⟧.", "2023-10-01", "2023-10-31", .month),
    DateCase(
      "The war began in ⟦October of the previous year⟧.", "2023-10-01", "2023-10-31", .month),
    DateCase(
      "⟦Earlier this year, in March⟧, the militia struck the base.", "2024-03-01", "2024-03-31",
      .month),
    DateCase("Militants struck the base ⟦last October⟧.", "2023-10-01", "2023-10-31", .month),
    DateCase("Attacks rose ⟦earlier this year⟧.", "2024-01-01", "2024-10-15", .range),
    DateCase("The ⟦Friday⟧ raid killed no one.", "2024-10-11", "2024-10-11", .day, inferred: true),
  ]

  static let withoutPublication: [DateCase] = [
    DateCase(
      "The strike hit the depot on ⟦27 September⟧.", published: nil, nil, nil, .unknown),
    DateCase("Rockets fell ⟦yesterday⟧.", published: nil, nil, nil, .unknown),
    DateCase("Drones attacked ⟦on Monday⟧.", published: nil, nil, nil, .unknown),
    DateCase("Rockets fell on ⟦7 October 2023⟧.", published: nil, "2023-10-07", "2023-10-07", .day),
    DateCase(
      "After the 7 October 2023 attack, a reprisal came on ⟦27 September⟧.", published: nil,
      "2024-09-27", "2024-09-27", .day, inferred: true),
    DateCase(
      "After the 7 October 2023 attack, raids followed ⟦in November⟧.", published: nil,
      "2023-11-01", "2023-11-30", .month, inferred: true),
    DateCase(
      "Strikes since early November 2023 peaked ⟦between March and June⟧.", published: nil,
      "2024-03-01", "2024-06-30", .range, inferred: true),
    DateCase("The war began ⟦last year⟧.", published: nil, nil, nil, .unknown),
  ]

  static let leap: [DateCase] = [
    DateCase(
      "The depot burned on ⟦29 February⟧.", published: "2025-03-10", "2024-02-29",
      "2024-02-29", .day, inferred: true)
  ]

  @Test(arguments: absolute + relative + withoutPublication + leap)
  func resolves(_ testCase: DateCase) throws {
    let found = try dates(testCase.marked.text, published: testCase.published)
    let match = try #require(
      found.first { $0.text == testCase.marked.span },
      "no date '\(testCase.marked.span)' among \(found.map(\.text))")
    #expect(match.date.start.map(\.description) == testCase.start)
    #expect(match.date.end.map(\.description) == testCase.end)
    #expect(match.date.precision == testCase.precision)
    #expect(match.date.yearInferred == testCase.yearInferred)
  }

  @Test func aLowerCaseMonthWordAfterTheIsNoMonth() throws {
    #expect(try dates("Thousands joined the march on the capital.").isEmpty)
    #expect(try dates("The militia may attack again.").isEmpty)
  }

  @Test func aMonthBeforeAPluralCountIsNoDay() throws {
    let text = "In March 12 people were killed in the shelling."
    #expect(try quantities(text).map(\.text) == ["12 people"])
  }

  @Test func datesAreNotCounts() throws {
    let text = "Militants attacked the base on 27 September and again on October 1, 2024."
    #expect(try quantities(text).isEmpty)
    #expect(try dates(text).count == 2)
  }
}
