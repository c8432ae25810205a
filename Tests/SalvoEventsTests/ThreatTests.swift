import SalvoModel
import Testing

/// Threats, vows and warnings of attacks are not events; they are rejected as threats,
/// while an attack stated next to them still is one.
@Suite("Events: threats")
struct ThreatTests {
  static let cases: [EventCase] = [
    EventCase(
      "vowed to strike",
      "Iran's Revolutionary Guards vowed to strike Israel at a time of their choosing.",
      rejected: [.threat]),
    EventCase(
      "threatened to attack any warship",
      "The Houthis threatened to attack any US warship that enters the Red Sea.",
      rejected: [.threat]),
    EventCase(
      "warned the group would target",
      "Hezbollah's leader warned that the group would target the port of Haifa.",
      rejected: [.threat]),
    EventCase(
      "threatened to resume attacks",
      "Kataib Hezbollah threatened to resume attacks on US forces in Iraq and Syria.",
      rejected: [.threat]),
    EventCase(
      "pledged to keep targeting",
      "The Islamic Resistance in Iraq pledged to keep targeting Israeli ports on the "
        + "Mediterranean.",
      rejected: [.threat]),
    EventCase(
      "threatened to bomb a district",
      "Israel's defence minister threatened to bomb Beirut's southern suburbs.",
      rejected: [.threat]),
    EventCase(
      "fired and threatened: the launch is an event, the threat is not",
      "The Houthis fired two ballistic missiles at Eilat on Sunday and threatened to widen "
        + "their attacks to the Mediterranean.",
      rejected: [.threat],
      EventSpec(
        attacker: "actor:houthis", location: "Eilat", weapon: "ballistic missile", count: 2,
        date: "2024-08-04")),
    EventCase(
      "vowed to retaliate after a strike: the strike is an event",
      "Hezbollah vowed to retaliate after an Israeli strike killed one of its commanders in "
        + "Tyre.",
      rejected: [.threat],
      EventSpec(attacker: "state:IL", location: "Tyre", killed: 1)),
  ]

  @Test(arguments: cases)
  func threats(_ testCase: EventCase) throws { try verify(testCase) }
}
