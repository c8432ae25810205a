import SalvoModel
import Testing

/// Who attacked whom: the subject of an active trigger, the agent of a passive one, the
/// object or the phrase after at/on/against as the target.
@Suite("Events: active and passive voice")
struct VoiceTests {
  static let cases: [EventCase] = [
    EventCase(
      "a named group after a generic head and 'from' is the attacker",
      "Militants from al-Shabaab stormed a military base in southern Somalia on Monday, killing "
        + "four soldiers, officials said.",
      published: "2024-06-11",
      EventSpec(attacker: "actor:al-shabaab", killed: 4, date: "2024-06-10")),
    EventCase(
      "a group the gunmen are 'from' attacks, not the gunmen's generic class",
      "Gunmen from the Gran Grif gang opened fire on residents of the town on Thursday, killing "
        + "at least 20 people.",
      published: "2024-10-05",
      EventSpec(attacker: "actor:gran-grif", killed: 20)),
    EventCase(
      "a relative clause on the subject event noun's object gives the verb no subject",
      "A drone attack on a base in eastern Syria that hosts U.S. troops killed six Syrian "
        + "Democratic Forces fighters late on Sunday, the SDF said.",
      published: "2024-02-05",
      EventSpec(attacker: .absent, location: "eastern Syria", killed: 6, date: "2024-02-04")),
    EventCase(
      "'U.S.-British strikes' were struck by both, and 'U.S.' names no place",
      "The health ministry said 3 people were killed in U.S.-British strikes on Hodeidah.",
      events: 1,
      EventSpec(attacker: "state:US", location: "Hodeidah", killed: 3)),
    EventCase(
      "the relative clause of 'the U.S.-British strikes' has both for subject",
      "Sixteen people were killed in the U.S.-British strikes, which hit the port of Hodeidah, "
        + "the health ministry said.",
      EventSpec(attacker: "state:US", location: "Hodeidah", killed: 16)),
    EventCase(
      "a verb after ', and' leaves the verb before it the main verb of its clause",
      "On Thursday, two drones targeted the Ain al-Asad air base, and a rocket attack hit the "
        + "Harir base in the Kurdistan region.",
      events: 2,
      EventSpec(location: "Ain al-Asad Air Base", weapon: "drone", count: 2),
      EventSpec(location: "Harir Air Base", weapon: "rocket")),
    EventCase(
      "a clause after 'hours after' with a weapon for subject takes no attacker from the first",
      "U.S. fighter jets struck three sites in Iraq used by Kataib Hezbollah early Tuesday, hours "
        + "after a one-way attack drone hit Erbil air base and wounded three American service "
        + "members.",
      published: "2023-12-26", events: 2,
      EventSpec(kind: .incident, attacker: "actor:us-military", location: "Iraq"),
      EventSpec(kind: .incident, attacker: .absent, weapon: "drone", injured: 3)),
    EventCase(
      "a verb coordinated in the same clause keeps the subject before the weapon it fired",
      "Iran-backed militants fired rockets at the base and hit a hangar on Monday.",
      EventSpec(kind: .incident, attacker: "actor:iran-backed-militias", weapon: "rocket")),
    EventCase(
      "who a clash is with is the other side",
      "Hezbollah fighters clashed with Israeli troops near the border on Tuesday, killing two "
        + "soldiers, the group said.",
      EventSpec(
        type: ACLED.battles, attacker: "actor:hezbollah", target: "actor:idf", killed: 2)),
    EventCase(
      "a quoted modifier leaves the light verb's object a noun",
      "The Pentagon said U.S. forces had carried out a \"self-defense\" strike on a drone launch "
        + "site in Yemen.",
      EventSpec(attacker: "actor:us-military", location: "Yemen")),
    EventCase(
      "'neutralised' is a military's verb of killing",
      "Turkey's defence ministry said its forces had neutralised 19 militants in northern Iraq.",
      EventSpec(type: ACLED.explosions, location: "northern Iraq", modality: .claimed)),
    EventCase(
      "'came under attack' is a passive: its subject is the target, and 'times' its count",
      "U.S. troops in Syria have come under attack more than 60 times since October, mostly "
        + "from rockets and drones.",
      EventSpec(
        kind: .aggregate, attacker: .absent, target: "actor:us-military", count: 60)),
    EventCase(
      "the 'when' clause tells who made the attack a post came under",
      "An Israeli army post near Metula came under attack on Sunday when Hezbollah fired "
        + "anti-tank missiles at it.",
      EventSpec(attacker: "actor:hezbollah", location: "Metula", date: "2024-08-04")),
    EventCase(
      "the users of a depot named by 'by' are not the attackers",
      "An explosion at a weapons depot used by Iran-backed militias near Baghdad killed one "
        + "fighter and wounded eight others.",
      EventSpec(attacker: .absent, location: "Baghdad", killed: 1, injured: 8)),
    EventCase(
      "a relative clause on an event noun takes the noun's attacker, not the main subject's",
      "Hezbollah fired dozens of rockets at northern Israel in response to an Israeli strike "
        + "that killed a senior commander in Tyre, the group said.",
      published: "2024-08-10",
      EventSpec(attacker: "actor:hezbollah", location: "northern Israel"),
      EventSpec(attacker: "state:IL", location: "Tyre")),
    EventCase(
      "the victims of 'killed … and wounded' are not the second verb's subject",
      "A drone attack on a base in Jordan on Sunday killed three U.S. soldiers and wounded more "
        + "than 40 others, the Pentagon said.",
      published: "2024-01-29",
      EventSpec(attacker: .absent, location: "Jordan", killed: 3)),
    EventCase(
      "event noun as subject: its demonym attacks, not the one inside the place phrase",
      "An Israeli drone strike on a car in the southern Lebanese town of Nabatieh killed three "
        + "people on Thursday, Lebanon's health ministry said.",
      published: "2024-10-04",
      EventSpec(attacker: "state:IL", location: "Nabatieh", country: "LB", weapon: "drone")),
    EventCase(
      "gunmen of a place phrase: the subject before it, not the demonym inside it",
      "Gunmen in the northern Iraqi city of Kirkuk attacked a police checkpoint on Saturday, "
        + "security sources said.",
      published: "2024-03-10",
      EventSpec(attacker: "generic:militia")),
    EventCase(
      "active subject fires rockets at a town",
      "Hezbollah fired a barrage of rockets at the northern Israeli town of Kiryat Shmona on "
        + "Tuesday.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Kiryat Shmona", country: "IL",
        weapon: "rocket")),
    EventCase(
      "passive agent with by + drones",
      "An Israeli army post near Metula was attacked by Hezbollah drones on Sunday, the military "
        + "said.",
      EventSpec(
        attacker: "actor:hezbollah", target: "actor:idf", location: "Metula", weapon: "drone")),
    EventCase(
      "passive agent inside 'fired by'",
      "The coastal town of Nahariya was struck by rockets fired by Hezbollah, Israeli emergency "
        + "services said.",
      EventSpec(attacker: "actor:hezbollah", location: "Nahariya", weapon: "rocket")),
    EventCase(
      "country as subject is the state",
      "Israel struck targets in the Syrian capital Damascus early on Monday.",
      EventSpec(attacker: "state:IL", location: "Damascus", country: "SY")),
    EventCase(
      "demonym + jets as subject, group-owned object as target",
      "Israeli jets struck a Hezbollah weapons depot in the Bekaa Valley overnight.",
      EventSpec(attacker: "actor:idf", target: "actor:hezbollah", location: "Bekaa Valley")),
    EventCase(
      "state fires at a state, which is also the location",
      "Iran launched a salvo of ballistic missiles at Israel late on Tuesday.",
      published: "2024-10-02",
      EventSpec(
        attacker: "state:IR", target: "state:IL", location: "Israel",
        weapon: "ballistic missile")),
    EventCase(
      "attack on a country names the target state",
      "Houthi rebels carried out a drone attack on Israel on Friday, according to the Israeli "
        + "military.",
      EventSpec(attacker: "actor:houthis", target: "state:IL", weapon: "drone")),
    EventCase(
      "passive target convoy, agent named group",
      "A logistics convoy was targeted by Kataib Hezbollah near Baghdad airport, the Pentagon "
        + "said.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Baghdad International Airport",
        country: "IQ")),
    EventCase(
      "carried out airstrikes on a group's facilities",
      "US forces carried out airstrikes on Kataib Hezbollah facilities in Jurf al-Sakhar, south "
        + "of Baghdad.",
      EventSpec(
        attacker: "actor:us-military", target: "actor:kataib-hezbollah",
        location: "Jurf al-Sakhar", weapon: "airstrike")),
    EventCase(
      "passive ship, agent after 'fired by'",
      "A Liberian-flagged tanker was struck by a missile fired by the Houthis off the port of "
        + "Mocha.",
      EventSpec(attacker: "actor:houthis", location: "Mocha", country: "YE", weapon: "missile")),
    EventCase(
      "active with instrument 'with an anti-ship missile'",
      "The Houthis attacked a Greek-owned bulk carrier in the Red Sea with an anti-ship missile "
        + "on Saturday.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", weapon: "anti-ship missile")),
    EventCase(
      "ambush: subject attacks, object is the target",
      "Islamic State militants ambushed an Iraqi army patrol near Tuz Khurmatu, security "
        + "sources said.",
      EventSpec(
        attacker: "actor:isis", target: "actor:iraqi-security-forces",
        location: "Tuz Khurmatu")),
    EventCase(
      "passive without an agent has no attacker",
      "A fuel depot in the Yemeni port city of Hodeidah was hit in a series of airstrikes on "
        + "Saturday.",
      EventSpec(attacker: .absent, location: "Hodeidah", weapon: "airstrike")),
    EventCase(
      "fighters attack soldiers with an anti-tank missile",
      "Hezbollah fighters attacked Israeli soldiers with an anti-tank missile near the border "
        + "town of Metula.",
      EventSpec(
        attacker: "actor:hezbollah", target: "actor:idf", location: "Metula",
        weapon: "anti-tank missile")),
    EventCase(
      "demonym on the weapon in a by-phrase is the attacker state",
      "A convoy of the Syrian Democratic Forces was hit by a Turkish drone near Qamishli on "
        + "Friday.",
      EventSpec(
        attacker: "state:TR", target: "actor:sdf", location: "Qamishli", weapon: "drone")),
    EventCase(
      "'was hit' is passive, the agent of the weapon's participle attacks",
      "A commercial vessel was hit by a drone fired by the Houthis in the Red Sea on Sunday.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", weapon: "drone")),
    EventCase(
      "a place in the passive subject is where it happened",
      "A police station in the Iraqi city of Kirkuk was attacked by Islamic State militants "
        + "overnight.",
      EventSpec(attacker: "actor:isis", location: "Kirkuk", country: "IQ")),
    EventCase(
      "a weapon's past form with an object is the verb",
      "A Houthi drone hit a Marshall Islands-flagged tanker off Hodeidah on Monday.",
      EventSpec(attacker: "actor:houthis", location: "Hodeidah", weapon: "drone")),
    EventCase(
      "a by-phrase runs past appositive words to its head",
      "The drone strike by the Iran-backed Iraqi militant group Kataib Hezbollah killed three US "
        + "soldiers in Jordan.",
      EventSpec(attacker: "actor:kataib-hezbollah", killed: 3)),
    EventCase(
      "a noun in a verb's object is no verb",
      "US jets struck Kataib Hezbollah targets in Al-Qaim near the Syrian border.",
      EventSpec(attacker: "actor:us-military", location: "Al-Qaim")),
    EventCase(
      "'their attacks' are the subject's",
      "Houthi forces have stepped up their drone attacks on shipping in the Red Sea.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea")),
    EventCase(
      "a verb after a relative clause set off by commas has the subject before it",
      "Kataib Hezbollah, which has long opposed the US presence in Iraq, fired rockets at the "
        + "Ain al-Asad air base on Monday.",
      EventSpec(attacker: "actor:kataib-hezbollah", location: "Ain al-Asad Air Base")),
    EventCase(
      "a demonym inside a count of event nouns is the attacker",
      "In one Israeli operation last week, commandos mounted a raid on a missile depot near "
        + "Masyaf.",
      EventSpec(attacker: "state:IL", location: "Masyaf")),
    EventCase(
      "special forces in an Israeli operation are Israel's",
      "In a rare Israeli operation, special forces mounted a raid on a missile depot near "
        + "Masyaf.",
      EventSpec(attacker: "state:IL", location: "Masyaf")),
    EventCase(
      "an attack on a base needs no weapon",
      "An attack on Harir Air Base in northern Iraq on Thursday caused minor damage, "
        + "officials said.",
      EventSpec(kind: .incident, location: "Harir Air Base")),
    EventCase(
      "a country's forces are the target, the country no location",
      "Kataib Hezbollah fighters fired rockets on US forces in eastern Syria on Monday.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", target: "actor:us-military", location: "eastern Syria",
        weapon: "rocket")),
    EventCase(
      "an attack on troops with no weapon or attacker named",
      "An attack on US forces in eastern Syria on Monday caused no injuries, officials said.",
      EventSpec(kind: .incident, target: "actor:us-military", location: "eastern Syria")),
    EventCase(
      "an attack on a country's troops, placed",
      "The Pentagon said there had been an attack on American troops at a base in Iraq.",
      EventSpec(target: "actor:us-military", country: "IQ")),
    EventCase(
      "a passive's agent that is an event noun is the same occurrence",
      "An ammunition depot near Homs was destroyed by an Israeli airstrike overnight.",
      EventSpec(attacker: "state:IL", location: "Homs", weapon: "airstrike")),
    EventCase(
      "explosions that were the result of a strike",
      "Explosions at the port of Latakia were the result of a missile strike, Syrian state "
        + "media said.",
      EventSpec(location: "Latakia", weapon: "missile")),
    EventCase(
      "an attack followed by strikes: two occurrences",
      "The Hamas attack on Israel on October 7 was followed by Israeli airstrikes on Gaza.",
      EventSpec(attacker: "actor:hamas"), EventSpec(attacker: "state:IL")),
    EventCase(
      "the passive subject before places in a list is the target",
      "U.S. forces in Iraq and Syria have been attacked more than 160 times since mid-October.",
      published: "2024-01-29",
      EventSpec(
        kind: .aggregate, target: "actor:us-military", count: 160, qualifier: .moreThan)),
    EventCase(
      "the first of coordinated subjects attacks too",
      "The United States and Britain carried out strikes against Houthi targets in Yemen on "
        + "Saturday, the Pentagon said.",
      EventSpec(attacker: "state:US", target: "actor:houthis", country: "YE", attackers: 2)),
    EventCase(
      "the last of coordinated subjects attacks too",
      "The United States and Britain carried out strikes against Houthi targets in Yemen on "
        + "Saturday, the Pentagon said.",
      EventSpec(attacker: "state:GB", target: "actor:houthis", country: "YE")),
    EventCase(
      "a place before the subject's comma is no partner",
      "In Syria, Israeli jets struck a weapons depot near Hama on Sunday.",
      EventSpec(attacker: "actor:idf", location: "Hama", attackers: 1)),
    EventCase(
      "the agent of a reduced relative fired the weapon",
      "A rocket fired by Lebanon's Hezbollah hit a house in Kiryat Shmona on Sunday, wounding "
        + "two people.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Kiryat Shmona", injured: 2, date: "2024-08-04")),
    EventCase(
      "a dateline's country is no subject",
      "SANAA, Yemen (AP) — Two missiles fired by the Houthis struck a tanker in the Red Sea on "
        + "Monday, the U.S. military said.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", date: "2024-08-05")),
    EventCase(
      "an event noun subject's modifier did it, not a people the phrase mentions",
      "An Israeli strike on a school housing displaced Palestinians in Gaza City killed at least "
        + "90 people early Saturday.",
      EventSpec(attacker: "state:IL", location: "Gaza", killed: 90, date: "2024-08-03")),
    EventCase(
      "'used by the group' names who used the devices, not who set them off",
      "Hezbollah blamed Israel for the blasts. The Israeli military declined to comment.\n\nOn "
        + "Tuesday, walkie-talkies used by the group exploded in Beirut's southern suburbs, "
        + "killing at least 20 people.",
      events: 1,
      EventSpec(
        type: ACLED.explosions, subType: ACLED.remoteExplosive, attacker: .absent, killed: 20,
        date: "2024-08-06")),
    EventCase(
      "an -ing trigger after 'began' is the clause's verb: its subject fired",
      "Israel has carried out thousands of strikes in Lebanon since October 2023, when "
        + "Hezbollah began firing rockets in support of its ally Hamas.",
      published: "2024-11-12",
      EventSpec(kind: .aggregate, attacker: "state:IL", location: "Lebanon"),
      EventSpec(attacker: "actor:hezbollah", weapon: "rocket")),
    EventCase(
      "'kept shelling' is shelling by the subject",
      "Israeli tanks kept shelling the outskirts of Khiam on Thursday, residents said.",
      EventSpec(attacker: "state:IL", location: "Khiam", date: "2024-08-01")),
    EventCase(
      "an -ing adjunct after a comma is no verb of its own subject",
      "An Israeli drone struck a car near Tyre on Monday, killing two men.",
      EventSpec(attacker: "state:IL", location: "Tyre", killed: 2)),
    EventCase(
      "'resumed firing' is the subject's firing, on its day",
      "The militia resumed firing drones at the base on Friday after a two-week pause.",
      published: "2024-11-12",
      EventSpec(attacker: "generic:militia", weapon: "drone", date: "2024-11-08")),
    EventCase(
      "urging allies to keep attacking tells no occurrence",
      "Tehran has urged its allies to keep attacking U.S. forces in Syria.",
      events: 0),
    EventCase(
      "a ship that caught fire: the blaze is no second event and the day is the strike's",
      "A Greek-flagged oil tanker was struck by three projectiles off the Yemeni port city of "
        + "Hodeidah on Wednesday and caught fire, the agency said.",
      published: "2024-08-22",
      EventSpec(attacker: .absent, location: "Hodeidah", count: 3, date: "2024-08-21")),
    EventCase(
      "a relative clause after an event noun's target tells the event: the target is no subject",
      "The U.S. carried out retaliatory strikes against Kataib Hezbollah in Iraq on Tuesday, "
        + "which the Pentagon said hit three facilities used by the group.",
      published: "2023-12-27",
      EventSpec(attacker: "state:US", target: "actor:kataib-hezbollah")),
    EventCase(
      "the weapon a relative clause places is the passive's subject: one launch by its agent",
      "Officials said the drone that hit Eilat on Friday was launched by the Houthis.",
      EventSpec(attacker: "actor:houthis", location: "Eilat", weapon: "drone", date: "2024-08-02")),
    EventCase(
      "an appositive before the verb holds no subject, though a saying clause follows",
      "The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed the "
        + "attack in a Telegram post, saying it had targeted the base with a drone.",
      published: "2026-01-20",
      EventSpec(attacker: "actor:islamic-resistance-in-iraq", modality: .claimed)),
    EventCase(
      "an X-led attack is X's, not the clause subject's",
      "Israel and Hezbollah have exchanged fire almost every day since the Hamas-led attack on "
        + "southern Israel on Oct. 7.",
      published: "2024-07-31",
      EventSpec(kind: .aggregate, attacker: "state:IL", attackers: 2),
      EventSpec(attacker: "actor:hamas", location: "southern Israel", date: "2023-10-07")),
    EventCase(
      "two sides that traded fire are both attackers",
      "Hezbollah and Israel traded fire across the border on Monday.",
      published: "2024-07-31",
      EventSpec(attacker: "actor:hezbollah", date: "2024-07-29", attackers: 2)),
    EventCase(
      "a participle with its agent right after it is passive; a ship's owner is no attacker",
      "A Greek-owned bulk carrier hit by an explosive-laden uncrewed surface vessel off Yemen on "
        + "12 June has sunk, the maritime agency said.",
      published: "2024-06-19", events: 1,
      EventSpec(attacker: .absent, location: "Yemen", date: "2024-06-12")),
    EventCase(
      "a ship struck by a party's missile: the party is the attacker, the flag state is not",
      "A Liberian-flagged tanker struck by a Houthi missile in the Red Sea on Monday caught "
        + "fire, the British military said.",
      published: "2024-06-19", events: 1,
      EventSpec(attacker: "actor:houthis", location: "Red Sea", weapon: "missile")),
    EventCase(
      "where the drones were made is not who launched them",
      "Two Iranian-made drones hit an oil field in eastern Syria on Sunday, a monitor said.",
      published: "2024-06-19", events: 1,
      EventSpec(attacker: .absent, weapon: "drone", count: 2)),
    EventCase(
      "'were killed and 62 others injured': the injured are no attacker of the blast",
      "At least 26 people, among them soldiers and railway employees, were killed and 62 "
        + "others injured on Saturday when a suicide bomber blew himself up at the railway "
        + "station in Quetta, officials said.",
      published: "2024-11-09", events: 1,
      EventSpec(attacker: .absent, location: "Quetta", killed: 26, injured: 62)),
    EventCase(
      "gang members who storm a town are its attackers",
      "At least 70 people were killed when members of the Gran Grif gang stormed the town of "
        + "Pont-Sonde in central Haiti on Thursday, the United Nations said.",
      published: "2024-10-05",
      EventSpec(attacker: "actor:gran-grif", killed: 70)),
  ]

  @Test(arguments: cases)
  func voice(_ testCase: EventCase) throws { try verify(testCase) }
}
