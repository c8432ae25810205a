import SalvoModel
import Testing

/// A demonym as an attacker names its state ("Israeli strikes"), except for the countries
/// whose armed groups, not the state, do the fighting the news tells (`armed-demonyms.tsv`):
/// "Iraqi attacks on U.S. forces" are the militias'. A target or a country's name still
/// names the state.
@Suite("Events: demonyms as attackers")
struct DemonymAttackerTests {
  static let cases: [EventCase] = [
    EventCase(
      "Iraqi attacks are the Iraqi militias'",
      "There have been more than 60 Iraqi attacks on U.S. bases in Syria since October, the "
        + "Pentagon said.",
      EventSpec(
        kind: .aggregate, attacker: .generic("generic:militia", country: "IQ"),
        target: "state:US")),
    EventCase(
      "a Yemeni missile is the Houthis' side's, not the Yemeni state's",
      "A Yemeni missile struck a Liberian-flagged tanker off Mocha on Monday.",
      EventSpec(attacker: .generic("generic:militia", country: "YE"), weapon: "missile")),
    EventCase(
      "Lebanese rocket fire comes from the armed groups in Lebanon",
      "Lebanese rocket fire hit an empty field near Metula on Saturday.",
      EventSpec(attacker: .generic("generic:militia", country: "LB"), location: "Metula")),
    EventCase(
      "Israeli strikes stay the Israeli state's",
      "Israeli strikes hit the town of Khiam on Tuesday.",
      EventSpec(attacker: "state:IL", location: "Khiam")),
    EventCase(
      "an Iraqi target is the state's",
      "Turkish jets struck Iraqi army positions near Sinjar on Friday.",
      EventSpec(attacker: "actor:turkish-armed-forces", location: "Sinjar")),
    EventCase(
      "a country named as subject is its state",
      "Iraq fired artillery at Kurdish militants near Zakho on Monday, the ministry said.",
      EventSpec(attacker: "state:IQ", location: "Zakho")),
  ]

  @Test(arguments: cases)
  func demonymAttacker(_ testCase: EventCase) throws { try verify(testCase) }
}
