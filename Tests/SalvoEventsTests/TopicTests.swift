import Salvo
import SalvoModel
import Testing

/// An event with no attacker in its own sentence takes the attacker the discourse is about:
/// the latest armed party that attacked or was the subject earlier in the paragraph (or
/// the paragraph or two sentences before), never one it hits, a state over its own
/// territory, a party from elsewhere than the launch site, or a quoted official. A bare
/// class noun ("resistance groups") is the class of groups named before; an incident told
/// again takes the earlier telling's date.
@Suite("Events: attackers and dates from the discourse")
struct TopicTests {
  static let cases: [EventCase] = [
    EventCase(
      "a group last seen fighting abroad is no attacker of a strike in its own country",
      "An Israeli strike killed a Hezbollah commander in southern Lebanon on Tuesday.\n\nHezbollah "
        + "fired more than 200 rockets at northern Israel on Wednesday.\n\nThe Israeli military "
        + "said about 160 projectiles crossed from Lebanon, some of which were intercepted.\n\n"
        + "The commander was killed along with three other fighters in a strike on a house in the "
        + "village of Jouaiya on Tuesday night, a security source said.",
      published: "2024-06-13", events: 4,
      EventSpec(attacker: "state:IL", location: "Jwaya", date: "2024-06-11")),
    EventCase(
      "the side that came under attack is no attacker of the attacks told next",
      "U.S. forces in Iraq and Syria have come under attack at least 78 times since Oct. 17, "
        + "according to a U.S. military official.\nOn Thursday, two drones targeted the Ain "
        + "al-Asad air base in Anbar province.",
      published: "2023-12-08", events: 2,
      EventSpec(kind: .aggregate, target: "actor:us-military", count: 78),
      EventSpec(
        kind: .incident, attacker: .absent, location: "Ain al-Asad Air Base",
        date: "2023-12-07")),
    EventCase(
      "'other factions' are not the party told before",
      "Kataib Hezbollah announced in February that it was suspending attacks on U.S. forces. The "
        + "group has not claimed any attacks since then, though other factions have fired "
        + "rockets at Ain al-Asad air base twice this month.",
      events: 1,
      EventSpec(attacker: .absent, location: "Ain al-Asad Air Base", weapon: "rocket", count: 2)),
    EventCase(
      "another group's launch, after a comma, still takes no attacker from context",
      "Hezbollah fired rockets at Metula on Sunday, while other groups in southern Lebanon "
        + "launched drones at Kiryat Shmona.",
      events: 2,
      EventSpec(attacker: "actor:hezbollah", location: "Metula"),
      EventSpec(attacker: .absent, location: "Kiryat Shmona", weapon: "drone")),
    EventCase(
      "an attack a response answers takes no attacker from the responder before it",
      "A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday killed a senior "
        + "commander of Kataib Hezbollah.\nThe U.S. Central Command said the strike was in "
        + "response to the attacks on U.S. service members, including the Jan. 28 drone attack "
        + "that killed three soldiers in Jordan.",
      published: "2024-02-08", events: 2,
      EventSpec(kind: .incident, attacker: "state:US", location: "eastern Baghdad"),
      EventSpec(kind: .incident, attacker: .absent, weapon: "drone", killed: 3)),
    EventCase(
      "the side whose fighters a toll names after a comma is its victim, not its attacker",
      "Hezbollah fired more than 100 rockets at northern Israel on Wednesday.\nMore than 450 "
        + "people have been killed in Lebanon since October, most of them Hezbollah fighters, "
        + "according to a Reuters tally.",
      events: 2,
      EventSpec(kind: .incident, attacker: "actor:hezbollah", count: 100),
      EventSpec(kind: .aggregate, attacker: .absent, location: "Lebanon", killed: 450)),
    EventCase(
      "so is the side 'including' names right after the toll",
      "Hezbollah fired rockets at northern Israel on Wednesday.\nAt least 12 people, including "
        + "three Hezbollah members, were killed in strikes in southern Lebanon on Thursday.",
      events: 2,
      EventSpec(kind: .incident, attacker: "actor:hezbollah", location: "northern Israel"),
      EventSpec(kind: .incident, attacker: .absent, killed: 12)),
    EventCase(
      "a people that a sentence without a trigger names as a verb's object is no topic",
      "Three U.S. troops were killed in a drone attack on a base in Jordan on Sunday.\nIran "
        + "denied any involvement. Its foreign ministry spokesman said Tehran did not take part "
        + "in decisions by resistance groups on how they support the Palestinians.\nU.S. forces "
        + "have been attacked more than 160 times in Iraq, Syria and Jordan since October.",
      events: 2,
      EventSpec(kind: .incident, killed: 3),
      EventSpec(kind: .aggregate, attacker: .absent, count: 160)),
    EventCase(
      "'terrorist' before an event noun describes the attack and names no attacker",
      "A terrorist attack on a police station in Kerman killed four officers on Friday.",
      EventSpec(kind: .incident, attacker: .absent, location: "Kerman", killed: 4)),
    EventCase(
      "a demonym opening a reporting source's name is no party to the attack it reports",
      "The British maritime security agency UKMTO said the vessel was hit by three projectiles "
        + "on Wednesday about 77 nautical miles west of Hodeidah.",
      EventSpec(kind: .incident, attacker: .absent, location: "Hodeidah", count: 3)),
    EventCase(
      "a source the gazetteer does not know is no party either",
      "British maritime security firm Ambrey said a merchant ship was struck by a missile "
        + "southwest of Aden on Monday.",
      EventSpec(kind: .incident, attacker: .absent, country: "YE", weapon: "missile")),
    EventCase(
      "an unattributed strike in Lebanon is the side's that last struck there, not the latest's",
      "Israeli air strikes on two villages in south Lebanon killed five people on Saturday, as "
        + "Hezbollah said it had attacked Israeli positions with rockets.\nThe health ministry "
        + "said three people were killed in a strike on a house near Bint Jbeil.",
      events: 3,
      EventSpec(attacker: "state:IL", killed: 5),
      EventSpec(attacker: "actor:hezbollah"),
      EventSpec(attacker: "state:IL", location: "Bent Jbail", killed: 3)),
    EventCase(
      "an unattributed strike takes the paragraph's attacker",
      "Iraqi militias have launched dozens of drones at Israel since October. Two drones hit a "
        + "warehouse in Eilat on Sunday, the Israeli military said.",
      events: 2,
      EventSpec(attacker: "generic:militia", location: "Eilat", date: "2024-08-04")),
    EventCase(
      "claimed attacks take the group that pledged them",
      "The Islamic Resistance in Iraq has pledged to keep up the pressure on Israel.\n"
        + "Since June, there have been dozens of claimed drone attacks on the port of Haifa.",
      EventSpec(attacker: "actor:islamic-resistance-in-iraq", location: "Haifa")),
    EventCase(
      "a demonym before a group qualifies the group, which is the topic",
      "Iraqi Shi'ite armed factions have vowed to keep up the pressure on Israel.\n"
        + "Since June, there have been numerous claimed drone attacks on Eilat.",
      EventSpec(attacker: "generic:militia", location: "Eilat")),
    EventCase(
      "a leader's strikes are his country's",
      "Historically, Iraq posed a threat to Israel during the 1991 Gulf War, when Saddam "
        + "Hussein fired Scud missiles at Tel Aviv.",
      rejected: [.threat],
      EventSpec(attacker: "state:IQ", location: "Tel Aviv", weapon: "ballistic missile")),
    EventCase(
      "a state does not attack its own territory",
      "Israeli jets struck Hezbollah positions near Tyre on Monday. Hours later rockets hit "
        + "Kiryat Shmona, wounding two people.",
      EventSpec(attacker: "actor:idf", location: "Tyre"),
      EventSpec(attacker: .absent, location: "Kiryat Shmona", injured: 2)),
    EventCase(
      "a quoted official is no attacker",
      "US officials said on Monday that the attacks on their troops were becoming more "
        + "frequent. A rocket struck the Ain al-Asad air base overnight.",
      EventSpec(attacker: .absent, location: "Ain al-Asad Air Base", weapon: "rocket")),
    EventCase(
      "projectiles from Iraq are not from the group in Lebanon",
      "Hezbollah fired a barrage of rockets at Safed on Monday. Israeli air defenses also "
        + "intercepted two drones from Iraq.",
      events: 2,
      EventSpec(attacker: "actor:hezbollah", location: "Safed"),
      EventSpec(attacker: .absent, interceptor: "actor:idf", origin: "Iraq")),
    EventCase(
      "an interception's attacker is who fired, not who intercepted",
      "Hezbollah fired a barrage of rockets at Safed on Monday. Most were intercepted by "
        + "Israeli air defenses.",
      events: 2,
      EventSpec(attacker: "actor:hezbollah", location: "Safed"),
      EventSpec(attacker: "actor:hezbollah", interceptor: "actor:idf")),
    EventCase(
      "'they' are the groups, not the country that worries",
      "Iraqi armed groups have expanded their reach across the region. Iran fears a repeat "
        + "of January, when they killed three US soldiers in Jordan.",
      EventSpec(attacker: "generic:militia", location: "Jordan", killed: 3)),
    EventCase(
      "'resistance fighters' are the Iran-backed militias the paragraph is about",
      "Iran-backed militias have intensified their campaign against US forces in Syria. On "
        + "Friday, resistance fighters fired rockets at the Conoco gas field, a pro-Iran "
        + "channel said.",
      EventSpec(attacker: "actor:iran-backed-militias", location: "Conoco gas field")),
    EventCase(
      "'resistance groups' are no single named group",
      "Hamas fired rockets at Ashkelon on Monday. On Tuesday, resistance groups fired "
        + "rockets at a US base in eastern Syria.",
      EventSpec(attacker: "actor:hamas", location: "Ashkelon"),
      EventSpec(attacker: "generic:militia", country: "SY")),
    EventCase(
      "an incident told again takes its first telling's date",
      "Iraqi militias fired missiles at a US base in Deir Ezzor on July 26, a pro-Iran channel "
        + "said.\nThe Pentagon did not comment.\nLater reports said the militias had targeted the "
        + "US base at the Conoco gas field.",
      published: "2024-07-28",
      events: 2,
      EventSpec(location: "Deir ez-Zor", date: "2024-07-26"),
      EventSpec(location: "Conoco gas field", date: "2024-07-26")),
    EventCase(
      "an incident elsewhere is one of its own, on the day of the news the article leads with",
      "Iraqi militias fired missiles at a US base in Deir Ezzor on July 26.\nThe Pentagon did "
        + "not comment.\nThe militias also targeted the US base at Ain al-Asad.",
      published: "2024-07-28",
      events: 2,
      EventSpec(location: "Deir ez-Zor", date: "2024-07-26"),
      EventSpec(location: "Ain al-Asad Air Base", date: "2024-07-26")),
    EventCase(
      "who condemns an attack is not the discourse's attacker",
      "Iranian missiles struck a building in Erbil on Monday, killing four civilians, Kurdish "
        + "officials said. The United States condemned the attack as reckless. Hours later, two "
        + "more missiles hit a village near the city.",
      EventSpec(attacker: "state:IR", location: "Erbil", killed: 4),
      EventSpec(attacker: "state:IR", killed: .absent)),
    EventCase(
      "a country's ministry speaking makes the ministry, not the country, the subject",
      "Houthi drones targeted a tanker in the Red Sea on Friday. Britain's Ministry of "
        + "Defence said a British warship shot down one of the drones.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea"),
      EventSpec(subType: ACLED.disrupted, attacker: "actor:houthis")),
    EventCase(
      "a passive verb after a strike does not share the strike's attacker",
      "Israeli tanks shelled a launch site near Yaroun from which missiles had been fired at "
        + "Metula.",
      EventSpec(attacker: "state:IL", location: "Yaroun"),
      EventSpec(attacker: .absent, location: "Metula")),
    EventCase(
      "a country's envoy among the hurt makes no topic of the country",
      "Houthi drones struck a tanker in the Red Sea on Monday. Among those hurt was Iran's "
        + "ambassador, Iranian media said. Hours later, a missile hit a second ship.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea"),
      EventSpec(attacker: "actor:houthis", location: .absent)),
    EventCase(
      "help from a country is no origin, and the interception takes the missiles' attacker",
      "Iran fired about 180 ballistic missiles at Israel on Tuesday night. Most of the missiles "
        + "were intercepted by Israel's air defences with help from the United States.",
      EventSpec(attacker: "state:IR", count: 180),
      EventSpec(subType: ACLED.disrupted, attacker: "state:IR", origin: .absent)),
    EventCase(
      "air defences that shot down missiles stopped the air strikes told before",
      "Israeli air strikes on the Mezzeh neighbourhood of Damascus killed at least 15 people on "
        + "Thursday. Syria's state news agency SANA said air defences had shot down some of the "
        + "missiles.",
      EventSpec(attacker: "state:IL", location: "Mezzeh", killed: 15),
      EventSpec(subType: ACLED.disrupted, attacker: "state:IL")),
    EventCase(
      "one side of a clash is no attacker of a bombing told after it",
      "Turkish-backed fighters clashed with Kurdish-led forces near Manbij on Sunday, leaving "
        + "seven combatants dead.\nA car bomb exploded in a crowded market in Azaz on Saturday "
        + "evening, killing 10 civilians.",
      EventSpec(type: ACLED.battles, killed: 7),
      EventSpec(attacker: .absent, location: "I'zaz", killed: 10)),
    EventCase(
      "a class noun two paragraphs on is not the class named before",
      "Turkish-backed fighters clashed with Kurdish-led forces near Manbij on Sunday.\nRussian "
        + "warplanes carried out airstrikes on Idlib on Monday.\nGunmen opened fire on a "
        + "checkpoint in Daraa province overnight, killing two soldiers.",
      events: 3,
      EventSpec(attacker: "generic:militia", sponsor: .absent, killed: 2)),
    EventCase(
      "strikes that hit weapons factories at a stated place are an attack, by the topic",
      "Israeli jets struck military bases in Ilam province on Saturday.\nAnother wave of "
        + "strikes hit missile factories near Tehran.",
      published: "2024-10-26",
      events: 2,
      EventSpec(attacker: "actor:idf", location: "Ilam Province"),
      EventSpec(attacker: "actor:idf", location: "Tehran")),
    EventCase(
      "a general strike that shut factories is no attack",
      "A general strike shut factories and shops across the West Bank on Monday.",
      published: "2024-10-26",
      events: 0),
    EventCase(
      "a party last seen fighting in another country, a paragraph before, is no attacker here",
      "A Ukrainian drone attack on the Russian city of Belgorod killed two people on Tuesday, "
        + "the regional governor said.\n\nTwo Israeli soldiers were killed in fighting in the "
        + "southern Gaza Strip, the military said on Wednesday.\n\nAt least 20 people were killed "
        + "when an air strike hit a school sheltering displaced families in Gaza City.",
      published: "2024-08-14", events: 3,
      EventSpec(attacker: "state:UA", location: "Belgorod"),
      EventSpec(attacker: .absent, location: "southern Gaza Strip", killed: 2),
      EventSpec(attacker: .absent, location: "Gaza", killed: 20)),
    EventCase(
      "in the same paragraph, the party told before still strikes across a border",
      "Israeli jets struck Hezbollah positions in southern Lebanon on Monday. A drone strike on "
        + "a car near Qusayr in Syria killed two people on the same day.",
      published: "2024-08-14", events: 2,
      EventSpec(attacker: "actor:idf", location: "southern Lebanon"),
      EventSpec(attacker: "actor:idf", location: "Al-Qusayr", killed: 2)),
    EventCase(
      "the maritime agency that reports attacks on ships is no party to them",
      "UKMTO described the boat as white and five to seven metres long. A merchant vessel was "
        + "then hit by an unknown airborne projectile west of Hodeidah, the agency said.",
      published: "2024-06-13", events: 1,
      EventSpec(attacker: .absent, location: "west of Hodeidah", weapon: "projectile")),
    EventCase(
      "a party 'called on' to stop is urged, not hit",
      "Rockets were fired at Kiryat Shmona on Sunday, and the United Nations called on "
        + "Hezbollah to stop firing.",
      published: "2024-03-07", events: 1,
      EventSpec(target: .absent, location: "Kiryat Shmona")),
    EventCase(
      "the unnamed gunmen of one paragraph are not the next incident's attackers",
      "Gunmen stormed a church in Owo on Sunday, killing at least 40 worshippers, police said."
        + "\n\nA suicide bomber blew himself up at a wedding in Gwoza on Saturday, killing 18 "
        + "people, the state emergency agency said.",
      published: "2022-06-07", events: 2,
      EventSpec(attacker: "generic:militia", location: "Owo", killed: 40),
      EventSpec(attacker: .absent, location: "Gwoza", killed: 18)),
    EventCase(
      "unidentified assailants are the agent, not the gunmen of another city",
      "Five people were killed by unidentified gunmen in Mosul on Sunday.\n\nSix people were "
        + "shot dead by unidentified assailants in Kirkuk on Monday.",
      published: "2026-03-14", events: 2,
      EventSpec(attacker: "generic:militia", location: "Kirkuk", killed: 6)),
    EventCase(
      "a subheading in capitals is a label, like the headline, not an event",
      "Israeli jets struck the military airport in Hama on Wednesday night.\n\nINCURSION IN "
        + "THE SOUTH\n\nOvernight, Israeli troops shelled the countryside near Nawa, killing "
        + "nine people, the governorate said.",
      published: "2025-04-03",
      events: 2,
      EventSpec(location: "Hama"), EventSpec(killed: 9)),
    EventCase(
      "a short paragraph that no sentence mark ends is a subheading, not an event",
      "Israeli jets struck the military airport in Hama on Wednesday night.\n\nAir raid on a "
        + "market in Nawa\n\nOvernight, an Israeli drone struck the market in Nawa, killing "
        + "nine people, the governorate said.",
      published: "2025-04-03",
      events: 2,
      EventSpec(location: "Hama"), EventSpec(killed: 9)),
    EventCase(
      "a last short line with no sentence mark is still read",
      "Israeli jets struck the military airport in Hama on Wednesday night.\n\nIsraeli drone "
        + "hit a car in Nawa",
      published: "2025-04-03",
      events: 2,
      EventSpec(location: "Hama"), EventSpec(location: "Nawa")),
  ]

  @Test(arguments: cases)
  func topics(_ testCase: EventCase) throws { try verify(testCase) }

  /// An inherited attacker says where it came from and lowers the event's confidence.
  @Test func inheritedAttackerIsMarkedAndLessCertain() throws {
    let article = try analyze(
      "Iraqi militias fired rockets at the Ain al-Asad air base on Monday. Two drones struck "
        + "the base on Tuesday, the Pentagon said.",
      published: defaultPublished)
    let direct = try #require(article.events.first)
    let inherited = try #require(article.events.last)
    #expect(
      inherited.fills.contains { $0.slot == "attacker" && $0.rule == "attacker-from-context" })
    #expect(inherited.confidence < direct.confidence)
  }
}
