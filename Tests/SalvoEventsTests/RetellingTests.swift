import SalvoModel
import Testing

/// One occurrence told again in other words, by another source or later in the article, is
/// one event with several evidence sentences; what it answers or ranks it against stays
/// apart.
@Suite("Events: one occurrence told again")
struct RetellingTests {
  static let cases: [EventCase] = [
    EventCase(
      "a dated airstrike does not tell in full a car bombing alluded to before",
      "The death toll from a suicide car bombing at a police checkpoint in Somalia's capital rose "
        + "to 14 on Wednesday, officials said, as the United States announced it had carried out "
        + "an airstrike against al-Shabaab south of the city.\n\nSeparately, the U.S. Africa "
        + "Command said it conducted an airstrike on Sunday against al-Shabaab about 40 kilometers "
        + "southwest of Mogadishu.",
      published: "2024-10-16", events: 3,
      EventSpec(subType: ACLED.remoteExplosive, killed: 14, date: .span("2024-10-01", "2024-10-31"))
    ),
    EventCase(
      "state media's 'aerial aggression' retells the strikes; the air defences are not its weapon",
      "Israel carried out air strikes on several sites near Damascus early on Tuesday, Syrian "
        + "state media reported.\n\"At around 1:20 a.m., the Israeli enemy carried out an aerial "
        + "aggression from the direction of the occupied Syrian Golan, targeting some sites in "
        + "the vicinity of Damascus,\" the source said, adding that air defences had shot down "
        + "some of the missiles.",
      published: "2024-05-14", events: 2,
      EventSpec(
        kind: .incident, subType: ACLED.airDrone, attacker: "state:IL", location: "Damascus",
        weapon: "airstrike", evidence: 2),
      EventSpec(kind: .incident, subType: ACLED.disrupted, weapon: "missile")),
    EventCase(
      "'one of the rockets' landing tells a part of the barrage told, not a new aggregate",
      "Two Katyusha rockets were fired at Ain al-Asad air base in western Iraq on Monday, Iraqi "
        + "security sources said. One of the rockets landed inside the base.",
      published: "2024-08-06", events: 1,
      EventSpec(kind: .incident, location: "Ain al-Asad Air Base", weapon: "rocket", count: 2)),
    EventCase(
      "an appositive ranking the killing among others since a conflict began adds no event",
      "The Israeli military said on Wednesday it had killed a senior Hezbollah commander, "
        + "Mohammed Nasser, in an air strike in southern Lebanon, the most senior figure killed "
        + "since the start of cross-border hostilities in October.",
      published: "2024-07-03", events: 1,
      EventSpec(
        kind: .incident, attacker: "actor:idf", target: "actor:hezbollah",
        location: "southern Lebanon", killed: 1, modality: .claimed, date: "2024-07-03")),
    EventCase(
      "a possessor's ranking of the barrage adds no event and lends its period to none",
      "Hezbollah fired more than 200 rockets at northern Israel on Wednesday, the group's "
        + "biggest barrage since October, a day after an Israeli strike killed one of its "
        + "commanders in southern Lebanon.",
      published: "2024-06-13", events: 2,
      EventSpec(
        kind: .incident, attacker: "actor:hezbollah", location: "northern Israel", count: 200,
        date: "2024-06-12"),
      EventSpec(
        kind: .incident, attacker: "state:IL", location: "southern Lebanon", killed: 1,
        date: "2024-06-11")),
    EventCase(
      "a possessor's ranking of a person leaves the clause its place and day",
      "An Israeli strike killed Taleb Abdallah, Hezbollah's most senior commander in the south, "
        + "in the village of Jouaiya on Tuesday.",
      published: "2024-06-13", events: 1,
      EventSpec(kind: .incident, attacker: "state:IL", location: "Jwaya", date: "2024-06-11")),
    EventCase(
      "a party's dated telling of an attack told two days before another is that attack",
      "Pakistan carried out military strikes on militant hideouts in Iran early on Thursday, two "
        + "days after Tehran said it had attacked bases of a militant group inside Pakistan.\n"
        + "Tehran said it had struck two bases of the group in Pakistan on Tuesday.",
      published: "2024-01-18", events: 2,
      EventSpec(attacker: "state:PK", location: "Iran", date: "2024-01-18"),
      EventSpec(attacker: "state:IR", location: "Pakistan", date: "2024-01-16", evidence: 2)),
    EventCase(
      "a claim retells the barrage though the side's harm elsewhere was told in between",
      "Iran fired around 180 ballistic missiles at Israel on Tuesday evening. A man was killed "
        + "in the West Bank city of Jericho when debris fell on him, the Palestinian Red Crescent "
        + "said.\nThe Revolutionary Guards said they had targeted three military bases around Tel "
        + "Aviv.",
      published: "2024-10-02", events: 2,
      EventSpec(
        kind: .incident, attacker: "state:IR", location: "Tel Aviv", count: 180,
        date: "2024-10-01", evidence: 2),
      EventSpec(location: "Jericho", killed: 1, date: "2024-10-01")),
    EventCase(
      "an unattributed allusion is told in full by the party blamed for the attack on that day",
      "The United States struck more than 85 targets in Iraq and Syria on Friday in retaliation "
        + "for a drone attack that killed three U.S. troops in Jordan last weekend.\nThe Pentagon "
        + "has blamed the Islamic Resistance in Iraq for the Jan. 28 attack on Tower 22.",
      published: "2024-02-03", events: 3,
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Tower 22", killed: 3,
        modality: .suspected, date: "2024-01-28", evidence: 2)),
    EventCase(
      "'the strikes' as a verb's subject retell the strikes, not the attack they answer",
      "The United States carried out air strikes in Syria on Friday in retaliation for a drone "
        + "attack that killed three U.S. troops in Jordan.\nThe strikes, which involved B-1 "
        + "bombers, hit command and control centers, the U.S. military said.",
      published: "2024-02-03",
      EventSpec(attacker: "state:US", location: "Syria", evidence: 2),
      EventSpec(location: "Jordan", killed: 3, evidence: 1)),
    EventCase(
      "the conflict whose outbreak dates a toll is no event of its own",
      "Hezbollah has fired rockets at northern Israel since the outbreak of fighting in October, "
        + "the Israeli military said.",
      published: "2024-07-03", events: 1,
      EventSpec(kind: .aggregate, attacker: "actor:hezbollah", location: "northern Israel")),
    EventCase(
      "a toll placed in a town of the strikes' region is theirs",
      "Israeli warplanes carried out at least 30 strikes on southern Lebanon on Wednesday.\nThe "
        + "health ministry said 22 people were killed, including three paramedics in the town of "
        + "Nabatieh.",
      EventSpec(attacker: "actor:idf", count: 30, killed: 22, evidence: 2)),
    EventCase(
      "an unattributed report at the same place tells the claimed drone again",
      "The Islamic Resistance in Iraq said it had launched a drone at a target in the Golan "
        + "Heights on Wednesday.\nThe Israeli military said a drone launched from the east had "
        + "fallen in an open area in the Golan Heights.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Golan Heights", evidence: 2)),
    EventCase(
      "a group claiming 'the attack' as its own names who made it",
      "A drone struck a U.S. base in eastern Syria on Saturday, wounding two soldiers, "
        + "officials said.\nThe Islamic Resistance in Iraq claimed the attack in a Telegram post, "
        + "saying it had targeted the base with a drone.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", weapon: "drone", injured: 2,
        date: "2024-08-03", evidence: 2)),
    EventCase(
      "a report dated to the same day tells the incident again at a finer place",
      "Two U.S. soldiers were wounded in a drone attack on a U.S. outpost in eastern Syria on "
        + "Sunday, officials said.\nA single drone hit a barracks at the Al-Omar oil field early "
        + "on Sunday, a U.S. official said.",
      EventSpec(weapon: "drone", injured: 2, date: "2024-08-04", evidence: 2)),
    EventCase(
      "the attack a strike answers keeps its own day, which a later sentence gives",
      "U.S. forces struck two sites used by Kataib Hezbollah in Iraq early on Tuesday in "
        + "response to a drone attack that injured four American troops.\nThe troops were "
        + "wounded in the attack on Monday on a base in western Iraq, officials said.",
      EventSpec(attacker: "actor:us-military", injured: .absent, date: "2024-08-06"),
      EventSpec(
        attacker: .absent, weapon: "drone", injured: 4, date: "2024-08-05", evidence: 2)),
    EventCase(
      "a toll told after 'condemned the U.S. strikes' is the strikes'",
      "U.S. aircraft struck three sites used by Kataib Hezbollah near Al-Qaim early on "
        + "Tuesday.\nIraq's government condemned the U.S. strikes as a breach of sovereignty and "
        + "said one soldier was killed and 18 people, including civilians, were wounded.",
      EventSpec(type: ACLED.explosions, killed: 1, injured: 18, evidence: 2)),
    EventCase(
      "another outlet's undated account of the same side's strike joins it",
      "An Israeli air strike on a building near Damascus killed two members of Iran's "
        + "Revolutionary Guards on Thursday, Iranian media reported.\nThe Syrian army said "
        + "Israeli warplanes fired several missiles from the direction of the Golan Heights, "
        + "and that air defences shot down some of them.",
      EventSpec(type: ACLED.explosions, killed: 2, date: "2024-08-01", evidence: 2),
      EventSpec(type: ACLED.strategic, attacker: "actor:idf", date: "2024-08-01")),
    EventCase(
      "'it was the third strike' ranks the strike just told",
      "Israeli drones struck a car near the southern Lebanese town of Bint Jbeil on Wednesday, "
        + "killing two people.\nIt was the third Israeli strike on the area this week, the "
        + "state news agency said.",
      EventSpec(location: "Bent Jbail", killed: 2, date: "2024-07-31", evidence: 2)),
    EventCase(
      "a side's own account three paragraphs on tells its strike again",
      "Israeli forces struck a building in Nabatieh on Monday, killing a Hezbollah commander."
        + "\nHezbollah fired dozens of rockets at Safed in response.\nMost of the rockets fell "
        + "in open areas, the fire service said.\nThe Israeli army said its jets had struck the "
        + "building, where the commander was meeting aides.",
      EventSpec(attacker: "actor:idf", location: "Nabatieh", date: "2024-08-05", evidence: 2),
      EventSpec(attacker: "actor:hezbollah", location: "Safed")),
    EventCase(
      "a later attack by the same side at another place stays its own",
      "Israeli drones struck a car in Tyre on Monday.\nIsraeli warplanes struck a house in "
        + "Baalbek, the state news agency said.",
      EventSpec(location: "Tyre", evidence: 1),
      EventSpec(location: "Baalbek", evidence: 1)),
    EventCase(
      "a toll in 'the Jan. 12 strikes' is those strikes', not the attack told since",
      "U.S. and British forces struck Houthi targets in Yemen on Jan. 12.\nThe strikes answered "
        + "Houthi attacks: the group fired drones at ships in the Red Sea on Jan. 9.\nOn Jan. 13, "
        + "the Houthis attacked a tanker in the Gulf of Aden.\nHouthi-run media said four "
        + "people were killed and eight wounded in the Jan. 12 strikes.",
      published: "2024-01-14",
      EventSpec(location: "Yemen", killed: 4, injured: 8, date: "2024-01-12", evidence: 2),
      EventSpec(location: "Red Sea", killed: .absent, date: "2024-01-09"),
      EventSpec(location: "Gulf of Aden", killed: .absent, date: "2024-01-13", evidence: 1)),
    EventCase(
      "a lede dated by the day it was told on takes the day its retelling gives",
      "A Greek-owned bulk carrier was hit by a missile fired by the Houthis in the Red Sea, the "
        + "ship's manager said on Sunday.\nThe vessel was struck on Saturday night about 70 "
        + "nautical miles west of Hodeidah.",
      published: "2024-03-04",
      EventSpec(
        attacker: "actor:houthis", date: .span("2024-03-02", "2024-03-02"), evidence: 2)),
    EventCase(
      "'before the tanker was hit' retells the strike and dates the clause to its day",
      "Houthi missiles struck the tanker Marlin Luanda in the Gulf of Aden on Friday.\nHours "
        + "before the tanker was hit, the group fired an anti-ship missile toward the destroyer "
        + "USS Carney.",
      published: "2024-01-27",
      EventSpec(location: "Gulf of Aden", date: "2024-01-26", evidence: 2),
      EventSpec(weapon: "anti-ship missile", date: .span("2024-01-26", "2024-01-26"), evidence: 1)),
    EventCase(
      "'the rocket was launched from' retells the rocket and names a nearer origin",
      "A rocket fired from Lebanon hit a football pitch in Majdal Shams on Saturday, killing 12 "
        + "children.\nThe rocket was launched from the area of Shebaa, the military said.",
      published: "2024-07-28",
      EventSpec(location: "Majdal Shams", origin: "Shebaa", killed: 12, evidence: 2)),
    EventCase(
      "harm told after an attack ranked since an earlier one is the attack's, not the earlier's",
      "A rocket fired from Lebanon killed 12 children in Majdal Shams on Saturday, in the "
        + "deadliest attack on Israeli civilians since the October 7 Hamas onslaught.\nMedics "
        + "said dozens of people were hurt.",
      published: "2024-07-28",
      EventSpec(location: "Majdal Shams", killed: 12, injured: .vague, evidence: 2),
      EventSpec(attacker: "actor:hamas", killed: .absent, injured: .absent, date: "2023-10-07")),
    EventCase(
      "'the rocket was launched from' retells the attack with the rocket, not one told since",
      "A rocket fired from Lebanon hit a football pitch in Majdal Shams on Saturday, killing 12 "
        + "children.\nIsraeli jets later struck targets in southern Lebanon.\nThe rocket was "
        + "launched from the area of Shebaa, the military said.",
      published: "2024-07-28",
      EventSpec(location: "Majdal Shams", origin: "Shebaa", evidence: 2),
      EventSpec(attacker: "actor:idf", weapon: .absent, evidence: 1)),
    EventCase(
      "'States' in a name is no verb of saying: the attack keeps its day apart from another",
      "A drone struck United States forces on Oct. 20 near Ain al-Asad.\nThe drone attack on "
        + "Oct. 18 wounded two soldiers.",
      published: "2023-10-29",
      EventSpec(location: "Ain al-Asad Air Base", date: "2023-10-20", evidence: 1),
      EventSpec(injured: 2, date: "2023-10-18", evidence: 1)),
    EventCase(
      "a day before the verb of saying is the saying's: the strikes' own day replaces it",
      "The Israeli military on Tuesday said its jets had struck Hezbollah sites in southern "
        + "Lebanon.\nThe strikes hit the sites on Monday night, it said.",
      published: "2024-08-07",
      EventSpec(
        attacker: "actor:idf", location: "southern Lebanon",
        date: .span("2024-08-05", "2024-08-05"), evidence: 2)),
    EventCase(
      "'the previous attack', dated years before the attack just told, is another occurrence",
      "At least 77 people were killed when militants stormed a gendarmerie school in Bamako on "
        + "Tuesday.\n\nThe previous attack in the capital, in 2015, killed 22 people.",
      published: "2024-09-20", events: 2,
      EventSpec(killed: 77, date: "2024-09-17", evidence: 1),
      EventSpec(killed: 22, evidence: 1)),
    EventCase(
      "'the last major attack' was a siege in another year, with its own toll",
      "At least 77 people were killed when militants stormed a gendarmerie school in Bamako on "
        + "Tuesday.\n\nThe last major attack in the capital was the 2015 siege of the Radisson "
        + "Blu hotel, in which 22 people were killed.",
      published: "2024-09-20", events: 2,
      EventSpec(killed: 77, date: "2024-09-17", evidence: 1),
      EventSpec(killed: 22, evidence: 1)),
    EventCase(
      "'the last attack' on the day just told is that attack",
      "At least 77 people were killed when militants stormed a gendarmerie school in Bamako on "
        + "Tuesday.\n\nThe last attack, on Tuesday, was claimed by the group.",
      published: "2024-09-20", events: 1,
      EventSpec(killed: 77, date: "2024-09-17", evidence: 2)),
    EventCase(
      "a ranking 'since they began in November' dates the series, not the attack retold",
      "Houthi rebels fired an anti-ship missile at a bulk carrier in the Gulf of Aden on "
        + "Wednesday, killing three crew members. It was the first deadly attack by the "
        + "Houthis on shipping since they began targeting vessels in November.",
      published: "2024-03-07", events: 1,
      EventSpec(attacker: "actor:houthis", killed: 3, date: "2024-03-06", evidence: 2)),
    EventCase(
      "'after Wednesday's strike' is that day's strike, not a count dated a week earlier",
      "A U.S. drone strike hit a car in eastern Baghdad on Wednesday, killing a militia "
        + "commander.\n\nThe strike was the latest in a series of U.S. strikes on Iran-backed "
        + "militias since a drone attack killed three U.S. soldiers in Jordan on January 28."
        + "\n\nAfter Wednesday's strike, the militia posted a photo of the commander.",
      published: "2024-02-08", events: 2,
      EventSpec(location: "eastern Baghdad", killed: 1, date: "2024-02-07", evidence: 2)),
  ]

  /// "Wednesday's fire" names the barrage of that Wednesday, not the count of projectiles
  /// told last.
  @Test func aNounTheDayNamesRetellsThatDaysIncident() throws {
    let article = try analyze(
      "On Wednesday, Hezbollah launched more than 200 rockets at northern Israel, its largest "
        + "barrage since the fighting erupted. The Israeli military detected about 90 "
        + "projectiles in the first wave alone, and several fires broke out. There were no "
        + "immediate reports of casualties from Wednesday's fire.",
      published: "2024-06-13")
    let wednesday = article.events.filter { $0.date.time.start?.description == "2024-06-12" }
    #expect(wednesday.count == 1)
    #expect(wednesday.first?.count?.quantity.value == 200)
    #expect(wednesday.first?.evidence.count == 2)
  }

  /// "The twin car bombings in October 2022, which killed more than 100 … the deadliest
  /// attack" is an occurrence of its own, not the attack told last this week.
  @Test func anAttackDatedToAnEarlierMonthIsItsOwn() throws {
    let article = try analyze(
      "Al Shabaab fighters stormed a beach hotel in Mogadishu on Friday, killing 37 people."
        + "\n\nAccording to police, one assailant detonated his explosive vest and three were "
        + "shot dead by security forces.\n\nThe group is also behind the twin car bombings in "
        + "the capital in October 2022, which killed more than 100 people and remain the "
        + "deadliest attack of the insurgency.",
      published: "2024-08-03")
    let bombings = try #require(article.events.first { $0.killed?.quantity.value == 100 })
    #expect(bombings.date.time.start?.description == "2022-10-01")
    #expect(bombings.evidence.count == 1)
  }

  @Test(arguments: cases)
  func retellings(_ testCase: EventCase) throws {
    try verify(testCase)
  }
}
