import SalvoModel
import Testing

/// Attributions the article reports as a belief or suspicion make the event suspected.
@Suite("Events: suspicion")
struct SuspicionTests {
  static let cases: [EventCase] = [
    EventCase(
      "the party accused of shelling is its suspected attacker, not the accuser",
      "The RSF denied any role and accused the Sudanese army of shelling the displacement camps "
        + "near the city on Friday.",
      published: "2024-05-04",
      EventSpec(
        attacker: "actor:sudanese-armed-forces", modality: .suspected, date: "2024-05-03")),
    EventCase(
      "the party blamed for an attack is its suspected attacker",
      "The Pentagon has blamed the Islamic Resistance in Iraq for the Jan. 28 drone attack on "
        + "Tower 22.",
      published: "2024-02-03",
      EventSpec(
        attacker: "actor:islamic-resistance-in-iraq", location: "Tower 22", modality: .suspected,
        date: "2024-01-28")),
    EventCase(
      "is suspected of carrying out",
      "Israel is suspected of carrying out an airstrike that killed a senior Revolutionary "
        + "Guards adviser in Sayyida Zeinab, south of Damascus.",
      EventSpec(
        attacker: "state:IL", location: "Sayyida Zeinab", weapon: "airstrike",
        modality: .suspected)),
    EventCase(
      "in an attack widely believed to have been carried out by",
      "Explosions rocked an Iran-backed militia base in Albu Kamal overnight, in an attack "
        + "widely believed to have been carried out by Israel.",
      EventSpec(attacker: "state:IL", location: "Abu Kamal", modality: .suspected)),
    EventCase(
      "was widely believed to have been caused by",
      "A blast at a Popular Mobilization Forces depot near Hilla was widely believed to have "
        + "been caused by an Israeli drone strike.",
      EventSpec(
        attacker: "state:IL", target: "actor:pmf", location: "Hillah", weapon: "drone",
        modality: .suspected)),
    EventCase(
      "officials believe it was launched by",
      "US officials believe the drone that hit Tower 22 was launched by Kataib Hezbollah.",
      EventSpec(
        attacker: "actor:kataib-hezbollah", location: "Tower 22", country: "JO", weapon: "drone",
        modality: .suspected)),
    EventCase(
      "believed to have been carried out by",
      "A convoy of trucks near Al-Qaim was hit by an airstrike believed to have been carried "
        + "out by US aircraft.",
      EventSpec(
        attacker: "actor:us-military", location: "Al-Qaim", weapon: "airstrike",
        modality: .suspected)),
    EventCase(
      "a suspected Israeli drone strike",
      "A suspected Israeli drone strike killed two men in a car near Tyre, Lebanese security "
        + "sources said.",
      EventSpec(
        attacker: "state:IL", location: "Tyre", weapon: "drone", killed: 2,
        modality: .suspected)),
    EventCase(
      "without a suspicion cue it stays asserted",
      "Israeli aircraft struck a truck carrying weapons near the Syrian border town of Qusayr.",
      EventSpec(attacker: "actor:idf", location: "Al-Qusayr", modality: .asserted)),
    EventCase(
      "suspected positions are no suspected strike",
      "Turkish warplanes bombed suspected PKK positions in the Qandil mountains on Saturday.",
      EventSpec(attacker: "actor:turkish-armed-forces", modality: .asserted)),
    EventCase(
      "an apparent strike is suspected",
      "An apparent Israeli drone strike hit a car near Tyre on Monday.",
      EventSpec(location: "Tyre", modality: .suspected)),
    EventCase(
      "a passive in the subject phrase is the launch of the weapon that struck",
      "A drone believed to have been launched by an Iran-backed militia struck the Khor Mor gas "
        + "field on Monday, halting production, officials said.",
      events: 1,
      EventSpec(
        attacker: "actor:iran-backed-militias", location: "Khor Mor gas field",
        modality: .suspected, date: "2024-08-05")),
    EventCase(
      "attacks blamed on a group are its suspected attacks, not attacks on it",
      "No group immediately claimed responsibility, but U.S. officials have blamed previous "
        + "attacks on Kataib Hezbollah.",
      EventSpec(attacker: "actor:kataib-hezbollah", target: .absent, modality: .suspected)),
    EventCase(
      "a party blamed for attacks told before is their suspected attacker",
      "Drones struck Port Sudan's international airport and a fuel depot early on Tuesday, "
        + "witnesses said. The army-aligned government has blamed the paramilitary Rapid Support "
        + "Forces (RSF) for the wave of attacks, which began on Sunday.",
      published: "2025-05-06",
      events: 1,
      EventSpec(
        attacker: "actor:rsf", location: "Port Sudan", weapon: "drone", modality: .suspected,
        date: "2025-05-06", evidence: 2)),
    EventCase(
      "a party blamed for a massacre by gunmen restates the massacre, not the last attack",
      "Pakistani troops shelled villages in Poonch on Tuesday, killing 15 civilians. The crisis "
        + "began on April 22, when gunmen killed 26 people in Pahalgam. New Delhi blamed "
        + "Pakistan-based groups for the massacre.",
      published: "2025-05-07",
      events: 2,
      EventSpec(killed: 15, modality: .asserted, evidence: 1),
      EventSpec(killed: 26, date: "2025-04-22", evidence: 2)),
    EventCase(
      "blaming a party for attacks no sentence told is no event",
      "Kyiv has blamed Russia for the blasts, which began on Sunday. Officials gave no details.",
      published: "2025-05-06",
      events: 0,
      rejected: [.unanchored]),
  ]

  @Test(arguments: cases)
  func suspicion(_ testCase: EventCase) throws { try verify(testCase) }
}
