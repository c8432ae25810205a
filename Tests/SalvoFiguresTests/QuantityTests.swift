import SalvoModel
import Testing

/// One count in a sentence: the marked span and what it should resolve to.
struct CountCase: Sendable, CustomTestStringConvertible {
  let marked: Marked
  let value: Double?
  let qualifier: QuantityQualifier
  let unit: String?
  let role: QuantityRole
  let low: Double?
  let high: Double?
  /// Other counts the sentence holds besides the marked one.
  let others: Int

  init(
    _ marked: String, _ value: Double?, _ qualifier: QuantityQualifier = .exact,
    unit: String?, role: QuantityRole = .count, low: Double? = nil, high: Double? = nil,
    others: Int = 0
  ) {
    self.marked = Marked(marked)
    self.value = value
    self.qualifier = qualifier
    self.unit = unit
    self.role = role
    self.low = low
    self.high = high
    self.others = others
  }

  var testDescription: String { marked.text }
}

/// Checks that a sentence holds the case's count, with its span, value, hedge, unit and role.
func check(_ testCase: CountCase) throws {
  let found = try quantities(testCase.marked.text)
  #expect(
    found.count == testCase.others + 1,
    "counts: \(found.map { "\($0.text)" }) in '\(testCase.marked.text)'")
  let match = try #require(
    found.first { $0.text == testCase.marked.span },
    "no count '\(testCase.marked.span)' among \(found.map(\.text))")
  let quantity = match.quantity
  #expect(quantity.value == testCase.value)
  #expect(quantity.qualifier == testCase.qualifier)
  #expect(quantity.unit == testCase.unit)
  #expect(quantity.role == testCase.role)
  #expect(quantity.low == testCase.low)
  #expect(quantity.high == testCase.high)
}

@Suite("Numbers in digits and words")
struct NumberTests {
  static let cases: [CountCase] = [
    CountCase("Rebels fired ⟦twenty-five rockets⟧ at the airport overnight.", 25, unit: "rocket"),
    CountCase("Air defences shot down ⟦30 of the missiles⟧ over the capital.", 30, unit: "missile"),
    CountCase("The navy intercepted ⟦ninety-nine drones⟧ over the gulf.", 99, unit: "drone"),
    CountCase(
      "Officials said ⟦one hundred and twenty projectiles⟧ were launched.", 120,
      unit: "projectile"),
    CountCase(
      "Militias have carried out ⟦1,200 attacks⟧ since the war began.", 1200, unit: "attack"),
    CountCase(
      "The agency said ⟦1.5 million people⟧ had fled the south.", 1_500_000, unit: "person",
      role: .other),
    CountCase("Forces seized ⟦a dozen launchers⟧ near the border.", 12, unit: "launcher"),
    CountCase("Fighters fired ⟦two dozen mortar rounds⟧ at the outpost.", 24, unit: "mortar"),
    CountCase("Gunmen torched ⟦half a dozen vehicles⟧ on the highway.", 6, unit: "vehicle"),
    CountCase(
      "Witnesses heard ⟦a couple of explosions⟧ near the port.", 2, .approx, unit: "explosion"),
    CountCase("The group claimed ⟦forty-two strikes⟧ on army positions.", 42, unit: "strike"),
    CountCase("Drones struck ⟦three thousand targets⟧ during the campaign.", 3000, unit: "target"),
    CountCase("The coalition flew ⟦14 sorties⟧ over the province.", 14, unit: "sortie"),
    CountCase(
      "Engineers cleared ⟦eleven explosive devices⟧ from the road.", 11,
      unit: "explosive device"),
    CountCase(
      "Satellite images show ⟦seventeen aircraft⟧ parked at the base.", 17, unit: "aircraft"),
    CountCase(
      "The ministry counted ⟦two thousand three hundred homes⟧ destroyed.", 2300,
      unit: "building", role: .other),
    CountCase("Sappers defused ⟦Twelve mines⟧ before noon.", 12, unit: "mine"),
    CountCase(
      "The army said ⟦3,500 troops⟧ had been deployed.", 3500, unit: "person", role: .other),
    CountCase(
      "Aid groups counted ⟦10,000 displaced families⟧ in the camps.", 10000, unit: "family",
      role: .other),
    CountCase("The militia fired ⟦2.5 thousand shells⟧ in a week.", 2500, unit: "shell"),
    CountCase("Hezbollah Fires ⟦40 Rockets⟧ at Northern Israel", 40, unit: "rocket"),
    CountCase(
      "The agency said ⟦1.7 million people⟧ were displaced.", 1_700_000, unit: "person",
      role: .other),
    CountCase("⟦A pair of drones⟧ struck the oil field.", 2, unit: "drone"),
    CountCase("The navy sent ⟦two aircraft carriers⟧ to the region.", 2, unit: "ship"),
    CountCase("⟦Two strikes⟧ hit the market at noon.", 2, unit: "strike"),
  ]

