import SalvoModel
import Testing

/// An -ing participle set off by a comma after a clause with no trigger of its own tells
/// what the clause's subject did, where the clause says; a participle after a trigger keeps
/// the attacker of that trigger's frame.
@Suite("Events: participial adjuncts")
struct ParticipleAdjunctTests {
  static let cases: [EventCase] = [
    EventCase(
      "stepped up its campaign in Syria, targeting",
      "Israel has stepped up its campaign in Syria, targeting weapons depots and supply routes "
        + "used by Iranian-backed groups.",
      EventSpec(kind: .aggregate, attacker: "state:IL", location: "Syria")),
    EventCase(
      "pressed the offensive overnight, striking",
      "Russian forces pressed their offensive near Kharkiv overnight, striking power stations "
        + "with drones and missiles.",
      EventSpec(location: "Kharkiv", weapon: "drone")),
    EventCase(
      "the subject, not a place after it",
      "The Houthis escalated their campaign in the Red Sea on Tuesday, attacking a "
        + "Greek-owned tanker.",
      EventSpec(kind: .incident, attacker: "actor:houthis", location: "Red Sea")),
    EventCase(
      "a scene-setting place is no subject",
      "In southern Lebanon, Hezbollah widened its operations on Sunday, firing rockets at "
        + "Kiryat Shmona.",
      EventSpec(attacker: "actor:hezbollah", weapon: "rocket")),
    EventCase(
      "a participle with no comma is a modifier",
      "Footage showed a drone targeting a car near Tyre on Thursday.",
      EventSpec(attacker: .absent, location: "Tyre")),
    EventCase(
      "responded by firing: the subject of the clause",
      "Hezbollah responded on Saturday by firing anti-tank missiles at an army post near "
        + "Metula.",
      EventSpec(attacker: "actor:hezbollah", location: "Metula")),
    EventCase(
      "an armed group right before the participle",
      "Residents filmed Houthi fighters firing at a merchant ship in the Red Sea on Sunday.",
      EventSpec(attacker: "actor:houthis", location: "Red Sea")),
    EventCase(
      "a pledge before the participle does not block it",
      "Kataib Hezbollah pledged support for Hamas, targeting US bases in Syria with drones.",
      EventSpec(attacker: "actor:kataib-hezbollah", location: "Syria", weapon: "drone")),
  ]

  @Test(arguments: cases)
  func adjunct(_ testCase: EventCase) throws { try verify(testCase) }
}
