import SalvoModel
import Testing

/// An event's date is its sentence's own date resolved against the publication date, else
/// the nearest date earlier in the article, else unknown. The cases are published on
/// Tuesday 6 August 2024 unless they say otherwise.
@Suite("Events: dates")
struct DateTests {
  static let cases: [EventCase] = [
    EventCase(
      "a clause 'as' another happened shares its day across the border",
      "Israeli air strikes on southern Lebanon killed at least 12 people on Sunday, as Hezbollah "
        + "fired about 150 rockets at northern Israel.",
      published: "2024-09-23", events: 2,
      EventSpec(location: "southern Lebanon", killed: 12, date: "2024-09-22"),
      EventSpec(attacker: "actor:hezbollah", location: "northern Israel", date: "2024-09-22")),
    EventCase(
      "a date in a clause 'since' opens is where a period starts, not the day of the attack",
      "The violence, the worst since the government fell in December, began on Thursday when "
        + "gunmen ambushed a patrol near the coast, killing at least 16 members of the security "
        + "forces.",
      published: "2025-03-08",
      EventSpec(killed: 16, date: "2025-03-06")),
    EventCase(
      "an undated incident paragraphs after the lead happened on the lead's day",
      "Russia launched 40 missiles and 120 drones at Ukraine overnight, the air force said.\n\n"
        + "Power was cut in several regions as engineers worked to repair the damage.\n\n"
        + "In Kyiv, a missile struck a nine-storey apartment building, killing four people and "
        + "wounding 19, the mayor said.",
      published: "2025-03-06", events: 2,
      EventSpec(attacker: "state:RU", location: "Ukraine", date: "2025-03-06"),
      EventSpec(location: "Kyiv", killed: 4, date: "2025-03-06")),
    EventCase(
      "a lead told days before publication dates no later paragraph: its month does",
      "Russia launched 40 missiles and 120 drones at Ukraine on February 20, the air force "
        + "said.\n\nPower was cut in several regions as engineers worked to repair the damage.\n\n"
        + "In Kyiv, a missile struck a nine-storey apartment building, killing four people and "
        + "wounding 19, the mayor said.",
      published: "2025-03-06", events: 2,
      EventSpec(attacker: "state:RU", location: "Ukraine", date: "2025-02-20"),
      EventSpec(location: "Kyiv", killed: 4, date: .span("2025-03-01", "2025-03-31"))),
    EventCase(
      "a time of day with no date goes on with the day told last",
      "On May 30, U.S. forces struck 13 Houthi targets in Yemen.\n\nAdditionally, U.S. forces "
        + "destroyed eight uncrewed aerial vehicles over the Red Sea.\n\nSeparately, at "
        + "approximately 1:15 p.m., Houthi fighters launched one anti-ship ballistic missile into "
        + "the Gulf of Aden.",
      published: "2024-05-31", events: 3,
      EventSpec(location: "Yemen", date: "2024-05-30"),
      EventSpec(attacker: "actor:houthis", location: "Gulf of Aden", date: "2024-05-30")),
    EventCase(
      "'also' right before an undated verb is the same occasion as the event told last",
      "Palestinian gunmen opened fire on Israeli troops during a raid in the Jenin refugee "
        + "camp on Tuesday, the Israeli military said, sparking a gunbattle in which at least "
        + "seven Palestinians were killed.\nThe military said its forces killed several "
        + "militants. An Israeli drone also struck a group of gunmen in the camp.",
      published: "2024-05-22", events: 4,
      EventSpec(kind: .incident, killed: 7, date: "2024-05-21"),
      EventSpec(
        kind: .incident, attacker: "state:IL", weapon: "drone",
        date: .span("2024-05-21", "2024-05-21"))),
    EventCase(
      "an undated report of harm right after an attack, by that attack's side, has its day",
      "Iran fired more than 180 ballistic missiles at Israel on Tuesday, the Israeli military "
        + "said, sending millions of Israelis into bomb shelters.\nMost of the missiles were "
        + "intercepted by Israel's air defences, with help from the United States, though some "
        + "struck central and southern Israel. One person was killed in the occupied West Bank "
        + "city of Jericho, Palestinian officials said.",
      published: "2024-10-02", events: 3,
      EventSpec(kind: .incident, attacker: "state:IR", count: 180, date: "2024-10-01"),
      EventSpec(
        kind: .incident, attacker: "state:IR", location: "Jericho", killed: 1,
        date: .span("2024-10-01", "2024-10-01"))),
    EventCase(
      "'Hours earlier' dates a claim to the day of the strikes told before",
      "U.S. and British jets struck Houthi targets in Sanaa on Saturday.\nHours earlier, the "
        + "Houthis said they had fired a number of missiles at a U.S. destroyer in the Gulf of "
        + "Aden.",
      EventSpec(attacker: "state:US", date: "2024-08-03"),
      EventSpec(kind: .incident, attacker: "actor:houthis", date: "2024-08-03")),
    EventCase(
      "'the strike came a day after' dates the earlier attack the day before the strike",
      "Israeli jets struck the port of Hodeidah on Saturday, killing six people.\nThe strike came "
        + "a day after a Houthi drone crashed into a building in Tel Aviv, killing one man.",
      EventSpec(attacker: "actor:idf", location: "Hodeidah", killed: 6, date: "2024-08-03"),
      EventSpec(
        attacker: "actor:houthis", location: "Tel Aviv", weapon: "drone", killed: 1,
        date: "2024-08-02")),
    EventCase(
      "'later' before the verb is the day of the strike told before",
      "Israeli drones struck a motorcycle in Aitaroun on Monday, killing one man.\nHezbollah "
        + "said the man was one of its fighters.\nIsraeli jets later struck Hezbollah positions "
        + "in Khiam.",
      EventSpec(location: "Aitaroun", date: "2024-08-05"),
      EventSpec(location: "Khiam", date: "2024-08-05")),
    EventCase(
      "on Monday is the day before publication",
      "Israeli jets struck a Hezbollah position in Kfar Kila on Monday.",
      EventSpec(location: "Kfar Kila", date: "2024-08-05")),
    EventCase(
      "yesterday",
      "Hezbollah launched drones at the Meron air control base yesterday.",
      EventSpec(attacker: "actor:hezbollah", weapon: "drone", date: "2024-08-05")),
    EventCase(
      "overnight is the publication day",
      "Israeli jets struck a weapons depot near the Syrian city of Homs overnight.",
      EventSpec(location: "Homs", date: "2024-08-06")),
    EventCase(
      "last night is the day before publication",
      "Hezbollah fired a barrage of rockets at Kiryat Shmona last night, the army said.",
      EventSpec(location: "Kiryat Shmona", weapon: "rocket", date: "2024-08-05")),
    EventCase(
      "overnight into a weekday is that weekday",
      "US forces struck Houthi radar sites near Hodeidah overnight into Sunday.",
      EventSpec(location: "Hodeidah", date: "2024-08-04")),
    EventCase(
      "day and month",
      "A Houthi drone struck a building in Ashkelon on 14 July, damaging several cars.",
      EventSpec(location: "Ashkelon", weapon: "drone", date: "2024-07-14")),
    EventCase(
      "month and day",
      "Iran-backed militants fired rockets at the Ain al-Asad air base on July 30.",
      EventSpec(location: "Ain al-Asad Air Base", weapon: "rocket", date: "2024-07-30")),
    EventCase(
      "early on Friday",
      "Two rockets struck Kiryat Shmona early on Friday, setting fire to a warehouse.",
      EventSpec(location: "Kiryat Shmona", weapon: "rocket", date: "2024-08-02")),
    EventCase(
      "a date from the sentence before governs 'hours later'",
      "On Saturday, Hezbollah fired rockets at Beit Hillel. Hours later, an Israeli drone struck "
        + "a car near Marjayoun.",
      EventSpec(location: "Bet Hillel", date: "2024-08-03"),
      EventSpec(location: "Marjayoun", date: "2024-08-03")),
    EventCase(
      "a later sentence's date does not reach back",
      "Hezbollah fired drones at Nahariya on Sunday. On Monday, Israeli jets hit Kfar Kila.",
      EventSpec(location: "Nahariya", date: "2024-08-04"),
      EventSpec(location: "Kfar Kila", date: "2024-08-05")),
    EventCase(
      "a date in the paragraph before governs",
      "Sirens sounded across the Upper Galilee on Sunday.\nA drone launched from "
        + "Lebanon struck a building in Kiryat Shmona.",
      EventSpec(location: "Kiryat Shmona", origin: "Lebanon", date: "2024-08-04")),
    EventCase(
      "a month and day across the new year",
      "Houthi boats attacked a container ship in the Red Sea on December 31.",
      published: "2024-01-03",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", date: "2023-12-31")),
    EventCase(
      "last week is the previous Monday-to-Sunday",
      "US forces struck a Kataib Hezbollah drone team near Hilla last week.",
      EventSpec(
        attacker: "actor:us-military", target: "actor:kataib-hezbollah", location: "Hillah",
        date: .span("2024-07-29", "2024-08-04"))),
    EventCase(
      "no date in the text: the month of publication",
      "Israeli warplanes struck a weapons depot near Homs, a war monitor said.",
      EventSpec(location: "Homs", date: .span("2024-08-01", "2024-08-31"))),
    EventCase(
      "no date in the text and no publication date is unknown",
      "Israeli warplanes struck a weapons depot near Homs, a war monitor said.",
      published: nil,
      EventSpec(location: "Homs", date: .unknown)),
    EventCase(
      "a date earlier in the paragraph governs before the publication month",
      "Hezbollah fired dozens of rockets into northern Israel on July 14. One rocket struck a "
        + "house in Safed, the Israeli military said.",
      events: 2,
      EventSpec(location: "Safed", date: "2024-07-14")),
    EventCase(
      "a weekday without a publication date is unknown",
      "Israeli warplanes struck a weapons depot near Homs on Monday.",
      published: nil,
      EventSpec(location: "Homs", date: .unknown)),
    EventCase(
      "the date of the sentence just before governs across a paragraph break",
      "Sirens sounded across Haifa on Saturday.\nA missile fired from Lebanon struck "
        + "a house in Kiryat Ata.",
      EventSpec(location: "Kiryat Ata", origin: "Lebanon", date: "2024-08-03")),
    EventCase(
      "a frame takes the date of the frame before it in its sentence",
      "Claiming an attack in Syria on July 26, the Islamic Resistance in Iraq said its drones "
        + "targeted a US base at the Conoco gas field.",
      EventSpec(modality: .claimed, date: "2024-07-26")),
    EventCase(
      "a dateline's date is when the story was filed",
      "BEIRUT, Aug 5 (Reuters) - Israeli jets struck a house in Nabatieh, killing three people, "
        + "Lebanon's health ministry said.",
      EventSpec(location: "Nabatieh", killed: 3, date: .span("2024-08-01", "2024-08-31"))),
    EventCase(
      "'two days after' dates the clause after it two days before",
      "US and British jets struck Houthi radar sites near Hodeidah on Sunday, two days after a "
        + "Houthi missile hit a tanker in the Red Sea.",
      EventSpec(location: "Hodeidah", date: "2024-08-04"),
      EventSpec(location: "Red Sea", date: "2024-08-02")),
    EventCase(
      "'a week before' dates the clause after it about a week later, as a range",
      "Israeli jets struck a weapons depot near Tyre on 3 August, a week before Hezbollah "
        + "fired a barrage of rockets at Safed.",
      published: "2024-08-20",
      EventSpec(location: "Tyre", date: "2024-08-03"),
      EventSpec(location: "Safed", date: .span("2024-08-07", "2024-08-13"))),
    EventCase(
      "a span after a clause dated to the month moves no day",
      "In July, a drone hit a house in Metula, three days after Hezbollah fired rockets at "
        + "Kiryat Shmona.",
      EventSpec(location: "Metula", date: .span("2024-07-01", "2024-07-31")),
      EventSpec(location: "Kiryat Shmona", date: .span("2024-07-01", "2024-07-31"))),
    EventCase(
      "'Two days later' opens a sentence told two days after the last dated event",
      "Israel killed Hassan Nasrallah in an air strike on Beirut's southern suburbs on Friday. "
        + "Two days later, Israeli troops began a ground incursion into southern Lebanon.",
      published: "2024-10-02",
      EventSpec(location: "Dahiyeh", date: "2024-09-27"),
      EventSpec(location: "southern Lebanon", date: "2024-09-29")),
    EventCase(
      "'Three days earlier' opens a sentence told three days before the last dated event",
      "Houthi fighters fired a ballistic missile at a tanker in the Red Sea on Thursday. Three "
        + "days earlier, a drone boat struck a bulk carrier off Hodeidah.",
      EventSpec(location: "Red Sea", date: "2024-08-01"),
      EventSpec(location: "Hodeidah", date: "2024-07-29")),
    EventCase(
      "'after two days of' measures no shift",
      "Israeli jets struck a house in Nabatieh on Sunday after two days of heavy shelling of "
        + "the border villages.",
      EventSpec(location: "Nabatieh", date: "2024-08-04"),
      EventSpec(date: .span("2024-08-01", "2024-08-31"))),
    EventCase(
      "a period dates no incident after it",
      "Hezbollah has fired hundreds of rockets at Israel since October. A rocket hit a house in "
        + "Shlomi, the army said.",
      EventSpec(kind: .aggregate, attacker: "actor:hezbollah"),
      EventSpec(location: "Shlomi", date: .span("2024-08-01", "2024-08-31"))),
    EventCase(
      "'a day after' dates the clause after it the day before",
      "Israeli jets struck the port of Hodeidah on Saturday, a day after a Houthi drone hit an "
        + "apartment block in Tel Aviv.",
      EventSpec(location: "Hodeidah", date: "2024-08-03"),
      EventSpec(location: "Tel Aviv", date: "2024-08-02")),
    EventCase(
      "'hours after' is the same day",
      "Hezbollah fired rockets at Kiryat Shmona on Sunday, hours after an Israeli strike killed "
        + "two of its fighters in Khiam.",
      EventSpec(location: "Kiryat Shmona", date: "2024-08-04"),
      EventSpec(location: "Khiam", killed: 2, date: "2024-08-04")),
    EventCase(
      "a clause 'a week after' a retold attack is about a week before its day",
      "Two drones targeted the Ain al-Asad air base on Monday. The attack came a week after a US "
        + "strike in Jurf al-Sakhar killed four members of Kataib Hezbollah.",
      EventSpec(location: "Ain al-Asad Air Base", date: "2024-08-05"),
      EventSpec(location: "Jurf al-Sakhar", killed: 4, date: .span("2024-07-26", "2024-08-01"))),
    EventCase(
      "'A day later' opens a sentence told the day after the last dated event",
      "Pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing nine "
        + "people.\n\nA day later, walkie-talkies exploded in Beirut's southern suburbs, killing "
        + "at least 20 people.",
      published: "2024-09-19",
      EventSpec(location: "Lebanon", killed: 9, date: "2024-09-17"),
      EventSpec(location: "Dahiyeh", killed: 20, date: "2024-09-18")),
    EventCase(
      "'Hours later' is the last dated event's day",
      "Houthi drones struck a tanker in the Red Sea on Monday. Hours later, a missile hit a "
        + "second ship in the Gulf of Aden.",
      EventSpec(location: "Red Sea", date: "2024-08-05"),
      EventSpec(location: "Gulf of Aden", date: "2024-08-05")),
    EventCase(
      "an undated response is dated as the attack it answers",
      "An Israeli warplane bombed a building in Nabatieh on Tuesday, killing five people.\n"
        + "Hezbollah responded by launching rockets toward Safed, the group said.",
      published: "2024-11-13",
      EventSpec(location: "Nabatieh", date: "2024-11-12"),
      EventSpec(
        kind: .incident, attacker: "actor:hezbollah", location: "Safed", date: "2024-11-12")),
    EventCase(
      "a month spans the event sequenced to its clause",
      "In April, Iran fired more than 300 drones and missiles at Israel after a suspected "
        + "Israeli strike on its consulate in Damascus killed seven officers.",
      published: "2024-10-02",
      EventSpec(attacker: "state:IR", date: .span("2024-04-01", "2024-04-30")),
      EventSpec(location: "Damascus", killed: 7, date: .span("2024-04-01", "2024-04-30"))),
    EventCase(
      "a day stays its own clause's across 'after'",
      "Israeli jets struck Hodeidah port on Saturday, after a Houthi drone killed one person in "
        + "Tel Aviv.",
      published: "2024-07-22",
      EventSpec(location: "Port of Hodeidah", date: "2024-07-20"),
      EventSpec(location: "Tel Aviv", killed: 1, date: .span("2024-07-01", "2024-07-31"))),
    EventCase(
      "a possessive day before the event noun dates it, not the day of the claim",
      "Hezbollah on Tuesday took full responsibility for Saturday's drone attack on the Israeli "
        + "prime minister's residence in Caesarea.",
      published: "2024-10-22", events: 1,
      EventSpec(
        attacker: "actor:hezbollah", location: "Caesarea", date: .span("2024-10-19", "2024-10-19"))),
    EventCase(
      "the current year a ranking names dates no incident told after it",
      "Iran launched roughly 180 ballistic missiles at Israel on Tuesday night, its second "
        + "direct attack on the country this year. Earlier, gunmen killed at least six people "
        + "in Jaffa.",
      published: "2024-10-01", events: 2,
      EventSpec(count: 180, date: "2024-10-01"),
      EventSpec(location: "Jaffa", killed: 6, date: "2024-10-01")),
  ]

  @Test(arguments: cases)
  func dates(_ testCase: EventCase) throws { try verify(testCase) }
}
