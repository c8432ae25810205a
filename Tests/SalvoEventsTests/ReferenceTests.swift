import SalvoModel
import Testing

/// "The attack" restating an earlier event adds evidence to it instead of making a new
/// one; "the group", "it" and "they" resolve to the nearest compatible actor.
@Suite("Events: references across sentences")
struct ReferenceTests {
  static let cases: [EventCase] = [
    EventCase(
      "'it' after a capital's saying is the state the capital speaks for",
      "Pakistan carried out military strikes on militant hideouts in Iran early on Thursday, two "
        + "days after Tehran said it had attacked bases of a militant group inside Pakistan.",
      published: "2024-01-18", events: 2,
      EventSpec(attacker: "state:PK", location: "Iran", date: "2024-01-18"),
      EventSpec(attacker: "state:IR", location: "Pakistan")),
    EventCase(
      "a pronoun a verb of saying introduces, striking at a stated place and day, is an attack",
      "Tehran said it had struck two bases of the Iranian militant group Jaish al-Adl in "
        + "Pakistan on Tuesday.",
      published: "2024-01-18",
      EventSpec(kind: .incident, attacker: "state:IR", location: "Pakistan", date: "2024-01-16")),
    EventCase(
      "'the group' that claimed attacks is the armed group, not the military that spoke last",
      "The Islamic Resistance in Iraq, a coalition of Iran-backed armed factions, said on Monday "
        + "it had attacked \"a vital target\" in Eilat with drones.\nThe Israeli military said an "
        + "aerial target approaching Israeli territory from the east was intercepted by the air "
        + "force. It did not say where the target was launched from.\nNo injuries or damage were "
        + "reported.\nThe group has claimed dozens of drone attacks on Israel since November, most "
        + "of which were not confirmed by the Israeli military.",
      events: 3,
      EventSpec(
        kind: .aggregate, attacker: "actor:islamic-resistance-in-iraq", modality: .claimed)),
    EventCase(
      "a restated toll goes to the event it fits, not to one with another toll",
      "US warplanes struck Kataib Hezbollah facilities in Al-Qaim on Friday. A drone attack on "
        + "a base in Jordan had killed three US soldiers on Sunday. Iraqi officials said the "
        + "strikes killed 16 people.",
      published: "2024-02-03",
      EventSpec(location: "Al-Qaim", killed: 16, evidence: 2),
      EventSpec(country: "JO", killed: 3, evidence: 1)),
    EventCase(
      "'the attack' restates the launch",
      "Hezbollah launched a drone at a military base near Nahariya on Sunday. The attack caused "
        + "minor damage, the army said.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Nahariya", weapon: "drone", date: "2024-08-04",
        evidence: 2)),
    EventCase(
      "'the strike' adds the dead to the earlier event",
      "An Israeli strike hit a car in the coastal town of Naqoura on Monday. The strike killed "
        + "two men, Lebanon's health ministry said.",
      EventSpec(
        attacker: "state:IL", location: "En Naqoura", killed: 2, date: "2024-08-05",
        evidence: 2)),
    EventCase(
      "'the raid' restates a bombing",
      "Israeli jets bombed a weapons depot in Masyaf, central Syria, on Sunday. The raid set off "
        + "a series of secondary explosions, a war monitor said.",
      EventSpec(attacker: "actor:idf", location: "Masyaf", date: "2024-08-04", evidence: 2)),
    EventCase(
      "'in the attack' brings the dead to it",
      "A drone struck an army training camp near Binyamina on Sunday. Four soldiers were killed "
        + "in the attack, the military said.",
      EventSpec(
        location: "Binyamina-Giv'at Ada", weapon: "drone", killed: 4, date: "2024-08-04",
        evidence: 2)),
    EventCase(
      "'the group' is the group named before",
      "Kataib Hezbollah posted a video on Telegram late on Thursday. The group said it had "
        + "launched two drones at Eilat.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Eilat", weapon: "drone", count: 2,
        modality: .claimed)),
    EventCase(
      "'the group' skips a state",
      "Israel and the Houthis are locked in a widening confrontation. On Saturday the group said "
        + "it had fired a hypersonic missile at central Israel.",
      EventSpec(
        attacker: "actor:houthis", location: "central Israel", weapon: "hypersonic missile",
        modality: .claimed, date: "2024-08-03")),
    EventCase(
      "'they' are the militias named before",
      "Iran-backed militias in Syria have stepped up pressure on US troops this summer. On "
        + "Friday they fired rockets at the Al-Omar oil field.",
      EventSpec(
        attacker: "generic:militia", sponsor: "state:IR", location: "Al-Omar oil field",
        weapon: "rocket", date: "2024-08-02")),
    EventCase(
      "'it' is the group that issued the statement",
      "The Islamic Resistance in Iraq issued a statement on Saturday. It said its fighters had "
        + "attacked a target in Tiberias with drones.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Tiberias", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "a new occurrence on another day is a second event",
      "Hezbollah fired rockets at Kiryat Shmona on Monday. On Tuesday, an Israeli drone struck a "
        + "motorcycle in Kfar Kila.",
      EventSpec(attacker: "actor:hezbollah", location: "Kiryat Shmona", date: "2024-08-05"),
      EventSpec(location: "Kfar Kila", weapon: "drone", date: "2024-08-06")),
    EventCase(
      "'the latest attack' is a new incident after an aggregate",
      "Iraqi militias have launched about 170 attacks on US forces since October. The latest "
        + "attack, on Tuesday, targeted the Rmelan airfield in northeast Syria.",
      EventSpec(kind: .aggregate, count: 170),
      EventSpec(kind: .incident, location: "Rmelan airfield", date: "2024-08-06")),
    EventCase(
      "'the attack' goes to the nearest event",
      "Israeli jets struck Tyre on Monday. Hezbollah fired rockets at Safed later that day. The "
        + "attack lightly wounded two men, Israeli medics said.",
      EventSpec(location: "Tyre", injured: .absent, evidence: 1),
      EventSpec(location: "Safed", weapon: "rocket", injured: 2, evidence: 2)),
    EventCase(
      "the group's fighters are the group named before",
      "Kataib Hezbollah announced a new campaign against US forces on Monday. The group's "
        + "fighters fired rockets at the Ain al-Asad air base on Tuesday.",
      EventSpec(attacker: "actor:kataib-hezbollah", weapon: "rocket")),
    EventCase(
      "'in the strike' brings the dead to the strike told before",
      "Israeli jets struck a Hezbollah depot near Tyre on Friday. Two fighters were killed "
        + "in the strike, the group said.",
      EventSpec(attacker: "actor:idf", killed: 2, evidence: 2)),
    EventCase(
      "'the latest attack' is no restatement of a count of attacks",
      "The Houthis have attacked more than 80 ships since November. The latest attack, on "
        + "Sunday, hit a tanker in the Red Sea.",
      EventSpec(kind: .aggregate),
      EventSpec(kind: .incident, location: "Red Sea", date: "2024-08-04")),
    EventCase(
      "the latest of the counted attacks is where they were",
      "Israel has struck Yemen twice this year. The latest raid killed six people, the health "
        + "ministry said.",
      events: 2,
      EventSpec(kind: .incident, location: "Yemen", killed: 6)),
    EventCase(
      "'the missile launches' restate the launches told before",
      "The Houthis fired two ballistic missiles at Eilat on Saturday. The missile launches from "
        + "Yemen underline the group's reach, analysts said.",
      EventSpec(attacker: "actor:houthis", location: "Eilat", evidence: 2)),
    EventCase(
      "'the attack … carried out by' names who did it over the topic",
      "The United States and Britain struck Houthi targets in Yemen on Saturday.\nIn Iraq, a "
        + "rocket attack on Camp Taji on Sunday caused no casualties, an official said, adding "
        + "that the attack was believed to have been carried out by Kataib Hezbollah.",
      EventSpec(location: "Yemen"),
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Camp Taji", weapon: "rocket",
        modality: .suspected)),
    EventCase(
      "a sentence opening in another country inherits no attacker",
      "US forces struck Houthi radar sites in Yemen on Friday. In Iraq, a roadside bomb struck "
        + "a convoy near Diwaniyah on Saturday.",
      published: "2024-02-04",
      EventSpec(attacker: "actor:us-military", country: "YE"),
      EventSpec(attacker: .absent, location: "Diwaniyah", weapon: "explosive")),
    EventCase(
      "a sentence opening in the attacker's own theatre inherits it",
      "Kataib Hezbollah fighters fired drones at a US base near Erbil on Sunday. In Iraq, "
        + "another drone later hit the Ain al-Asad air base.",
      published: "2024-02-05",
      EventSpec(attacker: "actor:kataib-hezbollah", location: "Erbil"),
      EventSpec(attacker: "actor:kataib-hezbollah", location: "Ain al-Asad Air Base")),
    EventCase(
      "a party running the outlet that reports the toll is not the attacker",
      "Houthi-run Al Masirah TV said one person was killed in airstrikes in Hodeidah province "
        + "on Saturday.",
      published: "2024-02-04",
      EventSpec(attacker: .absent, killed: 1, date: "2024-02-03")),
    EventCase(
      "the attack an event responds to is an event of its own",
      "Hezbollah fired rockets at Metula on Monday in response to an Israeli strike on Khiam "
        + "that killed two fighters.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Metula", weapon: "rocket", killed: .absent),
      EventSpec(attacker: "state:IL", location: "Khiam", killed: 2)),
    EventCase(
      "an interception stops the attack that fired its weapons, paragraphs back",
      "Iran launched more than 300 drones and missiles at Israel late on Saturday, the Israeli "
        + "military said.\n\nIran's Revolutionary Guards said the attack was in retaliation "
        + "for an Israeli strike on Iran's consulate in Damascus on April 1.\n\nU.S. forces "
        + "shot down more than 70 drones, U.S. officials said.",
      published: "2024-04-14",
      EventSpec(attacker: "state:IR", date: "2024-04-13"),
      EventSpec(attacker: "state:IL", location: "Damascus", date: "2024-04-01"),
      EventSpec(
        type: ACLED.strategic, attacker: "state:IR", interceptor: "actor:us-military",
        date: "2024-04-13")),
    EventCase(
      "'the strikes' restates the strike of the sentence before, not the drone after it",
      "Israeli jets struck an arms depot in Tartus on Tuesday, hours after a Hezbollah rocket "
        + "killed two farmers in Metula. Syrian state media said 12 people were wounded in the "
        + "strikes.",
      published: "2024-08-07",
      EventSpec(location: "Tartus", injured: 12, date: "2024-08-06", evidence: 2),
      EventSpec(location: "Metula", killed: 2, injured: .absent, evidence: 1)),
    EventCase(
      "'the drone that hit' a town tells again the drone strike on it",
      "A Houthi drone struck a hotel in Eilat, killing one guest, the army said.\n\nThe drone "
        + "that hit Eilat early on Saturday flew more than 1,500 kilometres from Yemen, "
        + "officials said. Three people were wounded in that attack.",
      EventSpec(
        attacker: "actor:houthis", location: "Eilat", origin: "Yemen", killed: 1, injured: 3,
        date: "2024-08-03", evidence: 3)),
    EventCase(
      "a singular 'the attack' is the incident, not the count of attacks told after it",
      "Kataib Hezbollah fired two drones at the Tanf garrison on Monday. The group has carried "
        + "out dozens of attacks on US forces since October. Two soldiers were wounded in the "
        + "attack, the Pentagon said.",
      EventSpec(
        kind: .incident, location: "Al-Tanf garrison", injured: 2, date: "2024-08-05",
        evidence: 2),
      EventSpec(kind: .aggregate, injured: .absent, evidence: 1)),
    EventCase(
      "'the attack' restates the barrage, not its interception, and places it more finely",
      "Iran fired about 180 ballistic missiles at Israel on Tuesday night. Most of the missiles "
        + "were intercepted. The Revolutionary Guards said the attack targeted three air bases "
        + "near Tel Aviv.",
      EventSpec(attacker: "state:IR", location: "Tel Aviv", count: 180, evidence: 2),
      EventSpec(subType: ACLED.disrupted, location: .absent, evidence: 1)),
    EventCase(
      "a bare passive harm after an attack is more harm of that attack",
      "A Houthi missile struck a bulk carrier in the Gulf of Aden on Wednesday, killing two "
        + "sailors. Five other crew members were injured, three of them seriously.",
      events: 1,
      EventSpec(
        attacker: "actor:houthis", location: "Gulf of Aden", killed: 2, injured: 5,
        evidence: 2)),
    EventCase(
      "a claim of responsibility for 'the attack' names its attacker",
      "A drone attack targeted the Ain al-Asad air base in western Iraq early on Thursday, two "
        + "security sources said.\nThe Islamic Resistance in Iraq claimed responsibility for "
        + "the attack in a statement on Telegram.",
      published: "2024-03-28",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Ain al-Asad Air Base",
        date: "2024-03-28", evidence: 2)),
    EventCase(
      "a strike 'in the area' told by the attacker's military is the strike told before",
      "An Israeli air strike on a house in the southern Lebanese town of Nabatieh killed five "
        + "people on Tuesday, Lebanon's health ministry said.\nThe Israeli military said it had "
        + "struck a Hezbollah command center in the area.",
      published: "2024-11-12",
      EventSpec(location: "Nabatieh", killed: 5, date: "2024-11-12", evidence: 2)),
    EventCase(
      "a strike 'in the area' by the other side is another strike",
      "An Israeli air strike on a house in Nabatieh killed five people on Tuesday.\nHezbollah "
        + "said it had struck an Israeli army post in the area.",
      published: "2024-11-12",
      EventSpec(attacker: "state:IL", location: "Nabatieh", killed: 5),
      EventSpec(attacker: "actor:hezbollah")),
    EventCase(
      "a fronted 'in a separate strike' names the occurrence its clause tells",
      "In a separate strike on Wednesday, an Israeli drone hit a motorcycle near Bint Jbeil.",
      published: "2024-11-13",
      EventSpec(attacker: "state:IL", location: "Bent Jbail", weapon: "drone", date: "2024-11-13")),
    EventCase(
      "the attacker's own forces saying they had targeted bases tell the barrage again",
      "Iran launched about 180 ballistic missiles at Israel on Tuesday evening, the Israeli "
        + "military said.\nThe Islamic Revolutionary Guard Corps said it had targeted three "
        + "military bases around Tel Aviv, and that 90 percent of its missiles had hit their "
        + "targets.",
      published: "2024-10-02",
      EventSpec(
        attacker: "state:IR", location: "Tel Aviv", count: 180, date: "2024-10-01",
        evidence: 2)),
    EventCase(
      "another side saying it had struck is another event",
      "Iran launched about 180 ballistic missiles at Israel on Tuesday evening.\nIsrael said "
        + "it had struck air defence sites near Tehran.",
      published: "2024-10-02",
      EventSpec(attacker: "state:IR", count: 180),
      EventSpec(attacker: "state:IL")),
    EventCase(
      "a party claiming it had targeted 'the ship' names the attacker of the strike on it",
      "A tanker was struck by three projectiles off Hodeidah on Wednesday, the agency "
        + "said.\nHouthi spokesman Yahya Saree said the group had targeted the ship because its "
        + "owner had violated the ban on entering Israeli ports.",
      published: "2024-08-22",
      EventSpec(attacker: "actor:houthis", location: "Hodeidah", date: "2024-08-21", evidence: 2)),
    EventCase(
      "'the Iran-aligned group' is the group named before",
      "The Houthis attacked a tanker in the Red Sea on Monday.\nThe attack was the latest in a "
        + "campaign that has seen the Iran-aligned group launch more than 80 attacks on merchant "
        + "vessels since November.",
      published: "2024-08-22",
      EventSpec(kind: .incident, attacker: "actor:houthis"),
      EventSpec(kind: .aggregate, attacker: "actor:houthis", count: 80)),
    EventCase(
      "an unattributed, unplaced report of the victim's death right after tells the strike again",
      "An Israeli air strike on the Sayyida Zeinab district of Damascus killed a senior adviser "
        + "of the Revolutionary Guards on Monday.\nRazi Mousavi, who coordinated military "
        + "cooperation between Syria and Iran, was killed when three missiles hit his home, a "
        + "source said.",
      published: "2023-12-25",
      EventSpec(attacker: "state:IL", location: "Sayyida Zeinab", date: "2023-12-25", evidence: 2)),
    EventCase(
      "'another strike' is a new one",
      "An Israeli strike hit a car near Tyre on Monday, killing two men.\nAnother strike hit a "
        + "motorcycle near Bint Jbeil, killing one.",
      EventSpec(location: "Tyre", killed: 2),
      EventSpec(location: "Bent Jbail", killed: 1)),
    EventCase(
      "a definite attack dated to another day is another attack",
      "A drone attack hit a bulk carrier in the Red Sea on Tuesday.\nThe rocket attack on the "
        + "Ain al-Asad air base on Monday damaged a hangar.",
      published: "2026-02-12",
      events: 2,
      EventSpec(location: "Red Sea", weapon: "drone", date: "2026-02-10"),
      EventSpec(weapon: "rocket", date: "2026-02-09")),
    EventCase(
      "a side's own report retells its attack past another side's strike told in between",
      "The Houthis said on Thursday they had fired anti-ship missiles at the container ship MSC "
        + "Aurora in the Gulf of Aden on Wednesday, hours after U.S. forces struck radar sites in "
        + "Hodeidah province.\nHouthi spokesman Yahya Saree said the group's naval forces had "
        + "targeted the ship with a number of naval missiles.",
      published: "2026-02-12",
      events: 2,
      EventSpec(
        attacker: "actor:houthis", location: "Gulf of Aden", date: "2026-02-11", evidence: 2)),
    EventCase(
      "'the hit' after an attack is no second attack",
      "A Houthi missile struck the tanker Chios Lion in the Red Sea on Monday, and the hit "
        + "caused a fire on deck.",
      published: "2026-02-12",
      events: 1,
      EventSpec(location: "Red Sea", date: "2026-02-09")),
    EventCase(
      "a side's own undated report at the same place retells its undated barrage",
      "Israeli airstrikes killed 12 people in southern Lebanon overnight, as Hezbollah fired a "
        + "barrage of rockets toward the northern Israeli city of Haifa.\nHezbollah said it fired "
        + "about 30 rockets at an Israeli naval base near Haifa in response.",
      published: "2026-10-03",
      events: 2,
      EventSpec(attacker: "actor:hezbollah", location: "Haifa", count: 30, evidence: 2)),
    EventCase(
      "a full telling dated to the day joins the attack alluded to before",
      "Israel carried out airstrikes against military targets in Iran early on Saturday, in "
        + "retaliation for Iran's ballistic missile attack on Israel earlier this month.\nOn "
        + "October 1, Iran fired around 180 ballistic missiles at Israel.",
      published: "2024-10-26",
      events: 2,
      EventSpec(attacker: "state:IL", date: "2024-10-26"),
      EventSpec(attacker: "state:IR", count: 180, date: "2024-10-01", evidence: 2)),
    EventCase(
      "victims are no topic: the next strike is the attacker's",
      "Israeli jets struck military bases in Ilam province on Saturday. Two Iranian soldiers "
        + "were killed, the army said.\nThe Israeli military said about 100 aircraft took part "
        + "in three waves of strikes that hit missile factories and air defence arrays.",
      published: "2024-10-26",
      events: 1,
      EventSpec(attacker: "actor:idf", weapon: .absent, killed: 2)),
    EventCase(
      "a side's report naming a region of the incident's country retells it",
      "Israeli warplanes struck army positions near Deraa overnight, wounding four soldiers, "
        + "state media said on Wednesday.\nIsrael's military said it had struck military "
        + "infrastructure in southern Syria.",
      published: "2025-05-14",
      events: 1,
      EventSpec(location: "Daraa", injured: 4, evidence: 2)),
    EventCase(
      "an air defence battalion struck is no weapon",
      "Israeli strikes hit army positions near Damascus on Tuesday, the war monitor said.\nThe "
        + "strikes targeted an air defence battalion near the town of Kisweh.",
      published: "2025-05-14",
      events: 1,
      EventSpec(attacker: "state:IL", weapon: .absent, evidence: 2)),
    EventCase(
      "a side's report with other weapons does not retell its shelling",
      "Russian shelling killed five people in Kherson on Thursday.\nRussia's defence ministry "
        + "said it had destroyed 25 Ukrainian drones.",
      published: "2025-05-23",
      events: 2,
      EventSpec(location: "Kherson", weapon: "artillery", killed: 5, evidence: 1)),
    EventCase(
      "'Earlier,' tells another occurrence; what a verb of striking hits is no weapon",
      "U.S. forces struck four anti-ship cruise missiles that were prepared to launch toward the "
        + "Red Sea on Saturday, Central Command said.\nEarlier, a ballistic missile fired from "
        + "Houthi-controlled territory landed in the water near a tanker.",
      published: "2026-03-02",
      events: 2,
      EventSpec(attacker: "actor:us-military", location: "Red Sea", weapon: .absent),
      EventSpec(attacker: "actor:houthis", weapon: "ballistic missile")),
    EventCase(
      "the party a group is linked to is no antecedent of 'its fighters'",
      "Al Shabaab fighters stormed a beach hotel in Mogadishu on Friday, killing 37 people."
        + "\n\nThe al Qaeda-linked group said through its radio station that its fighters had "
        + "carried out Friday's attack.",
      published: "2024-08-03", events: 1,
      EventSpec(attacker: "actor:al-shabaab", location: "Mogadishu", killed: 37, evidence: 2)),
  ]

  @Test(arguments: cases)
  func references(_ testCase: EventCase) throws { try verify(testCase) }
}
