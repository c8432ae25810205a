import SalvoModel
import Testing

/// An interception: who intercepted is its interceptor, whose weapons were stopped its
/// attacker (the owner or agent of the weapons, else the earlier attack that fired them),
/// and its weapons are the ones stopped, not the interceptors. Firing air defences is an
/// interception; striking them is an attack.
@Suite("Events: interceptions")
struct InterceptionTests {
  static let cases: [EventCase] = [
    EventCase(
      "an interception told after the launch its speaker reports is not where the launch began",
      "Russia launched 62 drones and four ballistic missiles at Ukraine overnight, the air force "
        + "said, adding that 40 drones had been shot down.",
      published: "2025-05-06", events: 2,
      EventSpec(attacker: "state:RU", location: "Ukraine", count: 62, date: "2025-05-06"),
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, location: .absent, count: 40,
        date: "2025-05-06")),
    EventCase(
      "'intercepted some of them' stops the missiles of the attack just told, on its day",
      "An Israeli air strike destroyed a building in Damascus on Tuesday, killing seven "
        + "people.\n\nSyria's defence ministry said Israeli jets fired six missiles from the "
        + "direction of the Golan Heights. Syrian air defences intercepted some of them.",
      published: "2024-04-10", events: 2,
      EventSpec(location: "Damascus", killed: 7, date: "2024-04-09"),
      EventSpec(subType: ACLED.disrupted, attacker: "state:IL", date: "2024-04-09")),
    EventCase(
      "drones shot down where an attack just hit are that attack's, on its day",
      "Israel carried out a limited strike on Iran early on Friday, hitting an air defence radar "
        + "near the city of Isfahan.\n\nIranian state media reported explosions near an army base "
        + "in Isfahan and said air defences had shot down three small drones.",
      published: "2024-04-19", events: 2,
      EventSpec(type: ACLED.explosions, location: "Isfahan", date: "2024-04-19"),
      EventSpec(
        kind: .incident, subType: ACLED.disrupted, location: "Isfahan", count: 3,
        date: "2024-04-19")),
    EventCase(
      "an interception follows the attack retold last, not an interception told before it",
      "Israel struck an air defence radar near Isfahan on Friday, in response to Iran's drone and "
        + "missile attack on Israel last weekend. Iranian air defences shot down three drones "
        + "near Isfahan.\n\nIran launched more than 300 drones and missiles at Israel on April 13. "
        + "Nearly all were shot down by Israel and its allies.",
      published: "2024-04-19", events: 4,
      EventSpec(subType: ACLED.disrupted, interceptor: "state:IL", date: "2024-04-13")),
    EventCase(
      "an interception the military reports takes no attacker from its own side's strike",
      "Hezbollah fired more than 200 rockets at northern Israel on Wednesday, a day after an "
        + "Israeli strike killed one of its commanders in southern Lebanon.\nThe Israeli military "
        + "said about 160 projectiles crossed from Lebanon, some of which were intercepted.",
      published: "2024-06-13", events: 3,
      EventSpec(attacker: "actor:hezbollah", location: "northern Israel"),
      EventSpec(attacker: "state:IL", location: "southern Lebanon"),
      EventSpec(
        subType: ACLED.disrupted, attacker: "actor:hezbollah", interceptor: "actor:idf",
        date: "2024-06-12")),
    EventCase(
      "air defences that shot missiles down are no weapon of the attack told before them",
      "The Israeli enemy carried out strikes on sites near Damascus at dawn, the source said, "
        + "adding that air defences had shot down some of the missiles.",
      published: "2024-05-14",
      EventSpec(kind: .incident, attacker: "state:IL", location: "Damascus", weapon: .absent),
      EventSpec(subType: ACLED.disrupted, weapon: "missile")),
    EventCase(
      "'30 of the missiles' shot down are that barrage's, stopped once on its day",
      "Russia launched a barrage of more than 40 missiles at Ukrainian cities on Monday, killing "
        + "at least 36 people.\nUkraine's air force said it had shot down 30 of the missiles.",
      published: "2024-07-08", events: 2,
      EventSpec(kind: .incident, attacker: "state:RU", count: 40, killed: 36),
      EventSpec(
        kind: .incident, subType: ACLED.disrupted, attacker: "state:RU", count: 30,
        date: "2024-07-08")),
    EventCase(
      "'most of which were intercepted' after weapons no launch names stops those weapons",
      "Hezbollah fired rockets at Safed on Wednesday.\nThe army said about 40 projectiles crossed "
        + "from Lebanon, most of which were intercepted.",
      EventSpec(type: ACLED.explosions, attacker: "actor:hezbollah"),
      EventSpec(type: ACLED.strategic, weapon: "projectile")),
    EventCase(
      "'most of which were intercepted' stops the launch's weapons, fired by its attacker",
      "Iran launched about 200 missiles at Israel on Sunday night, most of which were "
        + "intercepted.",
      EventSpec(type: ACLED.explosions, attacker: "state:IR", count: 200),
      EventSpec(type: ACLED.strategic, attacker: "state:IR", weapon: "missile")),
    EventCase(
      "the owner of a drone shot down is who launched it, not a target",
      "An Iranian drone was shot down by Jordanian jets over the kingdom's north early on "
        + "Sunday.",
      EventSpec(
        type: ACLED.strategic, attacker: "state:IR", target: .absent,
        interceptor: "actor:jordanian-armed-forces")),
    EventCase(
      "'it was intercepted by the Arrow system' stops the missile told just before",
      "On Sunday, the Houthis fired a ballistic missile toward Eilat, the military said.\nIt was "
        + "intercepted by the Arrow air defence system before it crossed into Israeli territory.",
      EventSpec(type: ACLED.explosions, attacker: "actor:houthis", location: "Eilat"),
      EventSpec(type: ACLED.strategic, attacker: "actor:houthis", date: "2024-08-04")),
    EventCase(
      "'almost all were shot down' is the barrage's interception, not the barrage again",
      "Iran launched more than 300 drones and missiles at Israel late on Saturday, but the "
        + "barrage caused little damage as almost all were shot down by Israel and its allies.",
      EventSpec(type: ACLED.explosions, attacker: "state:IR", date: "2024-08-03"),
      EventSpec(type: ACLED.strategic, interceptor: "state:IL", date: "2024-08-03")),
    EventCase(
      "who holds the launch area fired what was shot down",
      "The destroyer USS Carney shot down three drones launched from Houthi-controlled "
        + "territory in Yemen on Thursday.",
      EventSpec(type: ACLED.strategic, attacker: "actor:houthis", date: "2024-08-01")),
    EventCase(
      "a military reporting interceptions made them",
      "Hezbollah fired 40 rockets at northern Israel on Sunday.\nThe Israeli military said "
        + "most of the rockets were intercepted by the Iron Dome system.",
      EventSpec(type: ACLED.explosions, attacker: "actor:hezbollah", count: 40),
      EventSpec(
        type: ACLED.strategic, attacker: "actor:hezbollah", interceptor: "actor:idf",
        date: "2024-08-04")),
    EventCase(
      "firing interceptors at missiles intercepts the missiles of the attack before",
      "The Houthis fired two anti-ship ballistic missiles at a tanker in the Red Sea on "
        + "Monday. U.S. Navy destroyers fired about a dozen interceptors at the incoming "
        + "missiles, the Pentagon said.",
      EventSpec(
        type: ACLED.explosions, attacker: "actor:houthis", weapon: "anti-ship missile"),
      EventSpec(
        type: ACLED.strategic, subType: ACLED.disrupted, attacker: "actor:houthis",
        interceptor: "actor:us-navy", weapon: "missile", date: "2024-08-05")),
    EventCase(
      "a battery launching surface-to-air missiles at a drone intercepts it",
      "Syrian air defences launched surface-to-air missiles at an Israeli drone over "
        + "Quneitra on Sunday.",
      EventSpec(type: ACLED.strategic, subType: ACLED.disrupted, weapon: "drone")),
    EventCase(
      "an unknown ship that shoots down drones leaves their owner the attacker",
      "The USS Carney shot down three Houthi drones over the Red Sea on Tuesday.",
      EventSpec(
        type: ACLED.strategic, attacker: "actor:houthis", target: .absent,
        interceptor: .absent, weapon: "drone", count: 3)),
    EventCase(
      "who intercepted before is no attacker of a later interception",
      "Israeli air defences intercepted two drones launched from Lebanon on Monday. A "
        + "warship shot down three Houthi drones over the Red Sea on Tuesday.",
      EventSpec(type: ACLED.strategic, attacker: .absent, interceptor: "actor:idf"),
      EventSpec(type: ACLED.strategic, attacker: "actor:houthis", weapon: "drone")),
    EventCase(
      "striking an air-defence system is an attack on it",
      "Israeli jets struck an S-300 air defence battery near Isfahan on Saturday.",
      EventSpec(type: ACLED.explosions, attacker: "actor:idf", location: "Isfahan")),
    EventCase(
      "firing missiles at an air-defence battery is an attack on it",
      "Hezbollah fired anti-tank missiles at an Iron Dome battery near Kiryat Shmona.",
      EventSpec(
        type: ACLED.explosions, attacker: "actor:hezbollah", location: "Kiryat Shmona",
        weapon: "anti-tank missile")),
    EventCase(
      "a ship's interception reads its subject though a reduced relative follows",
      "A US Navy destroyer shot down two drones fired by the Houthis.",
      EventSpec(
        type: ACLED.strategic, attacker: "actor:houthis", interceptor: "actor:us-navy",
        weapon: "drone", count: 2)),
    EventCase(
      "weapons in flight destroyed are intercepted, not struck",
      "Russia's defence ministry said on Friday it had destroyed 25 Ukrainian drones over the "
        + "Belgorod region.",
      published: "2025-05-23",
      EventSpec(type: ACLED.strategic, subType: ACLED.disrupted, weapon: "drone", count: 25)),
    EventCase(
      "a drone factory destroyed is struck",
      "Ukrainian forces said on Friday they had destroyed a drone factory near Yelabuga.",
      published: "2025-05-23",
      EventSpec(type: ACLED.explosions, weapon: .absent)),
    EventCase(
      "'shot it down' stops the missile: no shooting attack by the destroyer",
      "The Houthis fired an anti-ship missile toward the USS Carney in the Gulf of Aden on "
        + "Friday. The destroyer shot it down, the military said.",
      published: "2024-01-27",
      EventSpec(attacker: "actor:houthis", location: "Gulf of Aden")),
    EventCase(
      "who holds the launch area of intercepted drones launched them, and is no interceptor",
      "The destroyer USS Laboon and F/A-18 jets from the carrier Dwight D. Eisenhower have shot "
        + "down seven drones launched from Houthi-held areas, U.S. officials said on Friday.",
      published: "2024-02-03", events: 1,
      EventSpec(attacker: "actor:houthis", interceptor: .absent, count: 7)),
    EventCase(
      "an attack repelled on the ground is a clash, its agent the attacker",
      "Kurdish-led fighters repelled an assault by Islamic State militants on a prison in "
        + "Hasakah late on Thursday, the group said.",
      published: "2022-01-21", events: 1,
      EventSpec(
        type: ACLED.battles, subType: ACLED.armedClash, attacker: "actor:isis",
        location: "Al-Hasakah")),
    EventCase(
      "who made the attack that was repelled attacked, and intercepted nothing",
      "Kurdish forces repelled an attack by Islamic State fighters near Hasakah overnight.",
      published: "2024-03-02", events: 1,
      EventSpec(attacker: "actor:isis", interceptor: .absent)),
    EventCase(
      "troops that beat back a raid on their base fought a clash",
      "Soldiers repelled an attack on an army base near Djibo in Burkina Faso on Sunday, "
        + "killing dozens of assailants, the army said.",
      published: "2024-05-13", events: 1,
      EventSpec(type: ACLED.battles, subType: ACLED.armedClash, location: "Djibo")),
    EventCase(
      "a drone attack repelled by air defences is a disrupted launch",
      "Ukrainian air defences repelled a drone attack on Kyiv overnight, the city's military "
        + "administration said on Saturday.",
      published: "2024-05-11", events: 1,
      EventSpec(type: ACLED.strategic, subType: ACLED.disrupted, location: "Kyiv")),
  ]

  @Test(arguments: cases)
  func interception(_ testCase: EventCase) throws { try verify(testCase) }

  @Test func theDefencesThatMetAnAttackAreNoWeaponOfIt() throws {
    let article = try analyze(
      "Rockets struck near the U.S. embassy in Baghdad on Friday.\nThe embassy's C-RAM air "
        + "defence system was activated to counter the attack, an official said.",
      published: defaultPublished)
    #expect(article.events.count == 1)
    #expect(article.events.first?.evidence.count == 2)
    #expect(article.events.first?.weapons == ["rocket"])
  }
}
