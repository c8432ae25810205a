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
    EventCase(
      "the region-of-country town after a partitive is the location",
      "Israeli drones struck a car in the northern Syrian city of Aleppo on Friday.",
      EventSpec(location: "Aleppo", country: "SY", weapon: "drone")),
    EventCase(
      "an appositive capital names the place",
      "Israeli jets struck targets in the Lebanese capital Beirut on Friday.",
      EventSpec(location: "Beirut", country: "LB")),
    EventCase(
      "a partitive object of the verb is the location",
      "Israeli warplanes bombed the port of Latakia overnight.",
      EventSpec(location: "Latakia", country: "SY")),
    EventCase(
      "a possessor country is not a second location",
      "A drone strike near Damascus killed a senior adviser of Iran's Revolutionary Guards.",
      EventSpec(location: "Damascus", weapon: "drone")),
    EventCase(
      "a country modifying the victims is not where",
      "Two US soldiers were wounded when rockets struck the Ain al-Asad air base in Anbar.",
      EventSpec(location: "Ain al-Asad Air Base", weapon: "rocket", injured: 2)),
    EventCase(
      "a demonym in the object's place phrase is no target",
      "Rockets fired from Gaza hit the Israeli city of Ashkelon on Sunday evening.",
      EventSpec(target: .absent, location: "Ashkelon", origin: "Gaza Strip", weapon: "rocket")),
    EventCase(
      "a counted weapon's past form before 'from' is a participle",
      "Three drones launched from Iraq struck a power station near Eilat, Israeli officials "
        + "said.",
      EventSpec(origin: "Iraq", weapon: "drone", count: 3)),
    EventCase(
      "a where-clause happens at the place before it",
      "The fighting spread to the town of Khiam, where an Israeli airstrike killed three people "
        + "on Monday.",
      EventSpec(attacker: "state:IL", location: "Khiam", killed: 3)),
    EventCase(
      "a where-clause after a city",
      "Thousands of displaced families have returned to Tyre, where a drone strike hit a car "
        + "on Tuesday, the health ministry said.",
      EventSpec(location: "Tyre", weapon: "drone")),
    EventCase(
      "drones launched from Yemen are the ones shot down",
      "The Pentagon said its destroyers had shot down three drones launched from Yemen on "
        + "Friday night.",
      EventSpec(
        type: ACLED.strategic, origin: "Yemen", weapon: "drone", count: 3, date: "2024-08-02")),
    EventCase(
      "a from-phrase after a relative clause is another verb's",
      "An Israeli strike on the Iranian consulate in Damascus, which killed seven officers, "
        + "drew threats of retaliation from Tehran.",
      EventSpec(location: "Damascus", origin: .absent, killed: 7)),
    EventCase(
      "threats from a capital are no origin",
      "An Israeli airstrike destroyed the Iranian consulate in Damascus on Monday, drawing "
        + "threats of revenge from Tehran.",
      EventSpec(location: "Damascus", origin: .absent)),
    EventCase(
      "the origin stays before a later relative clause",
      "Rockets fired from southern Lebanon hit Kiryat Shmona on Tuesday, which prompted "
        + "warnings from Israeli officials.",
      EventSpec(location: "Kiryat Shmona", origin: "southern Lebanon", weapon: "rocket")),
    EventCase(
      "who holds the launch area fired it",
      "A ballistic missile fired from Houthi-controlled territory landed in the water near a "
        + "Liberian-flagged tanker on Sunday, causing no damage.",
      published: "2026-03-02",
      EventSpec(attacker: "actor:houthis", weapon: "ballistic missile")),
    EventCase(
      "launched from territory a party controls in a country",
      "The Houthis launched an anti-ship ballistic missile from territory they control in Yemen "
        + "at a tanker in the Gulf of Aden.",
      EventSpec(attacker: "actor:houthis", location: "Gulf of Aden", origin: "Yemen")),
    EventCase(
      "an area named with no place is no origin, and the target's sea stays the location",
      "Militants fired drones from areas under their control toward ships in the Red Sea.",
      EventSpec(location: "Red Sea", origin: .absent)),
  ]

  @Test(arguments: cases)
  func origins(_ testCase: EventCase) throws { try verify(testCase) }
}
