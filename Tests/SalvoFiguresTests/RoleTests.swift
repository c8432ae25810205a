import SalvoModel
import Testing

@Suite("Units and roles")
struct RoleTests {
  static let units: [CountCase] = [
    CountCase(
      "The strike killed ⟦two aid workers⟧ in the town.", 2, unit: "aid worker", role: .killed),
    CountCase(
      "Shelling wounded ⟦five journalists⟧ near the front.", 5, unit: "journalist", role: .injured),
    CountCase(
      "⟦Eight soldiers⟧ were killed when their convoy was ambushed.", 8, unit: "person",
      role: .killed),
    CountCase("The raid killed ⟦nine militants⟧, the army said.", 9, unit: "person", role: .killed),
    CountCase("⟦Four Israelis⟧ were wounded by shrapnel.", 4, unit: "person", role: .injured),
    CountCase(
      "Gunmen killed ⟦two police officers⟧ at a checkpoint.", 2, unit: "person", role: .killed),
    CountCase("⟦Three medics⟧ died when the ambulance was hit.", 3, unit: "medic", role: .killed),
    CountCase(
      "The barrage damaged ⟦seven homes⟧ in the village.", 7, unit: "building", role: .other),
    CountCase("Medics treated ⟦40 people⟧ for smoke inhalation.", 40, unit: "person", role: .other),
    CountCase(
      "The attack caused ⟦23 casualties⟧ among the crew.", 23, unit: "casualty",
      role: .casualties),
    CountCase("The ministry reported ⟦12 deaths⟧ in the north.", 12, unit: "person", role: .killed),
    CountCase(
      "Doctors reported ⟦35 injuries⟧ after the blast.", 35, unit: "person", role: .injured),
    CountCase(
      "The convoy carried ⟦18 anti-tank missiles⟧ across the border.", 18,
      unit: "anti-tank missile"),
    CountCase(
      "Militants fired ⟦30 rocket and mortar shells⟧ at the settlement.", 30, unit: "shell"),
    CountCase(
      "Jets struck ⟦nine weapons depots⟧ overnight.", 9, unit: "depot", role: .other),
    CountCase(
      "The strike killed two generals and ⟦five other officers⟧ of the Guards.", 5,
      unit: "person", role: .killed, others: 1),
    CountCase(
      "The ministry said ⟦three more soldiers⟧ were wounded overnight.", 3, unit: "person",
      role: .injured),
    CountCase(
      "Israeli strikes killed four fighters on Monday, as fire between ⟦the two sides⟧ "
        + "intensified.", 2, unit: "side", role: .other, others: 1),
  ]

  @Test(arguments: units)
  func unitsAndLemmas(_ testCase: CountCase) throws { try check(testCase) }