  @Test(arguments: cases)
  func numbers(_ testCase: CountCase) throws { try check(testCase) }
}

@Suite("Hedges and ranges")
struct HedgeTests {
  static let cases: [CountCase] = [
    CountCase(
      "Insurgents launched ⟦roughly 60 rockets⟧ toward the city.", 60, .approx, unit: "rocket"),
    CountCase(
      "Residents counted ⟦nearly 30 explosions⟧ before dawn.", 30, .approx, unit: "explosion"),
    CountCase("The strikes hit ⟦almost 50 targets⟧ in the valley.", 50, .approx, unit: "target"),
    CountCase(
      "Israel has intercepted ⟦well over 300 drones⟧ in the north.", 300, .moreThan,
      unit: "drone", low: 300),
    CountCase(
      "Militants have fired ⟦upwards of 400 rockets⟧ from the south.", 400, .moreThan,
      unit: "rocket", low: 400),
    CountCase(
      "The army recorded ⟦no fewer than 15 incursions⟧ in the sector.", 15, .atLeast,
      unit: "incursion", low: 15),
    CountCase(
      "The militia fired ⟦as many as 70 rockets⟧ in a single barrage.", 70, .upTo,
      unit: "rocket", high: 70),
    CountCase(
      "Air defences shot down ⟦fewer than ten drones⟧ on the first night.", 10, .lessThan,
      unit: "drone", high: 10),
    CountCase(
      "Officials reported ⟦less than 20 impacts⟧ inside the base.", 20, .lessThan,
      unit: "impact", high: 20),
    CountCase(
      "The navy tracked ⟦at most five vessels⟧ near the strait.", 5, .upTo, unit: "ship",
      high: 5),
    CountCase(
      "Hezbollah fired ⟦an estimated 150 rockets⟧ into the Galilee.", 150, .approx,
      unit: "rocket"),
    CountCase(
      "Troops found ⟦12 or more launchers⟧ in the orchard.", 12, .atLeast, unit: "launcher",
      low: 12),
    CountCase(
      "The airstrikes destroyed ⟦about a dozen buildings⟧ in the camp.", 12, .approx,
      unit: "building", role: .other),
    CountCase(
      "Rebels claimed ⟦more than a hundred attacks⟧ on the garrison.", 100, .moreThan,
      unit: "attack", low: 100),
    CountCase(
      "⟦Some 300 fighters⟧ crossed the border at night.", 300, .approx, unit: "person",
      role: .other),
    CountCase(
      "Gunmen fired ⟦around 40 rounds⟧ at the patrol.", 40, .approx, unit: "round",
      role: .other),
    CountCase(
      "Militants fired ⟦between 10 and 15 rockets⟧ at the town.", nil, .range, unit: "rocket",
      low: 10, high: 15),
    CountCase(
      "The salvo included ⟦20 to 30 drones⟧, the army said.", nil, .range, unit: "drone",
      low: 20, high: 30),
    CountCase(
      "Witnesses reported ⟦two or three explosions⟧ near the depot.", nil, .range,
      unit: "explosion", low: 2, high: 3),
    CountCase(
      "Forces destroyed ⟦40-50 launchers⟧ in the operation.", nil, .range, unit: "launcher",
      low: 40, high: 50),
    CountCase(
      "Analysts estimate ⟦between 300 and 400 fighters⟧ remain in the town.", nil, .range,
      unit: "person", role: .other, low: 300, high: 400),
    CountCase(
      "The drone carried ⟦exactly four missiles⟧ on its wings.", 4, .exact, unit: "missile"),
  ]

