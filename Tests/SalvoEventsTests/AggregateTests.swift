import SalvoModel
import Testing

/// Counted or periodic statements are one aggregate carrying the count; a single occurrence
/// with a number (a barrage of 50 rockets on one day) stays an incident.
@Suite("Events: aggregates over periods")
struct AggregateTests {
  static let cases: [EventCase] = [
    EventCase(
      "a campaign 'since' a dated clause starts on that clause's day",
      "Israel's campaign in Gaza has killed nearly 40,000 Palestinians, according to the "
        + "health ministry, since Hamas-led fighters attacked southern Israel on Oct. 7.",
      published: "2024-08-11", events: 2,
      EventSpec(kind: .aggregate, attacker: "state:IL", killed: 40000, date: "2023-10-07"),
      EventSpec(kind: .incident, attacker: "actor:hamas", date: "2023-10-07")),
    EventCase(
      "strikes 'against 13 Houthi targets' count the targets hit, on one day one incident",
      "On May 30, U.S. and British forces conducted strikes against 13 Houthi targets in Yemen.",
      published: "2024-05-31",
      EventSpec(kind: .incident, location: "Yemen", count: 13, date: "2024-05-30")),
    EventCase(
      "'fired rockets … twice this month' counts the launches: one aggregate",
      "Iran-backed militias have fired rockets at Ain al-Asad air base in western Iraq twice "
        + "this month, a U.S. official said.",
      EventSpec(
        kind: .aggregate, location: "Ain al-Asad Air Base", weapon: "rocket", count: 2,
        date: .span("2024-08-01", "2024-08-31"))),
    EventCase(
      "'launched drones at Eilat three times' counts the launches",
      "The Houthis launched drones at Eilat three times last week, the Israeli military said.",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", location: "Eilat", count: 3)),
    EventCase(
      "an undated claim against one named ship is one attack, whatever weapons it lists",
      "Houthi military spokesman Yahya Saree said the group had attacked the Norwegian-owned "
        + "vessel Ioannis with ballistic missiles.",
      EventSpec(kind: .incident, attacker: "actor:houthis", weapon: "ballistic missile")),
    EventCase(
      "undated attacks on ships in general stay an aggregate",
      "The Houthis have attacked merchant ships with ballistic missiles and drones.",
      EventSpec(kind: .aggregate, attacker: "actor:houthis")),
    EventCase(
      "', in one of the closest calls yet since the attacks began' ranks one attack",
      "Yemen's Houthi rebels fired an anti-ship cruise missile at the USS Gravely in the Red Sea "
        + "late Tuesday, the Pentagon said, in one of the closest calls yet for a U.S. warship "
        + "since the attacks began.",
      published: "2024-01-31",
      EventSpec(
        kind: .incident, attacker: "actor:houthis", location: "Red Sea", date: "2024-01-30")),
    EventCase(
      "'several times' makes the strikes on one place an aggregate",
      "Kurdish officials have blamed Iran-backed militias for attacks on the field, which was "
        + "struck by rockets and drones several times in 2022 and 2023.",
      EventSpec(kind: .aggregate, weapon: "rocket", qualifier: .vague)),
    EventCase(
      "'the latest in a string of attacks since October' ranks one dated attack, still one",
      "Hezbollah said it fired rockets at an Israeli army post near Metula on Tuesday, the "
        + "latest in a string of attacks since October.",
      EventSpec(
        kind: .incident, attacker: "actor:hezbollah", location: "Metula", weapon: "rocket",
        date: "2024-08-06")),
    EventCase(
      "a series of strikes on one place in one night is one incident",
      "Israeli fighter jets carried out a series of strikes on Beirut's southern suburbs "
        + "overnight, the army said.",
      EventSpec(kind: .incident, attacker: "actor:idf")),
    EventCase(
      "'a series of attacks' a strike answers is an aggregate by whoever the by-phrase names",
      "U.S. jets struck a weapons depot near Albu Kamal on Wednesday.\nAustin said the strike was "
        + "in response to a series of attacks on U.S. personnel in Iraq and Syria by Iran-backed "
        + "groups.",
      events: 3,
      EventSpec(kind: .incident, location: "Abu Kamal", evidence: 2),
      EventSpec(kind: .aggregate, attacker: "actor:iran-backed-militias", location: "Iraq"),
      EventSpec(kind: .aggregate, attacker: "actor:iran-backed-militias", location: "Syria")),
    EventCase(
      "a toll since a month, told first, is an aggregate",
      "Since October, at least 300 people have been killed in Lebanon by Israeli fire, most "
        + "of them fighters.",
      published: "2024-03-14",
      EventSpec(kind: .aggregate, killed: 300)),
    EventCase(
      "a campaign stepped up since a dated attack starts on that attack's day",
      "Israel has stepped up its strikes in Syria since the Oct. 7 attack by Hamas on southern "
        + "Israel.",
      published: "2024-03-29", events: 2,
      EventSpec(kind: .aggregate, attacker: "state:IL", location: "Syria", date: "2023-10-07"),
      EventSpec(kind: .incident, attacker: "actor:hamas", date: "2023-10-07")),
    EventCase(
      "more than 8,000 rockets since October",
      "Hezbollah has fired more than 8,000 rockets at northern Israel since October, according "
        + "to the Israeli military.",
      EventSpec(
        kind: .aggregate, attacker: "actor:hezbollah", weapon: "rocket", count: 8000,
        qualifier: .moreThan)),
    EventCase(
      "about 170 claimed attacks since mid-October",
      "The Islamic Resistance in Iraq has claimed about 170 attacks on US forces in the region "
        + "since mid-October.",
      EventSpec(
        kind: .aggregate, attacker: "actor:islamic-resistance-in-iraq", count: 170,
        qualifier: .approx, modality: .claimed)),
    EventCase(
      "dozens over the past three months",
      "The Houthis have launched dozens of drones and missiles at ships in the Red Sea over the "
        + "past three months.",
      EventSpec(
        kind: .aggregate, attacker: "actor:houthis", location: "Red Sea", weapon: "drone",
        count: .vague)),
    EventCase(
      "hundreds of airstrikes over the past decade",
      "Israel has carried out hundreds of airstrikes in Syria over the past decade.",
      EventSpec(
        kind: .aggregate, attacker: "state:IL", location: "Syria", weapon: "airstrike",
        count: .vague)),
    EventCase(
      "at least 60 attacks between two months",
      "Iraqi militias carried out at least 60 attacks on US bases between October and February.",
      EventSpec(kind: .aggregate, count: 60, qualifier: .atLeast)),
    EventCase(
      "more than 400 strikes this year",
      "US and British forces have conducted more than 400 strikes on Houthi targets in Yemen "
        + "this year.",
      EventSpec(
        kind: .aggregate, target: "actor:houthis", location: "Yemen", count: 400,
        qualifier: .moreThan)),
    EventCase(
      "12 drone attacks last week",
      "There were 12 drone attacks on the Ain al-Asad air base last week, a US defence official "
        + "said.",
      EventSpec(
        kind: .aggregate, location: "Ain al-Asad Air Base", weapon: "drone", count: 12)),
    EventCase(
      "more than 80 vessels since November",
      "Houthi forces have attacked more than 80 merchant vessels since November.",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", count: 80, qualifier: .moreThan)),
    EventCase(
      "around 50 rockets on one day is an incident",
      "Hezbollah fired around 50 rockets at the Golan Heights on Wednesday.",
      EventSpec(
        kind: .incident, attacker: "actor:hezbollah", location: "Golan Heights",
        weapon: "rocket", count: 50, qualifier: .approx, date: "2024-07-31")),
    EventCase(
      "more than 300 drones and missiles overnight is an incident",
      "Iran launched more than 300 drones and missiles at Israel overnight, the army said.",
      published: "2024-04-14",
      EventSpec(
        kind: .incident, attacker: "state:IR", target: "state:IL", weapon: "drone", count: 300,
        qualifier: .moreThan)),
    EventCase(
      "an aggregate, then a separate incident",
      "Iraqi factions have launched some 100 drones at Israel since the start of the year. On "
        + "Monday, a drone launched from Iraq hit a building in Eilat.",
      EventSpec(kind: .aggregate, target: "state:IL", weapon: "drone", count: 100),
      EventSpec(
        kind: .incident, location: "Eilat", origin: "Iraq", weapon: "drone",
        date: "2024-08-05")),
    EventCase(
      "almost daily since October: periodic",
      "Israeli artillery has shelled villages in southern Lebanon almost daily since October.",
      EventSpec(kind: .aggregate, location: "southern Lebanon", weapon: "artillery")),
    EventCase(
      "an -ing clause spells out the attacks before it",
      "Iran-backed militias in Iraq have stepped up their attacks on Israel, launching some 30 "
        + "drones in the past two weeks.",
      EventSpec(kind: .aggregate, location: "Israel", weapon: "drone", count: 30)),
    EventCase(
      "the same count told again is the same aggregate",
      "The Houthis have launched about 60 missiles at Israel since October.\nOfficials said "
        + "the Houthis had fired about 60 missiles at Israel since the war began.",
      EventSpec(kind: .aggregate, count: 60, evidence: 2)),
    EventCase(
      "'repeatedly' before a threat does not count the attacks",
      "The Houthis have repeatedly threatened revenge for Israeli airstrikes on Hodeidah on "
        + "Saturday.",
      EventSpec(kind: .incident, location: "Hodeidah")),
    EventCase(
      "a verb-only word after a preposition is a noun",
      "Israeli jets have carried out dozens of strikes on Hezbollah targets in the Bekaa Valley "
        + "since March.",
      EventSpec(kind: .aggregate, location: "Bekaa Valley")),
    EventCase(
      "hostilities by a named group against a state",
      "Officials pointed to mounting hostilities by the Houthis against Israel as the reason "
        + "for the alert.",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", target: "state:IL")),
    EventCase(
      "a continent in a consequence is no place",
      "Since November, the Houthis have launched more than 40 attacks on commercial shipping, "
        + "forcing major shipping lines to reroute vessels around Africa.",
      published: "2024-02-12",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", location: .absent, count: 40)),
    EventCase(
      "strikes a verb governs are no trend's subject",
      "Israel, which has carried out strikes in Syria for years, has increased its raids since "
        + "October.",
      EventSpec(kind: .aggregate, attacker: "state:IL", location: "Syria")),
    EventCase(
      "a harm after a date's 'when' is an incident of its own, not the period's",
      "Attacks on U.S. forces in the region have resumed since February, when a drone killed "
        + "three soldiers at Tower 22 in Jordan.",
      published: "2024-03-14",
      EventSpec(kind: .aggregate, killed: .absent),
      EventSpec(
        kind: .incident, location: "Tower 22", killed: 3,
        date: .span("2024-02-01", "2024-02-29"))),
    EventCase(
      "'when' after a month names the month of the ambush the campaign began with",
      "Militants have carried out dozens of attacks on army posts since March, when gunmen "
        + "killed four soldiers near Deir ez-Zor.",
      published: "2024-06-10",
      EventSpec(kind: .aggregate, killed: .absent),
      EventSpec(
        kind: .incident, location: "Deir ez-Zor", killed: 4,
        date: .span("2024-03-01", "2024-03-31"))),
    EventCase(
      "'when' after no date keeps the harm with its attack",
      "Three soldiers were killed when a drone struck their base near the Syrian border on "
        + "Sunday.",
      EventSpec(kind: .incident, killed: 3, date: "2024-08-04")),
    EventCase(
      "who records attacks did not carry them out; 'the January drone strike' is January's",
      "The Pentagon has recorded more than 170 attacks on U.S. troops since October 17, "
        + "including the January drone strike that killed three soldiers at Tower 22.",
      EventSpec(kind: .aggregate, attacker: .absent, count: 170),
      EventSpec(
        kind: .incident, attacker: .absent, location: "Tower 22", killed: 3,
        date: .span("2024-01-01", "2024-01-31"))),
    EventCase(
      "strikes counted on one day at one place are one incident, as ACLED codes them",
      "Israeli jets carried out around 20 strikes on Beirut's southern suburbs on Sunday.",
      published: "2026-03-14",
      EventSpec(kind: .incident, count: 20, date: "2026-03-08")),
    EventCase(
      "strikes counted over a period stay an aggregate",
      "Israeli jets have carried out around 20 strikes on Beirut's southern suburbs since "
        + "Sunday.",
      published: "2026-03-14",
      EventSpec(kind: .aggregate, count: 20)),
    EventCase(
      "a side's undated count of its barrages retells the day's incident",
      "Hezbollah launched about 30 rockets at Kiryat Shmona on Monday.\nIts spokesman said the "
        + "group had fired 30 rockets at Kiryat Shmona.",
      published: "2026-03-14",
      events: 1,
      EventSpec(kind: .incident, count: 30, evidence: 2)),
    EventCase(
      "'on 28 occasions' counts the attacks: one aggregate",
      "In all, Houthi militants have attacked ships in the Red Sea on 28 occasions since Nov. 19.",
      published: "2024-01-13",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", location: "Red Sea", count: 28)),
    EventCase(
      "a past perfect a report backshifts is one occurrence, not a habit",
      "The regional governor said the refinery in the city of Ryazan had been attacked by drones "
        + "and that a fire had broken out.",
      published: "2024-03-13",
      EventSpec(kind: .incident, location: "Ryazan", weapon: "drone")),
    EventCase(
      "a present perfect with plural weapons and no date stays a count",
      "Russian drones have attacked Kharkiv's power stations, the mayor said.",
      published: "2024-03-13",
      EventSpec(kind: .aggregate, attacker: "state:RU", weapon: "drone")),
  ]

  @Test(arguments: cases)
  func aggregates(_ testCase: EventCase) throws { try verify(testCase) }
}
