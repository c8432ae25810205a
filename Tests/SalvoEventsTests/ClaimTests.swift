import SalvoModel
import Testing

/// A party claiming its own attack, or its media reporting it, makes the event claimed;
/// what the article states on its own (or on witnesses' word) stays asserted.
@Suite("Events: claims")
struct ClaimTests {
  static let cases: [EventCase] = [
    EventCase(
      "'the attacks have been claimed by' names who made the attacks counted before",
      "U.S. forces have come under attack at least 78 times since Oct. 17. Most of the attacks "
        + "have been claimed by the Islamic Resistance in Iraq.",
      published: "2023-12-08", events: 1,
      EventSpec(
        kind: .aggregate, attacker: "actor:islamic-resistance-in-iraq", count: 78, evidence: 2)),
    EventCase(
      "a claim names its own attack's attacker, not that of the strikes it answers",
      "Houthi military spokesman Yahya Saree claimed the group had targeted the USS Gravely "
        + "with naval missiles in response to American and British strikes on Yemen.",
      events: 2,
      EventSpec(attacker: "actor:houthis", weapon: "missile", modality: .claimed),
      EventSpec(attacker: "state:GB", location: "Yemen", attackers: 2)),
    EventCase(
      "a quoted 'vital target' after its article is the object, and a series ranks the claim",
      "The Islamic Resistance in Iraq said on Friday it had attacked a \"vital target\" in the "
        + "Israeli city of Eilat with drones, the latest in a series of claims by the "
        + "Iran-aligned group since the start of the Gaza war.",
      published: "2024-04-05",
      EventSpec(
        kind: .incident, attacker: "actor:islamic-resistance-in-iraq", location: "Eilat",
        weapon: "drone", modality: .claimed, date: "2024-04-05")),
    EventCase(
      "'in what they say is' qualifies the motive, not the attacks: no claim, no place",
      "The Houthis have launched more than 80 attacks on merchant ships since November, in what "
        + "they say is solidarity with Palestinians in Gaza.",
      EventSpec(
        kind: .aggregate, attacker: "actor:houthis", location: .absent, count: 80,
        modality: .asserted)),
    EventCase(
      "'which was claimed by' after the event noun names who made the attack",
      "The attack, which was claimed by the Islamic Resistance in Iraq, targeted the Harir air "
        + "base overnight.",
      EventSpec(attacker: "actor:islamic-resistance-in-iraq", modality: .claimed)),
    EventCase(
      "'a vital target' is the object of the attack, not another attack",
      "The Islamic Resistance in Iraq said on Monday it had attacked \"a vital target\" in Eilat "
        + "with drones.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Eilat", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "a government spokesman reports the toll: the speaker is not the attacker",
      "Iraqi government spokesman Basim al-Awadi said the strikes killed 16 people, including "
        + "civilians.",
      published: "2024-02-03",
      EventSpec(attacker: .absent, killed: 16)),
    EventCase(
      "state media report a strike: the outlet's state is not the attacker",
      "Syrian state media said the strikes on the eastern province of Deir el-Zour killed "
        + "several people.",
      published: "2024-02-03",
      EventSpec(attacker: .absent, country: "SY")),
    EventCase(
      "a passive report keeps its subject",
      "The troops were reported to have attacked underground facilities near the border on "
        + "Monday.",
      published: "2024-10-03",
      EventSpec(attacker: "generic:military")),
    EventCase(
      "claimed responsibility for a drone attack",
      "The Islamic Resistance in Iraq claimed responsibility for a drone attack on the Israeli "
        + "port city of Eilat on Thursday.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Eilat", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "said it launched",
      "Hezbollah said it launched a swarm of attack drones at an Israeli military base in the "
        + "Golan Heights.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Golan Heights", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "the attacker's state media said",
      "Iranian state media said the Revolutionary Guards struck Israeli spy headquarters in "
        + "Erbil with ballistic missiles.",
      EventSpec(
        attacker: "actor:irgc", location: "Erbil", country: "IQ", weapon: "ballistic missile",
        modality: .claimed)),
    EventCase(
      "claimed a rocket attack on a base",
      "Kataib Hezbollah claimed a rocket attack on the Ain al-Asad air base in western Iraq.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Ain al-Asad Air Base", weapon: "rocket",
        modality: .claimed)),
    EventCase(
      "the group's own television reported",
      "Hezbollah's Al-Manar television reported that the group's fighters hit an Israeli tank "
        + "with a guided missile near the border town of Metula.",
      EventSpec(
        attacker: "actor:hezbollah", location: "Metula", weapon: "missile", modality: .claimed)),
    EventCase(
      "a military says its aircraft struck",
      "The Israeli military said its aircraft struck a Hezbollah command post in Kfar Kila "
        + "overnight.",
      EventSpec(
        attacker: "actor:idf", target: "actor:hezbollah", location: "Kfar Kila",
        modality: .claimed)),
    EventCase(
      "spokesman says the group targeted a ship",
      "Houthi military spokesman Yahya Saree said the group had targeted a container ship in "
        + "the Arabian Sea with drones.",
      EventSpec(
        attacker: "actor:houthis", location: "Arabian Sea", weapon: "drone", modality: .claimed)),
    EventCase(
      "took credit for a strike",
      "The Islamic Resistance in Iraq took credit for a drone strike on a target in Haifa on "
        + "Saturday.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Haifa", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "statement on Telegram says its fighters fired",
      "In a statement on Telegram, Harakat al-Nujaba said its fighters had fired rockets at the "
        + "Al-Tanf garrison.",
      EventSpec(
        attacker: "actor:harakat-al-nujaba", location: "Al-Tanf garrison", weapon: "rocket",
        modality: .claimed)),
    EventCase(
      "the article states it: asserted",
      "A drone hit an apartment building in the Israeli city of Eilat early on Friday, causing "
        + "damage but no injuries.",
      EventSpec(location: "Eilat", weapon: "drone", modality: .asserted)),
    EventCase(
      "residents are witnesses, not a party: asserted",
      "Residents said an Israeli drone struck a car in the southern Lebanese town of Bint Jbeil.",
      EventSpec(location: "Bent Jbail", weapon: "drone", modality: .asserted)),
    EventCase(
      "a pronoun is the party named before it in its sentence",
      "Hezbollah said it fired a guided missile at an Israeli tank near Metula.",
      EventSpec(attacker: "actor:hezbollah", location: "Metula", modality: .claimed)),
    EventCase(
      "a state's own spokesman saying its forces struck is a claim",
      "Israeli army spokesman Daniel Hagari said Israeli jets struck Hezbollah targets in "
        + "Tyre.",
      EventSpec(location: "Tyre", modality: .claimed)),
    EventCase(
      "the other side's state media report is no claim",
      "Lebanon's state news agency said an Israeli drone struck a car near Tyre.",
      EventSpec(location: "Tyre", modality: .asserted)),
    EventCase(
      "the claimant attacks even when a participle follows the claimed noun",
      "Iraqi militias have claimed responsibility for more than 50 drone launches targeting "
        + "Israeli cities since January.",
      EventSpec(kind: .aggregate, attacker: "generic:militia", modality: .claimed)),
    EventCase(
      "a trailing attribution to the group itself is a claim",
      "Houthi forces fired two anti-ship ballistic missiles at a tanker in the Red Sea on "
        + "Tuesday, the group's military spokesman said.",
      published: "2024-02-08",
      EventSpec(attacker: "actor:houthis", weapon: "anti-ship missile", modality: .claimed)),
    EventCase(
      "a trailing statement by the attacker, named again",
      "The Islamic Resistance in Iraq targeted a U.S. base in eastern Syria with drones on "
        + "Sunday, the Islamic Resistance in Iraq said in a statement.",
      published: "2024-01-30",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", weapon: "drone", modality: .claimed)),
    EventCase(
      "a trailing 'said the group' after the verb",
      "Hezbollah fighters attacked an Israeli army position near Shtula with rockets, said "
        + "the group.",
      EventSpec(attacker: "actor:hezbollah", weapon: "rocket", modality: .claimed)),
    EventCase(
      "a state's military attributing its own strike",
      "Israeli warplanes struck weapons depots near Damascus overnight, the Israeli military "
        + "said.",
      EventSpec(location: "Damascus", modality: .claimed)),
    EventCase(
      "a trailing attribution to the other side is no claim",
      "Hezbollah fired dozens of rockets at northern Israel on Saturday, the Israeli military "
        + "said.",
      EventSpec(attacker: "actor:hezbollah", modality: .asserted)),
    EventCase(
      "a trailing attribution to officials of a third state is no claim",
      "Houthi militants launched a drone at a commercial vessel off Hodeidah, U.S. officials "
        + "said.",
      EventSpec(attacker: "actor:houthis", weapon: "drone", modality: .asserted)),
    EventCase(
      "another party's statement reports the attack: no claim",
      "Houthi militants launched two drones at a commercial vessel off Hodeidah, the Pentagon "
        + "said in a statement.",
      EventSpec(attacker: "actor:houthis", weapon: "drone", modality: .asserted)),
    EventCase(
      "another party announces the attack: no claim",
      "U.S. Central Command announced that Houthi forces fired an anti-ship missile into the "
        + "Gulf of Aden on Friday.",
      published: "2024-03-04",
      EventSpec(attacker: "actor:houthis", weapon: "anti-ship missile", modality: .asserted)),
    EventCase(
      "the attacker's own statement stays a claim",
      "Kataib Hezbollah said in a statement that its fighters struck a U.S. base in Syria with "
        + "drones.",
      EventSpec(attacker: "actor:kataib-hezbollah", weapon: "drone", modality: .claimed)),
    EventCase(
      "according to the target's media: reported, not claimed",
      "US and British warplanes struck Houthi targets near Hodeidah on Monday, according to "
        + "Houthi-run media.",
      EventSpec(location: "Hodeidah", modality: .asserted)),
    EventCase(
      "according to the attacker's own channel: claimed",
      "The Houthis fired a ballistic missile at a US destroyer in the Red Sea, according to Al "
        + "Masirah TV.",
      EventSpec(attacker: "actor:houthis", weapon: "ballistic missile", modality: .claimed)),
    EventCase(
      "the attacker's channel in a trailing attribution: claimed",
      "Houthi forces targeted a British tanker in the Gulf of Aden with drones, Al Masirah TV "
        + "reported.",
      EventSpec(attacker: "actor:houthis", weapon: "drone", modality: .claimed)),
    EventCase(
      "a state's defence ministry reporting its forces' strikes is a claim",
      "The Pentagon said U.S. forces had conducted strikes against 85 targets in Iraq and Syria.",
      events: 2,
      EventSpec(attacker: "actor:us-military", country: "IQ", modality: .claimed),
      EventSpec(attacker: "actor:us-military", country: "SY", modality: .claimed)),
    EventCase(
      "a party that has not claimed the strike makes no claim",
      "Israel has not claimed responsibility for the strike on the consulate in Damascus, which "
        + "killed seven IRGC officers.",
      EventSpec(killed: 7, modality: .asserted)),
    EventCase(
      "a group denying it carried out the attack makes no claim",
      "Hezbollah did not claim the rocket attack on Majdal Shams, which killed 12 children.",
      EventSpec(killed: 12, modality: .asserted)),
    EventCase(
      "a claim in a later clause is not the earlier event's",
      "Israeli airstrikes killed 12 people in Tyre on Monday, the health ministry said, as the "
        + "Israeli military said it had hit 300 targets.",
      EventSpec(location: "Tyre", killed: 12, modality: .asserted),
      EventSpec(attacker: "actor:idf", count: 300, modality: .claimed)),
    EventCase(
      "a drone strike, while a group says it fired",
      "A drone strike hit a car near Tyre on Tuesday, while Hezbollah said it had fired rockets "
        + "at Kiryat Shmona.",
      EventSpec(location: "Tyre", weapon: "drone", modality: .asserted),
      EventSpec(
        attacker: "actor:hezbollah", location: "Kiryat Shmona", weapon: "rocket",
        modality: .claimed)),
    EventCase(
      "an appositive between the claimant and its verb",
      "The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed "
        + "attacks on three bases in Syria on Sunday.",
      EventSpec(attacker: "actor:islamic-resistance-in-iraq", modality: .claimed)),
    EventCase(
      "a fronted 'In an attack claimed by' is the main clause's attack",
      "In an attack claimed by Hezbollah, a drone hit a building in the northern town of "
        + "Nahariya, lightly wounding two people, medics said.",
      events: 1,
      EventSpec(
        attacker: "actor:hezbollah", location: "Nahariya", injured: 2, modality: .claimed)),
    EventCase(
      "'according to' officials on a bombing nobody is named for reports it",
      "A car bomb exploded in a crowded market in Azaz on Saturday evening, killing 10 "
        + "civilians, according to local officials.",
      EventSpec(attacker: .absent, killed: 10, modality: .asserted)),
    EventCase(
      "'according to' a monitoring project reports a raid, it does not claim it",
      "The raid killed 12 civilians, according to the Yemen Data Project.",
      EventSpec(killed: 12, modality: .asserted)),
    EventCase(
      "an armed group telling of a state's strike on it does not claim it",
      "An Israeli drone strike on a car near the coastal city of Tyre killed a Hezbollah "
        + "commander on Thursday, the group said.",
      published: "2026-10-03",
      EventSpec(attacker: "state:IL", location: "Tyre", modality: .asserted, date: "2026-10-01")),
    EventCase(
      "troops named before a 'when' clause do not speak its verb of saying",
      "The group has not claimed an attack on U.S. troops since February, when it announced a "
        + "suspension of operations after a U.S. strike in Baghdad killed one of its commanders.",
      published: "2024-11-18",
      events: 1,
      EventSpec(
        attacker: "state:US", location: "Baghdad", killed: 1, modality: .asserted)),
    EventCase(
      "a period in an aside does not displace the date of the saying",
      "Yemen's Houthis said on Sunday they had shot down a U.S. MQ-9 Reaper drone over Marib "
        + "province, the group's 15th claim of downing such an aircraft since October 2023.",
      published: "2026-03-02",
      EventSpec(type: ACLED.strategic, modality: .claimed, date: "2026-03-01")),
    EventCase(
      "the army reporting an armed group's ambush on it does not make the ambush claimed",
      "Militants ambushed an army convoy near the town of Gao, killing at least seven soldiers, "
        + "the army said in a statement.",
      events: 1,
      EventSpec(attacker: "generic:militia", killed: 7, modality: .asserted)),
    EventCase(
      "the group's own statement of its ambush makes it claimed",
      "Militants ambushed an army convoy near the town of Gao, killing at least seven soldiers, "
        + "the group said in a statement.",
      events: 1,
      EventSpec(attacker: "generic:militia", killed: 7, modality: .claimed)),
    EventCase(
      "a bare claim of responsibility names the attacker of the incident told just before",
      "Gunmen stormed a police academy on the edge of the capital on Tuesday, killing at least "
        + "12 cadets, a security source said.\n\nJama'at Nusrat al-Islam wal-Muslimin, al Qaeda's "
        + "affiliate in the Sahel, claimed responsibility.",
      published: "2024-09-19", events: 1,
      EventSpec(attacker: "actor:jnim", killed: 12, date: "2024-09-17", evidence: 2)),
    EventCase(
      "a group that has not claimed responsibility is named no attacker",
      "Gunmen stormed a police academy on the edge of the capital on Tuesday, killing at least "
        + "12 cadets, a security source said. Jama'at Nusrat al-Islam wal-Muslimin has not "
        + "claimed responsibility.",
      published: "2024-09-19", events: 1,
      EventSpec(attacker: "generic:militia", killed: 12, evidence: 1)),
  ]

  @Test(arguments: cases)
  func claims(_ testCase: EventCase) throws { try verify(testCase) }
}
