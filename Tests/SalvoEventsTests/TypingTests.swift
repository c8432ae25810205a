import SalvoModel
import Testing

/// ACLED's event and sub-event types, decided by the weapon or, when the weapon does not
/// decide, by the trigger.
@Suite("Events: ACLED typing")
struct TypingTests {
  static let cases: [EventCase] = [
    EventCase(
      "an attack that 'set fire to' a site is one event, not a second one of arson",
      "A Ukrainian drone attack set fire to a fuel depot in Russia's Bryansk region on "
        + "Tuesday, the governor said.",
      published: "2025-05-08", events: 1,
      EventSpec(
        type: ACLED.explosions, subType: ACLED.airDrone, attacker: "state:UA",
        location: "Bryansk Oblast", date: "2025-05-06")),
    EventCase(
      "civilians among the dead told before the trigger make a storming an attack on them",
      "At least 40 people, including 12 women and two babies, were killed when gunmen stormed "
        + "the market town on Thursday, the United Nations said.",
      published: "2024-10-05",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, killed: 40)),
    EventCase(
      "soldiers among the dead keep a storming a clash",
      "Twenty soldiers, including two officers, were killed when militants stormed the base on "
        + "Sunday.",
      published: "2024-10-08",
      EventSpec(type: ACLED.battles, subType: ACLED.armedClash, killed: 20)),
    EventCase(
      "an attack on a passenger train with no weapon named is an attack on civilians",
      "Separatist militants attacked a passenger train in the mountains on Tuesday and took "
        + "dozens of people hostage, officials said.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack)),
    EventCase(
      "fighters who attack a village with no weapon named attack its people",
      "Boko Haram fighters attacked a village in Borno State on Saturday, killing 20 people.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, killed: 20)),
    EventCase(
      "settlers storming a village attack its people",
      "Israeli settlers stormed the village of Jit near Nablus on Thursday night, killing a "
        + "19-year-old man.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, location: "Jit")),
    EventCase(
      "settlers setting fire to homes is arson on civilians, not an explosion or a clash",
      "Israeli settlers set fire to cars and homes near Nablus overnight.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack)),
    EventCase(
      "a torched mosque is an attack on civilians",
      "Settlers torched a mosque near Ramallah on Friday.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, location: "Ramallah")),
    EventCase(
      "troops storming a camp and killing gunmen clash with them",
      "Israeli troops stormed the Jenin refugee camp on Tuesday, killing three gunmen.",
      EventSpec(type: ACLED.battles, subType: ACLED.armedClash, killed: 3)),
    EventCase(
      "missiles that warplanes fire make an air strike",
      "Israeli warplanes fired missiles at a weapons depot near Hama on Sunday.",
      EventSpec(type: ACLED.explosions, subType: ACLED.airDrone, location: "Hama")),
    EventCase(
      "missiles fired at warplanes are no air strike",
      "Hezbollah fired surface-to-surface missiles at an Israeli base where warplanes were "
        + "parked on Sunday.",
      EventSpec(type: ACLED.explosions, subType: ACLED.shelling, attacker: "actor:hezbollah")),
    EventCase(
      "drone → air/drone strike",
      "An Israeli drone struck a motorcycle on the outskirts of Bint Jbeil.",
      EventSpec(type: ACLED.explosions, subType: ACLED.airDrone, weapon: "drone")),
    EventCase(
      "airstrike noun → air/drone strike",
      "An Israeli airstrike hit an apartment in the Mezzeh district of Damascus.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.airDrone, location: "Mezzeh",
        weapon: "airstrike")),
    EventCase(
      "warplanes bombed → air/drone strike",
      "Israeli warplanes bombed a border crossing near the Syrian town of Qusayr.",
      EventSpec(type: ACLED.explosions, subType: ACLED.airDrone, location: "Al-Qusayr")),
    EventCase(
      "artillery shelled → shelling",
      "Israeli artillery shelled the outskirts of Kfar Kila and nearby farmland.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.shelling, location: "Kfar Kila",
        weapon: "artillery")),
    EventCase(
      "Katyusha rockets → shelling",
      "Katyusha rockets struck an open field outside Safed.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.shelling, location: "Safed", weapon: "rocket")),
    EventCase(
      "ballistic missile → shelling/missile",
      "A Houthi ballistic missile struck a Panama-flagged tanker off Mocha.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.shelling, attacker: "actor:houthis",
        weapon: "ballistic missile")),
    EventCase(
      "mortar rounds → shelling",
      "Mortar rounds hit a UNIFIL position in Naqoura.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.shelling, location: "En Naqoura",
        weapon: "mortar")),
    EventCase(
      "roadside bomb → remote explosive",
      "A roadside bomb exploded next to a supply convoy in Diwaniyah province.",
      EventSpec(type: ACLED.explosions, subType: ACLED.remoteExplosive, weapon: "explosive")),
    EventCase(
      "car bomb → remote explosive",
      "A car bomb exploded in a busy market in Azaz, northern Syria.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.remoteExplosive, location: "I'zaz",
        weapon: "explosive")),
    EventCase(
      "clashed → battles, armed clash",
      "Hezbollah fighters clashed with Israeli troops near the border village of Kfar Kila.",
      EventSpec(
        type: ACLED.battles, subType: ACLED.armedClash, attacker: "actor:hezbollah",
        location: "Kfar Kila")),
    EventCase(
      "fighters storming a base → battles, armed clash",
      "Al-Shabaab fighters stormed a military base in southern Somalia on Tuesday.",
      EventSpec(
        type: "Battles", subType: "Armed clash", attacker: "actor:al-shabaab", country: "SO")),
    EventCase(
      "gunmen storming a village and killing civilians → violence against civilians",
      "Gunmen stormed a village in central Mali and killed 12 civilians, officials said.",
      EventSpec(type: "Violence against civilians", subType: "Attack", country: "ML")),
    EventCase(
      "a raid killing villagers → violence against civilians",
      "Militants raided a village near Maiduguri overnight, killing seven villagers.",
      EventSpec(type: "Violence against civilians", subType: "Attack")),
    EventCase(
      "raided → battles, armed clash",
      "Before dawn, Israeli commandos raided a Hezbollah position near Naqoura.",
      EventSpec(
        type: ACLED.battles, subType: ACLED.armedClash, attacker: "actor:idf",
        target: "actor:hezbollah")),
    EventCase(
      "gunmen opened fire on soldiers → armed clash",
      "Gunmen opened fire on a Lebanese army checkpoint in the Bekaa Valley.",
      EventSpec(
        type: ACLED.battles, subType: ACLED.armedClash,
        target: "actor:lebanese-armed-forces")),
    EventCase(
      "soldiers opened fire on protesters → violence against civilians",
      "Soldiers opened fire on protesters in the town of Jenin on Friday, killing one.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, location: "Jenin", killed: 1)),
    EventCase(
      "opened fire with tank shells → the weapon decides",
      "Israeli troops opened fire with tank shells on a house in Khan Younis.",
      EventSpec(type: ACLED.explosions, subType: ACLED.shelling, weapon: "artillery")),
    EventCase(
      "executed shepherds → violence against civilians",
      "Islamic State militants executed three shepherds in the desert near Palmyra.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, attacker: "actor:isis")),
    EventCase(
      "intercepted → disrupted weapons use",
      "Israeli air defences intercepted a surface-to-surface missile over the Negev.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, interceptor: "actor:idf",
        location: "Negev")),
    EventCase(
      "the party named on the intercepted drones fired them",
      "The U.S. military said its forces shot down two Houthi drones over the Red Sea.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, attacker: "actor:houthis",
        target: .absent, interceptor: "actor:us-military")),
    EventCase(
      "a demonym on the intercepted missile names who fired it",
      "Israeli air defences intercepted an Iranian missile over the Negev on Sunday.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, attacker: "state:IR",
        interceptor: "actor:idf")),
    EventCase(
      "shot down drones → disrupted weapons use",
      "Jordan's air force shot down several drones that crossed into its airspace.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted,
        interceptor: "actor:jordanian-armed-forces", weapon: "drone")),
    EventCase(
      "a destroyer shot down a cruise missile fired by the Houthis",
      "A US Navy destroyer shot down an anti-ship cruise missile fired by the Houthis over the "
        + "Red Sea.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, attacker: "actor:houthis",
        interceptor: "actor:us-navy", location: "Red Sea")),
    EventCase(
      "an interception's subject intercepts, the weapon's agent attacks",
      "Israeli air defences shot down a drone launched by the Houthis over Eilat.",
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, attacker: "actor:houthis",
        interceptor: "actor:idf")),
    EventCase(
      "jets as the attacker make an air strike",
      "Israeli jets pounded Hezbollah positions near Tyre overnight.",
      EventSpec(type: ACLED.explosions, subType: ACLED.airDrone, location: "Tyre")),
    EventCase(
      "a participle after a noun in a clause with its verb describes the noun",
      "Israeli jets struck Homs overnight, the latest blow in a shadow war fought across Syria.",
      EventSpec(attacker: "actor:idf", location: "Homs")),
    EventCase(
      "a salvo in the verb's object is the verb's event",
      "The Houthis fired a salvo of ballistic missiles at the port city of Eilat.",
      EventSpec(attacker: "actor:houthis", location: "Eilat", weapon: "ballistic missile")),
    EventCase(
      "a shell that hit a house is one shelling",
      "An Israeli shell hit a house in Khiam, wounding three civilians.",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.shelling, attacker: "state:IL", location: "Khiam",
        injured: 3)),
    EventCase(
      "mortar shells hit a school",
      "Mortar shells hit a school in Khan Younis on Tuesday.",
      EventSpec(subType: ACLED.shelling, location: "Khan Yunis", weapon: "mortar")),
    EventCase(
      "Shell the company names no weapon",
      "Shell suspended all tanker shipments through the Red Sea last month.",
      rejected: [.unanchored]),
    EventCase(
      "rocket launchers are what jets struck, not their weapon",
      "Israeli jets struck rocket launchers in the Bekaa Valley overnight.",
      EventSpec(subType: ACLED.airDrone, weapon: .absent)),
    EventCase(
      "a drone factory bombed by warplanes",
      "Israeli warplanes bombed a drone factory near Damascus on Monday.",
      EventSpec(subType: ACLED.airDrone, location: "Damascus", weapon: .absent)),
    EventCase(
      "drones that struck a depot are the weapon",
      "Houthi drones struck a fuel depot in Eilat on Monday.",
      EventSpec(subType: ACLED.airDrone, location: "Eilat", weapon: "drone")),
    EventCase(
      "vessels and missiles struck in strikes against them are not the weapon",
      "U.S. Central Command said its forces conducted strikes against two unmanned surface "
        + "vessels and seven mobile anti-ship cruise missiles in the Red Sea on Monday.",
      EventSpec(location: "Red Sea", weapon: .absent)),
    EventCase(
      "missiles fired at a destroyer are the weapon",
      "The Houthis fired two anti-ship missiles at a US destroyer in the Red Sea on Monday.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea", weapon: "anti-ship missile")),
    EventCase(
      "'attack' inside a weapon's name is no attack",
      "Two one-way attack drones were shot down near Erbil on Monday, the coalition said.",
      events: 1,
      EventSpec(type: ACLED.strategic, subType: ACLED.disrupted, location: "Erbil")),
    EventCase(
      "'in one of the largest such attacks' sums up the interception, it is no second event",
      "The USS Carney shot down 14 drones launched from Yemen early on Saturday, in one of the "
        + "largest such attacks since November.",
      events: 1,
      EventSpec(
        kind: .incident, subType: ACLED.disrupted, origin: "Yemen", count: 14,
        date: "2024-08-03")),
    EventCase(
      "an appositive 'one of the deadliest attacks' after an attribution sums up the strike",
      "An Israeli strike on a school in Gaza City killed more than 90 people on Saturday, the "
        + "civil defence agency said, one of the deadliest Israeli attacks in the 10-month-old war.",
      published: "2024-08-10", events: 1,
      EventSpec(
        kind: .incident, attacker: "state:IL", location: "Gaza", killed: 90,
        date: "2024-08-10")),
    EventCase(
      "'bomb shelters' are no bombing",
      "Iran fired about 180 ballistic missiles at Israel on Tuesday night, sending millions of "
        + "Israelis into bomb shelters.",
      events: 1,
      EventSpec(attacker: "state:IR", count: 180)),
    EventCase(
      "an 'air-raid alert' is no raid, and 'rocket sirens' are no rocket fire",
      "Two ballistic missiles hit the institute on Tuesday morning. The gap between the "
        + "air-raid alert and the impact was so short that many people were caught outside, "
        + "and rocket sirens were still sounding across the city an hour later.",
      events: 1,
      EventSpec(weapon: "ballistic missile", count: 2)),
    EventCase(
      "pagers that exploded are planted explosives",
      "Pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing nine people.",
      EventSpec(subType: ACLED.remoteExplosive, location: "Lebanon", killed: 9)),
    EventCase(
      "a gunman killing people is an attack on civilians, not remote violence",
      "A Palestinian gunman killed two Israelis at a bus stop in Jerusalem on Thursday, police "
        + "said.",
      published: "2026-03-14",
      EventSpec(
        type: ACLED.civilians, subType: ACLED.attack, location: "Jerusalem", killed: 2,
        date: "2026-03-12")),
    EventCase(
      "gunmen shooting soldiers dead is an armed clash",
      "Gunmen shot dead three soldiers at a checkpoint near Kidal on Sunday.",
      EventSpec(
        type: ACLED.battles, subType: ACLED.armedClash, location: "Kidal", killed: 3)),
    EventCase(
      "people shot dead by gunmen, in the passive, are civilians",
      "Three people were shot dead by unidentified gunmen in Baghdad on Sunday.",
      EventSpec(
        type: ACLED.civilians, subType: ACLED.attack, attacker: "generic:militia",
        location: "Baghdad", killed: 3)),
    EventCase(
      "gunfire on farmers is an attack on civilians, though small arms say clash",
      "Gunfire from a passing car killed two farmers near Jenin on Monday.",
      EventSpec(
        type: ACLED.civilians, subType: ACLED.attack, location: "Jenin", weapon: "small arms",
        killed: 2)),
    EventCase(
      "a strike that kills civilians stays remote violence",
      "An Israeli strike killed five civilians in Khan Younis on Tuesday, medics said.",
      EventSpec(type: ACLED.explosions, location: "Khan Yunis", killed: 5)),
    EventCase(
      "an unnamed attack that kills villagers is an attack on civilians",
      "Suspected jihadists killed 15 villagers in Djibo on Tuesday.",
      EventSpec(type: ACLED.civilians, subType: ACLED.attack, killed: 15)),
    EventCase(
      "'a bomber blew himself up' is a suicide bombing, not an aircraft's strike",
      "A bomber blew himself up at the entrance of a hotel in Mogadishu on Friday, killing "
        + "seven people, police said.",
      published: "2024-08-03", events: 1,
      EventSpec(subType: "Suicide bomb", location: "Mogadishu", weapon: .absent, killed: 7)),
    EventCase(
      "a car bomb set off outside a station is a planted explosive",
      "Militants set off a car bomb outside a police station in Kirkuk on Monday, wounding "
        + "four officers.",
      published: "2024-03-13", events: 1,
      EventSpec(
        subType: ACLED.remoteExplosive, attacker: "generic:militia", location: "Kirkuk",
        weapon: "explosive", injured: 4)),
    EventCase(
      "troops who set off for the front made no attack",
      "Troops set off for the front line near Pokrovsk on Tuesday, the army said.",
      published: "2024-03-13", events: 0, rejected: [.unanchored]),
    EventCase(
      "a detonated car bomb is the weapon used, not what was hit",
      "A militant detonated a car bomb at a checkpoint in Kirkuk on Monday, killing four "
        + "soldiers.",
      published: "2024-03-13", events: 1,
      EventSpec(location: "Kirkuk", weapon: "explosive", killed: 4)),
    EventCase(
      "a bomb set off and then gunfire sprayed into crowds are one assault",
      "Al Shabaab fighters set off a suicide bomb and then sprayed gunfire into crowds at a "
        + "beach in Mogadishu on Friday, killing 37 people.",
      published: "2024-08-03", events: 1,
      EventSpec(
        subType: "Suicide bomb", attacker: "actor:al-shabaab", location: "Mogadishu",
        weapon: "small arms", killed: 37, date: "2024-08-02")),
    EventCase(
      "'female bombers' are suicide bombers, not aircraft",
      "Female bombers struck a wedding and a funeral in Gwoza on Saturday, killing at least 18 "
        + "people, the emergency agency said.",
      published: "2024-06-30", events: 1,
      EventSpec(subType: "Suicide bomb", location: "Gwoza", weapon: "suicide bombing")),
    EventCase(
      "a bomber who 'blew himself up' set off a suicide bomb",
      "A suicide bomber blew himself up at a crowded market in Maiduguri on Tuesday, killing six "
        + "people, police said.",
      published: "2024-06-20", events: 1,
      EventSpec(subType: "Suicide bomb", location: "Maiduguri", killed: 6, date: "2024-06-18")),
    EventCase(
      "bombs dropped by an aircraft are an air strike, with no weapon word",
      "A military fighter jet dropped bombs on a crowd gathered for a ceremony in Kanbalu on "
        + "Tuesday, witnesses said.",
      published: "2023-04-12",
      EventSpec(
        type: ACLED.explosions, subType: ACLED.airDrone, location: "Kanbalu", date: "2023-04-11")),
    EventCase(
      "a drone dropping a grenade is a drone strike",
      "A Russian drone dropped a grenade on a car in Kherson on Monday, killing the driver, "
        + "Ukrainian officials said.",
      published: "2025-05-06",
      EventSpec(
        subType: ACLED.airDrone, attacker: "state:RU", location: "Kherson", weapon: "drone",
        killed: 1)),
    EventCase(
      "dropped leaflets are no attack",
      "Israeli jets dropped leaflets over Khan Younis on Monday urging residents to leave.",
      published: "2024-07-02",
      events: 0,
      rejected: [.unanchored]),
  ]

  @Test(arguments: cases)
  func typing(_ testCase: EventCase) throws { try verify(testCase) }
}
