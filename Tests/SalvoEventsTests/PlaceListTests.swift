import SalvoModel
import Testing

/// One trigger over a list of places is one incident per place, each with the shared
/// attacker, weapon, origin and modality; several targets in one place stay one incident.
@Suite("Events: lists of places")
struct PlaceListTests {
  static let cases: [EventCase] = [
    EventCase(
      "a capital that reports after the place is the speaker, not a second place",
      "Iranian missile strikes on Tuesday killed two children in Pakistan's Balochistan "
        + "province, Islamabad said.",
      events: 1,
      EventSpec(attacker: "state:IR", location: "Balochistan", killed: 2)),
    EventCase(
      "a foreign capital that says so is no place of the strike either",
      "Israeli strikes on Tuesday killed two children in Gaza City, Washington said.",
      events: 1,
      EventSpec(attacker: "state:IL", location: "Gaza", killed: 2)),
    EventCase(
      "two countries a hyphen joins before 'border' are one stretch of land: one event",
      "The Islamic Resistance in Iraq claimed responsibility for a drone attack on a U.S. base on "
        + "the Jordan-Syria border on Sunday.",
      published: "2024-01-29", events: 1,
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", target: "state:US", location: "Jordan",
        date: "2024-01-28")),
    EventCase(
      "each listed place takes the toll told before it",
      "Lebanon's health ministry said three people were killed in a strike on a house in the "
        + "village of Meiss al-Jabal on Saturday, and two others in a strike on a car near Bint "
        + "Jbeil.",
      events: 2,
      EventSpec(location: "Mais al-Jabal", killed: 3),
      EventSpec(location: "Bent Jbail", killed: 2)),
    EventCase(
      "wounded counted before each place stay with it",
      "Two soldiers were wounded in a drone attack on a base near Kiryat Shmona on Monday and "
        + "four civilians in a rocket strike on a house in Metula.",
      events: 2,
      EventSpec(location: "Kiryat Shmona", injured: 2),
      EventSpec(location: "Metula", injured: 4)),
    EventCase(
      "three towns in Lebanon",
      "Israeli warplanes struck Hezbollah targets in Baalbek, Hermel and Tyre on Thursday.",
      EventSpec(attacker: "actor:idf", location: "Baalbek", date: "2024-08-01"),
      EventSpec(attacker: "actor:idf", location: "El Hermel", date: "2024-08-01"),
      EventSpec(attacker: "actor:idf", location: "Tyre", date: "2024-08-01")),
    EventCase(
      "three cities in Yemen",
      "US and British forces struck Houthi radar sites and missile launchers in Sanaa, Hodeidah "
        + "and Taiz.",
      EventSpec(target: "actor:houthis", location: "Sanaa", country: "YE"),
      EventSpec(target: "actor:houthis", location: "Hodeidah", country: "YE"),
      EventSpec(target: "actor:houthis", location: "Taiz", country: "YE")),
    EventCase(
      "landed in a list, one shared origin",
      "Rockets fired from Lebanon landed in Safed, Rosh Pina and Kiryat Shmona.",
      EventSpec(location: "Safed", origin: "Lebanon", weapon: "rocket"),
      EventSpec(location: "Rosh Pinna", origin: "Lebanon", weapon: "rocket"),
      EventSpec(location: "Kiryat Shmona", origin: "Lebanon", weapon: "rocket")),
    EventCase(
      "two places in one claim",
      "The Islamic Resistance in Iraq said it attacked targets in Eilat and the Golan Heights "
        + "with drones.",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Eilat", weapon: "drone",
        modality: .claimed),
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Golan Heights", weapon: "drone",
        modality: .claimed)),
    EventCase(
      "a site, a depot and a district",
      "Israeli strikes hit a research centre in Masyaf, an arms depot near Hama and a building "
        + "in the Mezzeh district of Damascus.",
      EventSpec(attacker: "state:IL", location: "Masyaf"),
      EventSpec(attacker: "state:IL", location: "Hama"),
      EventSpec(attacker: "state:IL", location: "Mezzeh")),
    EventCase(
      "two places in Iraq",
      "US aircraft struck Kataib Hezbollah facilities in Al-Qaim and Jurf al-Sakhar overnight.",
      EventSpec(
        attacker: "actor:us-military", target: "actor:kataib-hezbollah", location: "Al-Qaim"),
      EventSpec(
        attacker: "actor:us-military", target: "actor:kataib-hezbollah",
        location: "Jurf al-Sakhar")),
    EventCase(
      "two targets in one place are one incident",
      "Israeli aircraft struck a weapons depot and a command centre in Tyre overnight.",
      EventSpec(attacker: "actor:idf", location: "Tyre")),
    EventCase(
      "a city named after a district is its container",
      "An Israeli drone strike hit an apartment in the Mezzeh district of Damascus on Tuesday.",
      EventSpec(location: "Mezzeh", country: "SY")),
    EventCase(
      "a place after another frame's trigger is not the light verb's",
      "Israeli jets carried out strikes on Homs and Hezbollah fighters clashed with rebels near "
        + "Qusayr.",
      EventSpec(attacker: "actor:idf", location: "Homs"),
      EventSpec(attacker: "actor:hezbollah", location: "Al-Qusayr")),
    EventCase(
      "border villages added to the gazetteer split a list",
      "Israeli jets struck houses in Khiam and Aitaroun overnight, Lebanese state media said.",
      EventSpec(attacker: "actor:idf", location: "Khiam", country: "LB"),
      EventSpec(attacker: "actor:idf", location: "Aitaroun", country: "LB")),
    EventCase(
      "a gas field in Iraqi Kurdistan",
      "A drone struck the Khor Mor gas field in Sulaymaniyah province on Friday, halting "
        + "production.",
      EventSpec(location: "Khor Mor gas field", country: "IQ", weapon: "drone")),
    EventCase(
      "a base near a city is one place",
      "Hezbollah fired rockets at the Ramat David air base near Haifa on Monday.",
      EventSpec(attacker: "actor:hezbollah", location: "Ramat David Airbase", weapon: "rocket")),
    EventCase(
      "a town near another town is one place",
      "An Israeli drone struck a motorcycle in Bint Jbeil near Tyre on Friday.",
      EventSpec(location: "Bent Jbail", weapon: "drone")),
    EventCase(
      "two towns joined by 'and' are still two places",
      "Israeli jets struck Tyre and Nabatieh on Monday.",
      EventSpec(location: "Tyre"), EventSpec(location: "Nabatieh")),
    EventCase(
      "'and that' starts a new reported clause with its own place",
      "The army said its jets struck Hezbollah sites in Aita al-Shaab, and that a tank shelled "
        + "a launch site near Yaroun.",
      events: 2,
      EventSpec(location: "Aita al-Shaab"),
      EventSpec(location: "Yaroun")),
    EventCase(
      "a count told for a whole list of places is no one place's",
      "Israeli jets struck Hezbollah sites in Aitaroun, Markaba and Odaisseh on Monday, "
        + "destroying more than 30 targets.",
      events: 3,
      EventSpec(location: "Aitaroun", count: .absent),
      EventSpec(location: "Markaba", count: .absent),
      EventSpec(location: "Odaisseh", count: .absent)),
    EventCase(
      "'the Gaza war' names the conflict, not where the strikes were",
      "Israel has stepped up strikes in Syria since the start of the Gaza war, targeting what it "
        + "says are weapons supply lines to Hezbollah.",
      events: 1,
      EventSpec(kind: .aggregate, attacker: "state:IL", location: "Syria")),
    EventCase(
      "a town before a province word is the province, holding the town before it",
      "Drones hit the NORSI refinery in Kstovo, in the Nizhny Novgorod region, on Tuesday.",
      published: "2024-03-13",
      EventSpec(location: "Kstovo", date: "2024-03-12")),
    EventCase(
      "a list that repeats its preposition after commas is still a list",
      "Israeli strikes hit homes in Khiam, in Kfar Kila and in Odaisseh on Tuesday.",
      published: "2024-03-13",
      EventSpec(location: "Khiam"), EventSpec(location: "Kfar Kila"),
      EventSpec(location: "Odaisseh")),
    EventCase(
      "a ranking appositive after a list of targets is the same wave, not more attacks",
      "Israeli warplanes carried out strikes on the military airport in Hama, the T4 air base "
        + "near Homs and a research centre in Damascus late on Wednesday, in one of the heaviest "
        + "waves of Israeli attacks on Syria since the fall of Bashar al-Assad in December.",
      published: "2025-04-03",
      events: 3,
      EventSpec(location: "Hama", date: "2025-04-02"),
      EventSpec(location: "Tiyas Military Airbase", date: "2025-04-02"),
      EventSpec(location: "Damascus", date: "2025-04-02")),
  ]

  @Test(arguments: cases)
  func placeLists(_ testCase: EventCase) throws { try verify(testCase) }
}
