import SalvoModel
import Testing

/// Killed and injured figures attach to the event of their own clause or sentence, and
/// "no injuries" is no figure at all.
@Suite("Events: casualties")
struct CasualtyTests {
  static let cases: [EventCase] = [
    EventCase(
      "a titled name killed is one dead, and 'six other people … also killed' six more",
      "Hamas deputy leader Saleh al-Arouri was killed in a drone strike on an office in "
        + "Beirut's southern suburbs on Tuesday, Lebanese security sources said.\nSix other "
        + "people, including two Hamas military commanders, were also killed in the blast in "
        + "the Dahiyeh district.",
      published: "2024-01-03", events: 1,
      EventSpec(location: "Dahiyeh", killed: 7, date: "2024-01-02", evidence: 2)),
    EventCase(
      "a commander named after his title and killed is one dead",
      "Hezbollah commander Wissam al-Tawil was killed in an Israeli strike on his car in "
        + "southern Lebanon on Monday.",
      EventSpec(attacker: "state:IL", location: "southern Lebanon", killed: 1)),
    EventCase(
      "others wounded after a toll of dead fill the wounded, not the dead",
      "Two soldiers were killed in a drone attack on an outpost near the border on Sunday. Four "
        + "others were wounded in the attack, the army said.",
      events: 1,
      EventSpec(killed: 2, injured: 4)),
    EventCase(
      "a second toll after a counted toll is another toll, not more of the first",
      "More than 450 people have been killed in Lebanon since October, most of them Hezbollah "
        + "fighters, according to a Reuters tally. On the Israeli side, 15 soldiers and 10 "
        + "civilians have been killed.",
      published: "2024-07-03", events: 2,
      EventSpec(kind: .aggregate, location: "Lebanon", killed: 450),
      EventSpec(killed: 25)),
    EventCase(
      "'was killed along with three other fighters' counts the subject too",
      "Abdallah, 55, was killed along with three other fighters in a strike on a house in the "
        + "village of Jouaiya late Tuesday, according to a Lebanese security official.",
      published: "2024-06-12",
      EventSpec(kind: .incident, killed: 4, date: "2024-06-11")),
    EventCase(
      "a toll coordinated with no 'other' counts only itself",
      "Three soldiers were killed along with a civilian in the attack on Monday.",
      published: "2024-06-12",
      EventSpec(kind: .incident, killed: 3)),
    EventCase(
      "the nationality of civilians killed is no party targeted",
      "A drone attack on the Khor Mor gas field in Iraq's Kurdistan region killed four Yemeni "
        + "workers on Friday.",
      EventSpec(kind: .incident, target: .absent, location: "Khor Mor gas field", killed: 4)),
    EventCase(
      "soldiers of a state killed make the state's forces the target",
      "An Israeli strike near Damascus killed two Iranian soldiers on Friday.",
      EventSpec(
        kind: .incident, attacker: "state:IL", target: "actor:iranian-armed-forces", killed: 2)),
    EventCase(
      "strike killed two fighters",
      "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two "
        + "Hezbollah fighters, the group said.",
      EventSpec(location: "Bent Jbail", weapon: "drone", killed: 2, injured: .absent)),
    EventCase(
      "participle clause: killing 12",
      "A rocket fired from Lebanon struck a football pitch in Majdal Shams, killing 12 children "
        + "and teenagers.",
      EventSpec(
        location: "Majdal Shams", origin: "Lebanon", weapon: "rocket", killed: 12,
        injured: .absent)),
    EventCase(
      "were wounded when a drone struck",
      "Three US service members were wounded when a drone struck the Tanf garrison in southern "
        + "Syria.",
      EventSpec(location: "Al-Tanf garrison", weapon: "drone", killed: .absent, injured: 3)),
    EventCase(
      "wounded when a rocket fired from a country struck a town",
      "Two people were wounded on Wednesday when a rocket fired from Lebanon struck a house in "
        + "Nahariya, Israel's emergency service said.",
      EventSpec(location: "Nahariya", origin: "Lebanon", weapon: "rocket", injured: 2)),
    EventCase(
      "killed after drones launched from a country hit a base",
      "Three soldiers were killed after drones launched from Iraq hit a base near Al-Tanf on "
        + "Sunday.",
      EventSpec(origin: "Iraq", weapon: "drone", killed: 3)),
    EventCase(
      "two clauses, two events, each with its own figure",
      "Israeli strikes on Marjayoun killed four people on Monday, while a drone attack on a car "
        + "near Tyre wounded two others.",
      EventSpec(location: "Marjayoun", killed: 4, injured: .absent),
      EventSpec(location: "Tyre", weapon: "drone", killed: .absent, injured: 2)),
    EventCase(
      "killed and injured in one clause",
      "A Houthi missile attack on the True Confidence bulk carrier in the Gulf of Aden killed "
        + "three crew members and injured four others.",
      EventSpec(
        attacker: "actor:houthis", location: "Gulf of Aden", weapon: "missile", killed: 3,
        injured: 4)),
    EventCase(
      "at least 15 killed and dozens wounded",
      "At least 15 people were killed and dozens wounded in Israeli strikes on Beirut's southern "
        + "suburbs on Friday.",
      EventSpec(attacker: "state:IL", location: "Dahiyeh", killed: 15, injured: .vague)),
    EventCase(
      "the wounded belong to the second sentence's event",
      "Hezbollah fired rockets at Metula on Sunday. A day later, an anti-tank missile hit a "
        + "house in Shlomi, wounding three soldiers.",
      EventSpec(location: "Metula", weapon: "rocket", injured: .absent),
      EventSpec(location: "Shlomi", weapon: "anti-tank missile", injured: 3)),
    EventCase(
      "roadside bomb killing one and wounding two",
      "A roadside bomb struck a logistics convoy near Diwaniyah, killing one Iraqi driver and "
        + "wounding two others.",
      EventSpec(location: "Diwaniyah", weapon: "explosive", killed: 1, injured: 2)),
    EventCase(
      "a drone strike killed five members of a force",
      "A drone strike on a vehicle near Al-Qaim killed five members of the Popular Mobilization "
        + "Forces, security sources said.",
      EventSpec(target: "actor:pmf", location: "Al-Qaim", weapon: "drone", killed: 5)),
    EventCase(
      "causing no injuries",
      "Two rockets hit an open area near Kiryat Shmona, causing no injuries.",
      EventSpec(
        location: "Kiryat Shmona", weapon: "rocket", count: 2, killed: .absent,
        injured: .absent)),
    EventCase(
      "the injured belong to the impact, not the interception",
      "Israeli air defences intercepted most of the drones, but one struck a house in Kiryat "
        + "Ata, injuring two people.",
      EventSpec(type: ACLED.strategic, subType: ACLED.disrupted, injured: .absent),
      EventSpec(location: "Kiryat Ata", weapon: "drone", injured: 2)),
    EventCase(
      "a clause of its own keeps its casualties",
      "The ceasefire collapsed after an incident in May, in which five soldiers were killed by a "
        + "roadside bomb near Kirkuk.",
      EventSpec(location: "Kirkuk", killed: 5)),
    EventCase(
      "a weapon's verb before an -ing adjunct is the main verb",
      "A drone struck the Khor Mor gas field on Friday, killing two workers and halting "
        + "production.",
      EventSpec(location: "Khor Mor gas field", weapon: "drone", killed: 2)),
    EventCase(
      "killed and injured in one drone attack are one event",
      "Three U.S. service members were killed and at least 34 were injured in a drone attack on "
        + "an outpost in northeastern Jordan on Sunday, U.S. officials said.",
      published: "2024-01-29",
      EventSpec(
        country: "JO", weapon: "drone", killed: 3, injured: 34, date: "2024-01-28")),
    EventCase(
      "a dateline is where the story was filed",
      "WASHINGTON — Two soldiers were wounded when a rocket hit a base in Erbil, officials said.",
      EventSpec(location: "Erbil", weapon: "rocket", injured: 2)),
    EventCase(
      "a wire dateline names no place of the event",
      "BEIRUT (Reuters) - Two people were killed in an Israeli strike on Sunday, the health "
        + "ministry said.",
      EventSpec(attacker: "state:IL", location: .absent, killed: 2)),
    EventCase(
      "coordinated tolls of one role add up",
      "Israeli airstrikes near the northern Syrian city of Aleppo killed 36 soldiers and six "
        + "members of Hezbollah early on Friday, according to a war monitor.",
      EventSpec(attacker: "state:IL", location: "Aleppo", killed: 42)),
    EventCase(
      "a toll with those it includes is not added up",
      "An Israeli strike on a house in Rafah killed 12 people, including five children, "
        + "medics said.",
      EventSpec(location: "Rafah", killed: 12)),
    EventCase(
      "an -ing verb with an object after 'and' adds its toll to the strike",
      "Israeli jets struck a market in Khan Younis on Monday, destroying dozens of stalls and "
        + "killing at least 14 people, medics said.",
      EventSpec(location: "Khan Yunis", killed: 14, date: "2024-08-05")),
    EventCase(
      "'and five other officers' adds to the generals killed",
      "An Israeli airstrike on a consulate building in Damascus on Monday killed two Iranian "
        + "generals and five other officers, state media said.",
      EventSpec(attacker: "state:IL", location: "Damascus", killed: 7, date: "2024-08-05")),
    EventCase(
      "an aside after the toll's count does not hide its verb",
      "At least five people, among them two children, were killed when an Israeli warplane "
        + "bombed a residential building in Nabatieh on Tuesday.",
      EventSpec(location: "Nabatieh", killed: 5)),
    EventCase(
      "the victims of a strike told in a when-clause are not its attacker",
      "Several U.S. service members suffered minor injuries when a one-way attack drone struck "
        + "a base in eastern Syria on Saturday, a U.S. defense official said.",
      published: "2026-01-20",
      events: 1,
      EventSpec(attacker: .absent, weapon: "drone", date: "2026-01-17")),
    EventCase(
      "'sustained injuries' counts the injured",
      "A rocket struck the Ain al-Asad air base on Monday, and five U.S. personnel sustained "
        + "injuries.",
      published: "2026-01-20",
      EventSpec(weapon: "rocket", injured: 5)),
    EventCase(
      "a later clause's 'allegedly' is its own, not the shooting's",
      "A Palestinian man was shot dead by Israeli troops near Hebron on Friday after he "
        + "allegedly tried to stab soldiers at a checkpoint, the military said.",
      published: "2025-09-06",
      EventSpec(attacker: "actor:idf", modality: .asserted, date: "2025-09-05")),
    EventCase(
      "the counted dead of a campaign are not its attackers",
      "Violence in the West Bank has surged since the start of the war in Gaza, with more than "
        + "600 Palestinians killed in Israeli raids.",
      published: "2025-09-06",
      EventSpec(kind: .aggregate, attacker: "state:IL", killed: 600)),
    EventCase(
      "a count two nouns share is the toll of both",
      "Twelve children and teenagers were killed when a rocket hit a football pitch in Majdal "
        + "Shams on Saturday.",
      published: "2024-07-28",
      EventSpec(location: "Majdal Shams", killed: 12)),
    EventCase(
      "'hurt' tells the injured of the attack just told",
      "A drone struck a residential building in Tel Aviv on Friday.\nPolice said eight people "
        + "were hurt.",
      published: "2024-07-20",
      EventSpec(location: "Tel Aviv", injured: 8, evidence: 2)),
    EventCase(
      "'the most seriously wounded' flown to a hospital are no attack there",
      "A rocket fired from Lebanon hit a house in Kiryat Shmona on Saturday.\nMedics said dozens "
        + "of people were hurt, and that army helicopters flew the most seriously wounded to a "
        + "hospital in Haifa.",
      published: "2024-07-28",
      EventSpec(location: "Kiryat Shmona", injured: .vague, evidence: 2)),
    EventCase(
      "'the most seriously wounded' is a noun: no attack where they were taken",
      "A rocket hit a house in Kiryat Shmona on Saturday.\nIsraeli army helicopters flew the "
        + "most seriously wounded to a hospital in Haifa.",
      published: "2024-07-28",
      EventSpec(location: "Kiryat Shmona", evidence: 1)),
    EventCase(
      "a later clause where a party acts lends its place to no harm told before it",
      "A rocket hit a football pitch in Majdal Shams on Saturday.\nMedics said five people were "
        + "hurt, and that Israeli army helicopters flew the injured to a hospital in Haifa.",
      published: "2024-07-28",
      EventSpec(location: "Majdal Shams", injured: 5, evidence: 2)),
    EventCase(
      "an 'operations command' that reports a toll is its source, not an attacker",
      "U.S. forces struck three Kataib Hezbollah facilities in Iraq on Wednesday.\nA statement "
        + "from the Popular Mobilization Forces operations command said one fighter was killed "
        + "and two were wounded.",
      published: "2024-01-25",
      EventSpec(target: "actor:kataib-hezbollah", killed: 1, injured: 2, evidence: 2)),
    EventCase(
      "the toll said after an opening phrase naming the strike belongs to that strike",
      "Israeli warplanes struck a site on the edge of al-Mawasi, west of Khan Younis, on 13 July."
        + "\n\nOn the day of the strike, the health ministry said 71 people had been killed and "
        + "289 wounded.",
      published: "2024-08-01", events: 1,
      EventSpec(attacker: "actor:idf", killed: 71, injured: 289, evidence: 2)),
    EventCase(
      "a toll raised in a sentence with no event word replaces the toll told before",
      "Israeli warplanes struck a site on the edge of al-Mawasi on 13 July, killing 71 people."
        + "\n\nThe health ministry later raised the toll to at least 90 dead and about 300 "
        + "injured.\n\nBy Thursday, the death toll had risen to 92.",
      published: "2024-08-01", events: 1,
      EventSpec(killed: 92, injured: 300, date: "2024-07-13", evidence: 3)),
    EventCase(
      "a death toll from the bombing that rose replaces the first, and keeps the bombing's day",
      "A car bomb exploded at a market in Azaz on Thursday, killing 20 people.\nThe death toll "
        + "from the bombing rose to 31 on Friday, the civil defence said.",
      published: "2024-08-03", events: 1,
      EventSpec(location: "I'zaz", killed: 31, date: "2024-08-01", evidence: 2)),
    EventCase(
      "a number told after a vague toll replaces it; a toll of others does not",
      "Four soldiers were killed and dozens of people wounded on Sunday when a drone launched "
        + "from Lebanon crashed into a base near Binyamina.\n\nSeven other soldiers were seriously "
        + "wounded, the military said. The ambulance service said a total of 61 people were hurt "
        + "in the attack.",
      published: "2024-10-14", events: 1,
      EventSpec(killed: 4, injured: 61, evidence: 3)),
    EventCase(
      "a toll that 'may have been' is hedged, not the assault it counts",
      "Last month, RSF fighters stormed the Zamzam displacement camp in North Darfur, an assault "
        + "in which the United Nations said more than 400 people may have been killed.",
      published: "2025-05-06",
      EventSpec(
        type: ACLED.civilians, subType: ACLED.attack, attacker: "actor:rsf",
        location: "Zamzam camp", killed: 400, date: "2025-04-01")),
    EventCase(
      "a toll counted by a later day revises the toll of the attack, and dates nothing",
      "Myanmar's military carried out an air strike on a village in Kanbalu on Tuesday, "
        + "killing about 50 people. By Wednesday morning, a member of the local militia who "
        + "helped collect remains said at least 100 people had been killed.",
      published: "2023-04-12",
      events: 1,
      EventSpec(
        attacker: "actor:tatmadaw", location: "Kanbalu",
        killed: 100, date: "2023-04-11", evidence: 2)),
    EventCase(
      "a toll 'by' a later day in its own clause revises the toll too",
      "An Israeli strike hit a house in Nabatieh on Monday, killing three people. At least "
        + "seven people had been killed by Tuesday evening, the health ministry said.",
      published: "2024-10-16",
      events: 1,
      EventSpec(location: "Nabatieh", killed: 7, date: "2024-10-14", evidence: 2)),
    EventCase(
      "a toll that 'could have been' did not happen",
      "The missile could have killed dozens of people had it not been intercepted over Haifa, "
        + "officials said.",
      published: "2025-05-06",
      events: 0,
      rejected: [.hypothetical]),
  ]

  @Test(arguments: cases)
  func casualties(_ testCase: EventCase) throws { try verify(testCase) }

  /// One person named as a killing's victim gives one dead, in either voice (no figure in the
  /// text: the fixtures' cases only check figures the text writes).
  @Test(arguments: [
    "Israeli troops shot dead a Palestinian man near Hebron on Friday.",
    "A Palestinian man was shot dead by Israeli troops near Hebron on Friday.",
    "The commander was killed in a drone strike near Hebron on Friday.",
    "Russian shelling killed a 64-year-old man in Kherson on Thursday.",
  ])
  func onePersonKilledIsOneDead(text: String) throws {
    let article = try analyze(text, published: "2025-09-06")
    #expect(article.events.map { $0.killed?.quantity.value } == [1])
  }
}