  static let roles: [CountCase] = [
    CountCase(
      "Israeli strikes killed ⟦at least 12 people⟧ overnight.", 12, .atLeast, unit: "person",
      role: .killed, low: 12),
    CountCase(
      "The drone attack injured ⟦17 workers⟧ at the plant.", 17, unit: "worker",
      role: .injured),
    CountCase(
      "⟦Up to 25 people⟧ were killed or wounded in the blasts.", 25, .upTo, unit: "person",
      role: .killedOrInjured, high: 25),
    CountCase(
      "The explosion left ⟦five dead⟧ and dozens wounded.", 5, unit: "person", role: .killed,
      others: 1),
    CountCase(
      "The explosion left five dead and ⟦dozens wounded⟧.", nil, .vague, unit: "person",
      role: .injured, others: 1),
    CountCase(
      "The bombing ⟦killed 14⟧ and wounded 30, officials said.", 14, unit: "person",
      role: .killed, others: 1),
    CountCase(
      "The bombing killed 14 and ⟦wounded 30⟧, officials said.", 30, unit: "person",
      role: .injured, others: 1),
    CountCase("⟦Nine people⟧ died after the shelling.", 9, unit: "person", role: .killed),
    CountCase(
      "A drone strike wounded ⟦two Americans⟧ at the base.", 2, unit: "person", role: .injured),
    CountCase("⟦Six killed⟧ in overnight strike on village.", 6, unit: "person", role: .killed),
    CountCase("The death toll rose to ⟦31⟧ on Friday.", 31, unit: "person", role: .killed),
    CountCase(
      "The death toll from the market bombing climbed to ⟦47⟧.", 47, unit: "person",
      role: .killed),
    CountCase(
      "The number of people killed by Saturday's missile strike on the railway station in "
        + "Kramatorsk has risen to ⟦61⟧, officials said.", 61, unit: "person", role: .killed),
    CountCase(
      "The number of people wounded in the bombing of the market in the city centre reached "
        + "⟦112⟧ on Monday.", 112, unit: "person", role: .injured),
    CountCase(
      "Three militants killed ⟦two soldiers⟧ in the clash.", 2, unit: "person", role: .killed,
      others: 1),
    CountCase(
      "⟦Three militants⟧ killed two soldiers in the clash.", 3, unit: "person", role: .other,
      others: 1),
    CountCase(
      "The strike killed a commander, his driver and ⟦two bodyguards⟧.", 2, unit: "bodyguard",
      role: .killed),
    CountCase(
      "Israeli fire killed ⟦three Palestinians⟧ and wounded 12 others near the fence.", 3,
      unit: "person", role: .killed, others: 1),
    CountCase(
      "Israeli fire killed three Palestinians and wounded ⟦12 others⟧ near the fence.", 12,
      unit: "person", role: .injured, others: 1),
    CountCase(
      "⟦Two soldiers⟧ and three civilians were killed in the blast.", 2, unit: "person",
      role: .killed, others: 1),
    CountCase(
      "Two soldiers and ⟦three civilians⟧ were killed in the blast.", 3, unit: "civilian",
      role: .killed, others: 1),
    CountCase(
      "A suicide bomber killed ⟦at least 40 worshippers⟧ at the mosque.", 40, .atLeast,
      unit: "worshipper", role: .killed, low: 40),
    CountCase("The raid left ⟦seven wounded⟧.", 7, unit: "person", role: .injured),
    CountCase("Police said ⟦15 people⟧ were hurt.", 15, unit: "person", role: .injured),
    CountCase("Gunmen ⟦wounded 11⟧ at a wedding.", 11, unit: "person", role: .injured),
    CountCase(
      "The missile ⟦killed at least eight⟧ in the square.", 8, .atLeast, unit: "person",
      role: .killed, low: 8),
    CountCase(
      "Israeli Strikes Kill ⟦12 People⟧ in Gaza", 12, unit: "person", role: .killed),
    CountCase(
      "The blast resulted in the deaths of ⟦four guards⟧.", 4, unit: "person", role: .killed),
    CountCase(
      "⟦Five soldiers⟧ were reportedly killed in the ambush.", 5, unit: "person",
      role: .killed),
    CountCase(
      "The strikes killed and injured ⟦about 60 people⟧ in the camp.", 60, .approx,
      unit: "person", role: .killedOrInjured),
    CountCase(
      "Fighters ambushed the patrol, killing ⟦three conscripts⟧.", 3, unit: "conscript",
      role: .killed),
    CountCase(
      "The attack on the camp injured ⟦a dozen people⟧.", 12, unit: "person", role: .injured),
  ]

  @Test(arguments: roles)
  func casualtyRoles(_ testCase: CountCase) throws { try check(testCase) }

  static let occurrences: [CountCase] = [
    CountCase("Militants have attacked the base ⟦three times⟧ in a month.", 3, unit: "attack"),
    CountCase("Israel has bombed the port ⟦twice⟧, officials said.", 2, unit: "strike"),
    CountCase("Drones hit the refinery ⟦once⟧ in June.", 1, unit: "strike"),
    CountCase("The navy has fired on the vessel ⟦four times⟧.", 4, unit: "launch"),
    CountCase(
      "U.S. forces have been attacked ⟦more than 160 times⟧ since October.", 160, .moreThan,
      unit: "attack", low: 160),
    CountCase(
      "Militias have struck the base ⟦at least 12 times⟧.", 12, .atLeast, unit: "strike", low: 12),
    CountCase(
      "Houthi forces have attacked ships in the Red Sea on ⟦28 occasions⟧ since November.", 28,
      unit: "attack"),
  ]

  @Test(arguments: occurrences)
  func occurrenceCounts(_ testCase: CountCase) throws { try check(testCase) }
}
