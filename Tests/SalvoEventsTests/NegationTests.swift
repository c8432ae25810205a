import SalvoModel
import Testing

/// Actions the article says did not happen are not events; they are rejected as negated.
@Suite("Events: negation")
struct NegationTests {
  static let cases: [EventCase] = [
    EventCase(
      "a denial that civilians were killed asserts no killing",
      "A military spokesman said the army only targets armed groups and denied that civilians "
        + "had been killed in its air operations.",
      published: "2024-12-10", events: 0,
      rejected: [.negated]),
    EventCase(
      "a trigger word inside an agency's name is no event",
      "The United Kingdom Maritime Trade Operations agency said it had received reports of an "
        + "incident 60 nautical miles west of Hodeidah.",
      published: "2024-06-13",
      events: 0),
    EventCase(
      "a denied part in an attack attributes it to no one",
      "Iran denied any involvement in the attack on the base in Jordan, its foreign ministry "
        + "said on Monday.",
      published: "2024-01-29",
      rejected: [.negated]),
    EventCase(
      "denied responsibility for a bombing",
      "The group denied responsibility for the bombing of a market in northern Syria.",
      published: "2024-05-02",
      rejected: [.negated]),
    EventCase(
      "suspending operations is not an attack",
      "Kataib Hezbollah said on Tuesday it was suspending military operations against U.S. "
        + "forces in Iraq.",
      published: "2024-02-01",
      rejected: [.negated]),
    EventCase(
      "attacks a party has halted are none, but the attack it halted after is one",
      "Iran-aligned militias had largely halted attacks on U.S. forces since February, after a "
        + "drone attack killed three U.S. soldiers in Jordan.",
      published: "2024-08-06", events: 1, rejected: [.negated],
      EventSpec(kind: .incident, location: "Jordan", weapon: "drone", killed: 3)),
    EventCase(
      "'stopped' attacks are none either",
      "The Houthis have stopped attacks on ships in the Red Sea since the truce took effect.",
      published: "2025-03-01", events: 0, rejected: [.negated]),
    EventCase(
      "retaliatory strikes are real strikes",
      "The United States carried out retaliatory airstrikes on Friday against more than 85 "
        + "targets in Iraq and Syria, the U.S. military said.",
      published: "2024-02-03",
      EventSpec(type: ACLED.explosions, attacker: "state:US", location: "Iraq"),
      EventSpec(type: ACLED.explosions, attacker: "state:US", location: "Syria")),
    EventCase(
      "has not carried out any strikes",
      "Israel has not carried out any strikes in Iraq since the war in Gaza began, a senior "
        + "Iraqi official said.",
      rejected: [.negated]),
    EventCase(
      "did not fire any missiles",
      "The Houthis did not fire any missiles at Israel over the weekend, according to the "
        + "Israeli military.",
      rejected: [.negated]),
    EventCase(
      "refrained from attacking",
      "Hezbollah refrained from attacking Haifa during the first months of the conflict.",
      rejected: [.negated]),
    EventCase(
      "no rockets were fired",
      "No rockets were fired from Lebanon overnight, the Israeli military said.",
      rejected: [.negated]),
    EventCase(
      "have not attacked since a truce",
      "Iraqi factions have not attacked US forces since a truce took hold in February, two "
        + "officials said.",
      rejected: [.negated]),
    EventCase(
      "has never fired on",
      "The Iraqi army has never fired on Turkish troops in the Kurdistan region, officials in "
        + "Baghdad said.",
      rejected: [.negated]),
    EventCase(
      "neither … nor launched",
      "Neither Hezbollah nor the Houthis launched attacks on Israel on Monday, the army said.",
      rejected: [.negated]),
    EventCase(
      "did not strike X, but hit Y: only Y is an event",
      "Israel did not strike Iran's oil facilities, but its jets hit air defence batteries "
        + "near Isfahan.",
      rejected: [.negated],
      EventSpec(location: "Isfahan", country: "IR", modality: .asserted)),
    EventCase(
      "no casualties is not a negated attack",
      "A rocket fired from Lebanon hit an empty field near Safed, causing no casualties.",
      EventSpec(location: "Safed", weapon: "rocket", killed: .absent, injured: .absent)),
    EventCase(
      "strikes meant to deter attacks: the attacks are not events",
      "US jets struck militia depots near Al-Qaim on Friday in an effort to deter further "
        + "attacks on American troops.",
      EventSpec(attacker: "actor:us-military", location: "Al-Qaim")),
    EventCase(
      "patrols to prevent attacks: no event",
      "Police stepped up patrols around polling stations in Kirkuk to prevent attacks by "
        + "Islamic State cells.",
      events: 0, rejected: [.negated]),
    EventCase(
      "repelled an attack: the attack happened",
      "Kurdish forces repelled an attack by Islamic State fighters near Hasakah overnight.",
      EventSpec(location: "Al-Hasakah")),
    EventCase(
      "a cessation of hostilities is no event",
      "A cessation of hostilities between Israel and Hezbollah took effect on Wednesday "
        + "morning.",
      events: 0, rejected: [.negated]),
    EventCase(
      "fire that intensified is a trend, and 'the two sides' are no dead",
      "Israeli strikes killed four Hezbollah fighters in Markaba on Monday, as fire between the "
        + "two sides intensified.",
      events: 1,
      EventSpec(attacker: "state:IL", location: "Markaba", killed: 4)),
    EventCase(
      "a negated claim does not negate the attack it names",
      "No group has claimed the drone attack on a Greek-owned bulk carrier in the Red Sea on "
        + "Tuesday, which caused minor damage.",
      published: "2026-02-12",
      events: 1,
      EventSpec(
        attacker: .absent, location: "Red Sea", weapon: "drone", modality: .asserted,
        date: "2026-02-10")),
    EventCase(
      "no claim of responsibility is no claim",
      "There was no immediate claim of responsibility for the rocket attack on the Ain al-Asad "
        + "air base on Monday.",
      published: "2026-02-12",
      events: 1,
      EventSpec(weapon: "rocket", modality: .asserted, date: "2026-02-09")),
    EventCase(
      "nobody claiming a bombing leaves it asserted",
      "Nobody claimed responsibility for the explosion that hit a market in Baghdad on Sunday, "
        + "killing five people.",
      published: "2026-02-12",
      events: 1,
      EventSpec(location: "Baghdad", killed: 5, modality: .asserted, date: "2026-02-08")),
    EventCase(
      "an attack no group has claimed takes no attacker from the topic",
      "The Houthis fired two missiles at a tanker in the Gulf of Aden on Monday.\nNo group has "
        + "claimed a drone attack on a bulk carrier in the Red Sea on Tuesday.",
      published: "2026-02-12",
      events: 2,
      EventSpec(attacker: "actor:houthis", location: "Gulf of Aden"),
      EventSpec(attacker: .absent, location: "Red Sea", weapon: "drone")),
    EventCase(
      "denying firing a rocket negates the firing and the hit",
      "Hezbollah has denied firing the rocket that hit the football pitch in Majdal Shams.",
      published: "2024-07-31",
      rejected: [.negated]),
  ]

  @Test(arguments: cases)
  func negation(_ testCase: EventCase) throws { try verify(testCase) }
}