  @Test(arguments: cases)
  func hedges(_ testCase: CountCase) throws { try check(testCase) }

  /// Words that only link or follow a number ("to", "and", "or") start no scan of their own,
  /// yet still join the ranges they belong to.
  @Test func linkingWordsAloneFindNothing() throws {
    let text =
      "Convoys drove to Mosul and Tal Afar or Sinjar, and officials said 12 to 15 fighters "
      + "and two or three civilians were killed."
    let found = try quantities(text)
    #expect(found.map(\.text) == ["12 to 15 fighters", "two or three civilians"])
    #expect(found.map(\.quantity.low) == [12, 2])
    #expect(found.map(\.quantity.high) == [15, 3])
  }
}

@Suite("Vague amounts")
struct VagueTests {
  static let cases: [CountCase] = [
    CountCase(
      "Israeli jets carried out ⟦dozens of strikes⟧ across the south.", nil, .vague, unit: "strike"),
    CountCase(
      "The ministry said ⟦hundreds of people⟧ were wounded in the blasts.", nil, .vague,
      unit: "person", role: .injured),
    CountCase(
      "⟦Thousands of residents⟧ fled the city in the night.", nil, .vague, unit: "person",
      role: .other),
    CountCase("The group has launched ⟦scores of drones⟧ at shipping.", nil, .vague, unit: "drone"),
    CountCase(
      "Rescuers said ⟦several children⟧ were killed in the collapse.", nil, .vague,
      unit: "child", role: .killed),
    CountCase(
      "The coalition conducted ⟦numerous raids⟧ in the province.", nil, .vague, unit: "raid"),
    CountCase(
      "Militias have fired ⟦a handful of rockets⟧ at the base.", nil, .vague, unit: "rocket"),
    CountCase(
      "⟦Tens of thousands of people⟧ have been displaced by the shelling.", nil, .vague,
      unit: "person", role: .other),
    CountCase(
      "Police said ⟦dozens⟧ were injured in the stampede.", nil, .vague, unit: "person",
      role: .injured),
    CountCase(
      "Officers detained ⟦multiple suspects⟧ after the blast.", nil, .vague, unit: "suspect",
      role: .other),
    CountCase(
      "The strike killed ⟦dozens of fighters⟧ in the camp.", nil, .vague, unit: "person",
      role: .killed),
    CountCase(
      "The shelling ⟦killed dozens⟧ in the market.", nil, .vague, unit: "person", role: .killed),
    CountCase("Air defences downed ⟦a few drones⟧ over the capital.", nil, .vague, unit: "drone"),
    CountCase(
      "The base has been attacked ⟦dozens of times⟧ since October.", nil, .vague, unit: "attack"),
    CountCase("The field was struck ⟦several times⟧ in 2023.", nil, .vague, unit: "strike"),
  ]

  @Test(arguments: cases)
  func vague(_ testCase: CountCase) throws { try check(testCase) }

  @Test func scoresWithoutOfIsNoCount() throws {
    #expect(try quantities("The test scores were published on Friday.").isEmpty)
  }

  @Test func acledConventionIsKeptApart() throws {
    let found = try figures("Israeli jets carried out dozens of strikes across the south.")
    let mention = try #require(found.first?.mention)
    guard case .quantity(let quantity) = mention.value else {
      Issue.record("not a quantity")
      return
    }
    #expect(quantity.low == nil)
    let source = try #require(mention.provenance.source)
    #expect(source.hasPrefix("figures/vague.tsv:"))
    #expect(figuresConfiguration.acledLow(forSource: source) == 12)
    #expect(figuresConfiguration.acledLow(forSource: "figures/units.tsv:1") == nil)
  }
}
