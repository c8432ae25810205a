import SalvoModel
import Testing

/// Where a weapon was launched from ("from Iraq") is the origin; where it hit or was stopped
/// is the location. A place after "in" or "at" is never the origin.
@Suite("Events: origin and location")
struct OriginTests {
  static let cases: [EventCase] = [
    EventCase(
      "launched from Iraq, struck in Eilat",
      "A drone launched from Iraq struck a building in the Israeli port city of Eilat.",
      EventSpec(location: "Eilat", country: "IL", origin: "Iraq", weapon: "drone")),
    EventCase(
      "fired from Yemen at Tel Aviv",
      "The Houthis fired a ballistic missile from Yemen at Tel Aviv early on Friday.",
      EventSpec(
        attacker: "actor:houthis", location: "Tel Aviv", origin: "Yemen",
        weapon: "ballistic missile")),
    EventCase(
      "fired from a region of a country",
      "Rockets fired from southern Lebanon hit the Israeli town of Metula.",
      EventSpec(location: "Metula", origin: "southern Lebanon", weapon: "rocket")),
    EventCase(
      "launched from Iraq at a base in Syria",
      "Kataib Hezbollah drones launched from Iraq targeted the Al-Tanf garrison in Syria.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Al-Tanf garrison", country: "SY",
        origin: "Iraq")),
    EventCase(
      "'in Yemen' is where, not where from",
      "Israeli jets struck the port of Hodeidah in Yemen, hitting fuel tanks and cranes.",
      EventSpec(attacker: "actor:idf", location: "Hodeidah", country: "YE", origin: .absent)),
    EventCase(
      "claimed launch with origin after the target",
      "The Houthis said they fired drones at Eilat from Yemen.",
      EventSpec(
        attacker: "actor:houthis", location: "Eilat", origin: "Yemen", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "origin in an appositive",
      "The missile, fired from Iran, landed near the Nevatim air base in the Negev.",
      EventSpec(location: "Nevatim Airbase", origin: "Iran", weapon: "missile")),
    EventCase(
      "interception over a region, origin from a country",
      "Israeli air defences intercepted a surface-to-surface missile fired from Yemen over the "
        + "Negev.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, location: "Negev", origin: "Yemen")),
    EventCase(
      "from the east is no place",
      "A drone that approached from the east was shot down over the Gulf of Eilat.",
      EventSpec(location: "Gulf of Aqaba", origin: .absent, weapon: "drone")),
    EventCase(
      "launched from Syria, struck in Jordan",
      "Two drones launched from Syria struck an empty building in Irbid, Jordanian officials "
        + "said.",
      EventSpec(location: "Irbid", country: "JO", origin: "Syria", weapon: "drone", count: 2)),
  ]

  @Test(arguments: cases)
  func origins(_ testCase: EventCase) throws { try verify(testCase) }
}
