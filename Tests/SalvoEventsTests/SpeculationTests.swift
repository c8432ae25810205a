import SalvoModel
import Testing

/// Speculation, conditionals and possible targets are hypothetical; trends and habits with
/// no occurrence are generic. Neither is an event.
@Suite("Events: conditionals, speculation and generic statements")
struct SpeculationTests {
  static let cases: [EventCase] = [
    EventCase(
      "may weigh striking",
      "Israel may weigh striking Iran's nuclear sites at Natanz and Fordow, analysts say.",
      rejected: [.hypothetical]),
    EventCase(
      "if … would respond with strikes",
      "If Hezbollah attacked Haifa, Israel would respond with strikes on Beirut, a senior "
        + "official said.",
      rejected: [.hypothetical]),
    EventCase(
      "a list of potential targets",
      "US military planners have drawn up a list of potential targets in Yemen, including radar "
        + "sites near Hodeidah.",
      rejected: [.hypothetical]),
    EventCase(
      "could strike within days",
      "Israel could strike Iranian oil facilities on Kharg Island within days, according to two "
        + "officials.",
      rejected: [.hypothetical]),
    EventCase(
      "a wider war could see",
      "A wider war could see Hezbollah fire thousands of rockets a day at Israeli cities.",
      rejected: [.hypothetical]),
    EventCase(
      "any attack … would",
      "Any Israeli attack on Iran's oil terminals would send crude prices soaring, traders said.",
      rejected: [.hypothetical]),
    EventCase(
      "debating whether to strike",
      "Officials in Washington are debating whether to strike Houthi missile sites in Saada.",
      rejected: [.hypothetical]),
    EventCase(
      "attacks have declined: a trend",
      "Houthi attacks on merchant vessels in the Red Sea have declined sharply since March.",
      rejected: [.generic]),
    EventCase(
      "attacks tend to spike: a habit",
      "Attacks by the Iraqi factions tend to spike after Israeli operations in Gaza.",
      rejected: [.generic]),
    EventCase(
      "rocket fire has become routine",
      "Rocket fire from Lebanon has become a routine part of life for residents of the Upper "
        + "Galilee.",
      rejected: [.generic]),
    EventCase(
      "a stated strike next to a hypothetical one",
      "Israeli jets struck a Hezbollah depot in Baalbek on Monday, and officials said further "
        + "strikes on Beirut could follow.",
      rejected: [.hypothetical],
      EventSpec(attacker: "actor:idf", location: "Baalbek", date: "2024-08-05")),
    EventCase(
      "a modal after the event noun makes it hypothetical",
      "Any Houthi attack on Saudi oil facilities could derail the talks, diplomats said.",
      rejected: [.hypothetical]),
    EventCase(
      "a trend verb after the event noun: generic",
      "Drone attacks on Eilat have become less frequent in recent months.",
      rejected: [.generic]),
    EventCase(
      "a trend word that is also a trigger is the trend after an event noun",
      "The number of Russian drone attacks on Kharkiv dropped by half last month, the mayor "
        + "said.",
      events: 0,
      rejected: [.generic]),
    EventCase(
      "attacks a party mounted are no trend",
      "A drone attack mounted by Iran-backed militias killed two U.S. soldiers at a base in "
        + "eastern Syria on Monday.",
      published: "2024-07-02",
      EventSpec(attacker: "actor:iran-backed-militias", killed: 2)),
    EventCase(
      "potentially engage in a war",
      "Analysts fear Tehran could mobilise its allies and potentially engage in a wider war "
        + "against Israel.",
      events: 0, rejected: [.hypothetical]),
    EventCase(
      "the month of May is no modal",
      "Since May, Iraqi militias have launched more than 30 drone attacks on US bases in Syria.",
      EventSpec(kind: .aggregate, weapon: "drone", count: 30, qualifier: .moreThan)),
    EventCase(
      "May as a day of the month",
      "A Houthi missile struck a cargo ship in the Gulf of Aden on May 12.",
      EventSpec(kind: .incident, attacker: "actor:houthis", weapon: "missile")),
    EventCase(
      "the modal may still speculates",
      "Israel may strike Houthi ports in Yemen again, officials warned.",
      events: 0, rejected: [.hypothetical]),
    EventCase(
      "attacks someone was plotting are no event",
      "A US drone strike killed a Kataib Hezbollah commander in Baghdad on Wednesday who the "
        + "Pentagon said had been plotting attacks on American troops.",
      events: 1, rejected: [.hypothetical],
      EventSpec(attacker: "state:US", location: "Baghdad")),
    EventCase(
      "what a mere trend follows still happened",
      "Attacks on Israel surged after Israel struck Gaza City on Monday.",
      EventSpec(attacker: "state:IL", date: "2024-08-05")),
    EventCase(
      "a modal earlier in the clause makes an event noun speculation",
      "The militias may test U.S. air defences with further ballistic missile attacks on al-Asad "
        + "air base.",
      published: "2024-01-25",
      rejected: [.hypothetical]),
  ]

  @Test(arguments: cases)
  func speculation(_ testCase: EventCase) throws { try verify(testCase) }
}
