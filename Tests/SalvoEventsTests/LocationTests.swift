import SalvoModel
import Testing

/// Where an event happened: the place its objects or locatives name, the place of its
/// subject's phrase when those name none, never a country that only says whose a target is.
@Suite("Events: locations")
struct LocationTests {
  static let cases: [EventCase] = [
    EventCase(
      "a ship struck 'when' it was sailing off a port is placed there",
      "The vessel was sailing 70 nautical miles west of Hodeidah when it was struck by a "
        + "missile, the UKMTO agency said.",
      EventSpec(kind: .incident, location: "Hodeidah", weapon: "missile")),
    EventCase(
      "where the ship was when it was hit places the attack just told",
      "Yemen's Houthi rebels fired an anti-ship ballistic missile at the bulk carrier True "
        + "Confidence on Wednesday, killing three crew members. The ship was about 50 nautical "
        + "miles southwest of Aden when it was hit.",
      events: 1,
      EventSpec(
        attacker: "actor:houthis", location: "Aden", killed: 3, date: "2024-07-31", evidence: 2)),
    EventCase(
      "a storm that hit a docked ship is no event",
      "The ship was docked in Hodeidah when the storm hit.",
      events: 0),
    EventCase(
      "a place in the cause a party says it fights for is not where it attacked",
      "The Houthis attacked a Greek-owned tanker in the Red Sea on Wednesday in solidarity with "
        + "the Palestinians in Gaza, their spokesman said.",
      EventSpec(kind: .incident, attacker: "actor:houthis", location: "Red Sea")),
    EventCase(
      "a party supported is neither target nor place",
      "Hezbollah has fired rockets at northern Israel almost daily since October in support of "
        + "its ally Hamas in Gaza.",
      EventSpec(
        kind: .aggregate, attacker: "actor:hezbollah", target: .absent,
        location: "northern Israel")),
    EventCase(
      "a bearing from a place after the agent is where it happened",
      "A merchant ship was struck by a missile southwest of Aden on Monday.",
      EventSpec(kind: .incident, location: "southwest of Aden", country: "YE")),
    EventCase(
      "a bearing after the object is where it happened",
      "Houthi forces fired two anti-ship missiles at a tanker 60 nautical miles east of Aden "
        + "on Tuesday.",
      EventSpec(kind: .incident, attacker: "actor:houthis", country: "YE", count: 2)),
    EventCase(
      "a place after a possessor city and its adjectives takes the possessor's preposition",
      "At least three rockets landed inside Baghdad's heavily fortified Green Zone on Friday.",
      EventSpec(location: "Green Zone", count: 3, date: "2024-08-02")),
    EventCase(
      "a country before a plain noun says whose bases, not where",
      "Iran-backed groups have carried out at least 40 attacks on U.S. bases since October.",
      EventSpec(kind: .aggregate, location: .absent, count: 40)),
    EventCase(
      "a country before an adverb is where",
      "Iraqi militias have stepped up their drone attacks on Israel recently.",
      EventSpec(kind: .aggregate, location: "Israel")),
    EventCase(
      "rockets that landed tell where they hit",
      "Two rockets landed in open areas near Metula on Sunday, the army said.",
      EventSpec(location: "Metula", weapon: "rocket", count: 2, date: "2024-08-04")),
    EventCase(
      "where a monitor is based is not where the strike was",
      "The Syrian Observatory for Human Rights, a Britain-based war monitor, said at least "
        + "nine fighters were killed on Friday.",
      EventSpec(location: .absent, killed: 9, date: "2024-08-02")),
    EventCase(
      "an appositive ranking the attack in a campaign names no place of it",
      "The Houthis said they had fired missiles at a tanker in the Red Sea on Monday, the "
        + "latest in a string of attacks they say support Palestinians in Gaza.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", date: "2024-08-05")),
    EventCase(
      "the place of the subject's phrase",
      "Israeli troops in the West Bank city of Jenin killed three Palestinians on Monday.",
      EventSpec(attacker: "actor:idf", location: "Jenin", killed: 3)),
    EventCase(
      "a province in the subject's phrase, a base owned by a country",
      "Militants in Syria's Deir ez-Zor province fired rockets at a U.S. base.",
      EventSpec(target: "state:US", location: "Deir ez-Zor Governorate", weapon: "rocket")),
    EventCase(
      "a country owning the target is not where it happened",
      "Drones targeted a U.S. base in eastern Syria on Sunday.",
      EventSpec(target: "state:US", location: "eastern Syria", weapon: "drone")),
    EventCase(
      "a destroyer of one country, in a sea",
      "Houthi forces fired a missile at a U.S. destroyer in the Red Sea.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea")),
    EventCase(
      "an embassy in a city",
      "Gunmen attacked the U.S. embassy in Baghdad with rockets.",
      EventSpec(location: "US Embassy in Baghdad", weapon: "rocket")),
    EventCase(
      "a country as the target is still the place",
      "Iran fired ballistic missiles at Israel on Tuesday night.",
      EventSpec(location: "Israel", weapon: "ballistic missile")),
    EventCase(
      "a country in the subject's phrase is not where the attack landed",
      "Militants in Syria fired rockets at Israel.",
      EventSpec(location: "Israel", weapon: "rocket")),
    EventCase(
      "a country after an article and before a conjunction is a place",
      "Iran has launched attacks on the United States and Israel this year.",
      EventSpec(location: "United States"), EventSpec(location: "Israel")),
    EventCase(
      "the place after a party's '-controlled' is the object",
      "Israeli warplanes struck the Hezbollah-controlled town of Khiam overnight, the army said.",
      EventSpec(attacker: "actor:idf", target: .absent, location: "Khiam")),
    EventCase(
      "'-held' is an affiliation too",
      "US jets bombed the Houthi-held port city of Hodeidah on Friday.",
      EventSpec(location: "Hodeidah", date: "2024-08-02")),
    EventCase(
      "a country's possessive and a hyphenated modifier before the province",
      "Russian jets struck a market in Syria's rebel-held Idlib province on Monday, killing "
        + "nine people.",
      EventSpec(location: "Idlib Governorate", killed: 9, date: "2024-08-05")),
    EventCase(
      "'semi-autonomous' between the possessive and the region",
      "Iranian missiles hit a house in Iraq's semi-autonomous Kurdistan region late on Monday.",
      EventSpec(attacker: "state:IR", location: "Kurdistan Region", date: "2024-08-05")),
    EventCase(
      "'described as' starts no clause: the place after it is the strike's",
      "Israeli jets struck what the military described as weapons depots belonging to "
        + "Hezbollah near the Syrian city of Homs, killing three people.",
      EventSpec(attacker: "actor:idf", location: "Homs", killed: 3)),
    EventCase(
      "what a commander is responsible for is neither the strike's place nor its weapon",
      "An Israeli strike killed a Hezbollah commander responsible for rocket fire on northern "
        + "Israel in a car near Tyre on Monday.",
      EventSpec(location: "Tyre", weapon: .absent, killed: 1)),
    EventCase(
      "attacks a commander planned are no occurrence of the sentence",
      "Last week, a U.S. drone strike in Baghdad killed a senior Kataib Hezbollah commander "
        + "who the Pentagon said was responsible for directly planning and participating in "
        + "attacks on American troops.",
      rejected: [.generic],
      EventSpec(attacker: "state:US", location: "Baghdad", killed: 1)),
    EventCase(
      "a capital that names what its government called the attack is not where it happened",
      "Iran launched about 180 ballistic missiles at Israel on Tuesday evening, in what Tehran "
        + "called retaliation for the killing of Hassan Nasrallah.",
      published: "2024-10-02",
      EventSpec(attacker: "state:IR", location: "Israel", count: 180)),
    EventCase(
      "a capitalized trigger word inside a place's name is no trigger",
      "Hezbollah fired rockets at the air traffic control base on Mount Meron on Sunday.",
      published: "2024-10-26",
      events: 1,
      EventSpec(attacker: "actor:hezbollah", weapon: "rocket")),
    EventCase(
      "a distance and a bearing from a place locate the attack there",
      "A projectile struck a bulk carrier 70 nautical miles northwest of Hodeidah on Tuesday, "
        + "causing a fire on board, UKMTO said.",
      published: "2026-02-12",
      EventSpec(location: "Hodeidah", weapon: "projectile", date: "2026-02-10")),
    EventCase(
      "the place of a cause 'in what they call support for' is not where",
      "The Houthis have attacked more than 30 ships since November in what they call support "
        + "for Palestinians in Gaza.",
      published: "2024-01-27",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", location: .absent)),
    EventCase(
      "the place of 'the war in Gaza' names the war, not where",
      "The Houthis have fired more than 200 missiles at Israel since the start of the war in "
        + "Gaza.",
      published: "2024-07-21",
      EventSpec(kind: .aggregate, attacker: "actor:houthis", location: "Israel")),
    EventCase(
      "a named city inside another phrase of place is where",
      "Israeli air strikes on the outskirts of the northern city of Aleppo killed two people on "
        + "Thursday.",
      published: "2024-03-29",
      EventSpec(location: "Aleppo", killed: 2)),
    EventCase(
      "a sea that qualifies a port named after it is not where",
      "Israeli jets struck Yemen's Red Sea port of Hodeidah on Saturday.",
      published: "2024-07-21",
      EventSpec(location: "Hodeidah", country: "YE")),
    EventCase(
      "a valley that qualifies a town named after it contains it: the town is where",
      "Israeli jets struck the Bekaa Valley town of Baalbek on Monday.",
      published: "2024-03-29",
      EventSpec(location: "Baalbek")),
    EventCase(
      "a passive subject's place after 'in' outranks its bare country, which is a target",
      "By the Pentagon's count, U.S. and coalition forces in Iraq and Syria have come under "
        + "attack more than 150 times since mid-October.",
      published: "2024-01-24", events: 1,
      EventSpec(kind: .aggregate, target: "state:US", location: "Iraq", count: 150)),
    EventCase(
      "the possessor of a part of a place ('Bamako's airport', 'Kirkuk's outskirts') is where",
      "Militants stormed a military zone at Bamako's airport on Tuesday. Gunmen attacked a "
        + "checkpoint on Kirkuk's outskirts on Wednesday. Iran-backed groups have carried out "
        + "at least 40 attacks on U.S. bases since Oct. 17.",
      published: "2024-09-20", events: 3,
      EventSpec(attacker: "generic:militia", location: "Bamako"),
      EventSpec(location: "Kirkuk", date: "2024-09-18"),
      EventSpec(kind: .aggregate, target: "state:US", location: .absent, count: 40)),
    EventCase(
      "a sea before the coast its owner's possessive names is no second place",
      "American air strikes on the fuel port of Ras Isa on Yemen's Red Sea coast killed at "
        + "least 74 people on Thursday night, the health ministry said.",
      published: "2025-04-18", events: 1,
      EventSpec(location: "Ras Isa port", killed: 74)),
    EventCase(
      "a place inside the possessor's part is still where it happened",
      "An Israeli strike hit a house in Lebanon's Hasbaya district on Wednesday, killing seven "
        + "people.",
      published: "2024-03-28", events: 1,
      EventSpec(location: "Hasbaya", killed: 7)),
    EventCase(
      "a possessive city before its facility is where, over the facility's adjectives",
      "Russian drones struck Kharkiv's main power station and the city's central railway "
        + "station overnight, the mayor said.",
      published: "2025-05-06",
      EventSpec(attacker: "state:RU", location: "Kharkiv", weapon: "drone")),
    EventCase(
      "a city a distance and a direction away is only a reference point",
      "The refinery in the city of Ryazan, about 200 km south-east of Moscow, had been attacked "
        + "by drones, the governor said on Wednesday.",
      published: "2024-03-13",
      EventSpec(location: "Ryazan", weapon: "drone")),
    EventCase(
      "a town named like a trigger after a preposition is the town; its appositive only says "
        + "where it lies",
      "Separately, a roadside bomb hit an army patrol on Sunday near Hit, a town on the "
        + "Euphrates in western Anbar province, wounding two soldiers, a police source said.",
      published: "2024-05-14",
      events: 1,
      EventSpec(location: "Hit", weapon: "explosive", injured: 2, date: "2024-05-12")),
    EventCase(
      "an appositive on a place names no place of its own",
      "Russian missiles struck Kostiantynivka, a small town near the front line in the Donetsk "
        + "region, on Monday, killing four people.",
      published: "2024-09-03",
      events: 1,
      EventSpec(location: "Kostyantynivka", killed: 4)),
  ]

  @Test(arguments: cases)
  func locations(_ testCase: EventCase) throws { try verify(testCase) }
}
