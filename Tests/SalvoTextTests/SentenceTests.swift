import SalvoModel
import SalvoTestSupport
import Testing

@testable import SalvoText

@Suite("Sentence segmentation")
struct SentenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    var testDescription: String { String(text.prefix(50)) }
  }

  static let cases: [Case] = [
    Case(
      text: "A U.S. drone struck a convoy near Qaim. Two fighters died.",
      expected: ["A U.S. drone struck a convoy near Qaim.", "Two fighters died."]),
    Case(
      text: "The U.N. envoy met Lt. Col. Ahmed Saleh in Aden on Tuesday.",
      expected: ["The U.N. envoy met Lt. Col. Ahmed Saleh in Aden on Tuesday."]),
    Case(
      text: "Gen. Michael Kurilla visited the base. He praised the crews.",
      expected: ["Gen. Michael Kurilla visited the base.", "He praised the crews."]),
    Case(
      text: "Mr. Haddad said the strike hit at 2 a.m. local time.",
      expected: ["Mr. Haddad said the strike hit at 2 a.m. local time."]),
    Case(
      text: "The rockets landed at 3 a.m. The army said nobody was hurt.",
      expected: ["The rockets landed at 3 a.m.", "The army said nobody was hurt."]),
    Case(
      text: "Jets struck at about 4:30 a.m. (0130 GMT), and the building collapsed.",
      expected: ["Jets struck at about 4:30 a.m. (0130 GMT), and the building collapsed."]),
    Case(
      text: "The sirens sounded at 6 a.m. (local time) in Haifa. Nobody was hurt.",
      expected: ["The sirens sounded at 6 a.m. (local time) in Haifa.", "Nobody was hurt."]),
    Case(
      text: "Between 3:15 p.m. and 8 p.m. (Sanaa time), U.S. forces conducted three strikes.",
      expected: ["Between 3:15 p.m. and 8 p.m. (Sanaa time), U.S. forces conducted three strikes."]),
    Case(
      text: "The drone hit at 8 p.m. (Baghdad time) near the airport. Nobody was hurt.",
      expected: ["The drone hit at 8 p.m. (Baghdad time) near the airport.", "Nobody was hurt."]),
    Case(
      text: "The rockets landed at 3 a.m. (Reuters reported it first.) Nobody was hurt.",
      expected: [
        "The rockets landed at 3 a.m.", "(Reuters reported it first.)", "Nobody was hurt.",
      ]),
    Case(
      text: "The attack took place on Jan. 28 at Tower 22 in Jordan.",
      expected: ["The attack took place on Jan. 28 at Tower 22 in Jordan."]),
    Case(
      text: "Resolution No. 1701 ended the war. It was never enforced.",
      expected: ["Resolution No. 1701 ended the war.", "It was never enforced."]),
    Case(
      text: "Troops from the U.K. and France joined. The U.S. Central Command led.",
      expected: ["Troops from the U.K. and France joined.", "The U.S. Central Command led."]),
    Case(
      text: "President John F. Kennedy was mentioned by the envoy.",
      expected: ["President John F. Kennedy was mentioned by the envoy."]),
    Case(
      text: "Officials said U.S. Forces intercepted the drones. Nobody was hurt.",
      expected: ["Officials said U.S. Forces intercepted the drones.", "Nobody was hurt."]),
    Case(
      text: "Since March, . . . the militias have fired dozens of rockets.",
      expected: ["Since March, . . . the militias have fired dozens of rockets."]),
    Case(
      text: "Was it a drone? Officials would not say! The probe continues.",
      expected: ["Was it a drone?", "Officials would not say!", "The probe continues."]),
    Case(
      text: "“We will respond,” the spokesman said. “Soon.”",
      expected: ["“We will respond,” the spokesman said.", "“Soon.”"]),
    Case(
      text: "The convoy left St. George's church at dawn.",
      expected: ["The convoy left St. George's church at dawn."]),
    Case(
      text: "Sirens sounded at 3 a.m. GMT on Sunday across the north.",
      expected: ["Sirens sounded at 3 a.m. GMT on Sunday across the north."]),
    Case(
      text: "The talks ended at 10 p.m. Negotiators said they would meet again.",
      expected: ["The talks ended at 10 p.m.", "Negotiators said they would meet again."]),
    Case(
      text: "The convoy passed Martin Luther King Jr. Boulevard before dawn.",
      expected: ["The convoy passed Martin Luther King Jr. Boulevard before dawn."]),
    Case(
      text: "Drones hit Erbil\nMissiles hit Haifa",
      expected: ["Drones hit Erbil", "Missiles hit Haifa"]),
  ]

  @Test(arguments: cases)
  func splits(_ testCase: Case) throws {
    #expect(try sentences(testCase.text) == testCase.expected)
  }

  @Test func blocksAreHardBoundaries() throws {
    let text = "Attack on the base in\nDeir ez-Zor province"
    #expect(try sentences(text).count == 2)
  }

  @Test func softWrapInsideOneBlockDoesNotSplit() throws {
    let text = "Militants fired rockets at the\nbase overnight. Nobody was hurt."
    let analyzer = try TextAnalyzer(configuration: textConfiguration)
    let block = TextRange(utf8Start: 0, utf8End: text.utf8.count)
    let layer = try analyzer.analyze(text: text, blocks: [block], headline: nil)
    #expect(
      layer.sentences.map { String(text.slice($0.range)) } == [
        "Militants fired rockets at the\nbase overnight.", "Nobody was hurt.",
      ])
  }

  @Test func headlineSentencesAreFlagged() throws {
    let text = "Drones Strike Oil Field\nThe attack began at dawn."
    let blocks = lineBlocks(text)
    let analyzer = try TextAnalyzer(configuration: textConfiguration)
    let layer = try analyzer.analyze(text: text, blocks: blocks, headline: blocks[0])
    #expect(layer.sentences.map(\.isHeadline) == [true, false])
  }

  @Test func sentencesHoldTheirTokens() throws {
    let text = "Iraqi militias fired two rockets. The base was hit."
    let layer = try analyze(text)
    for sentence in layer.sentences {
      for index in sentence.tokens {
        #expect(sentence.range.contains(layer.tokens[index].range))
      }
    }
    #expect(layer.sentences.map(\.tokens.count) == [6, 5])
  }
}
