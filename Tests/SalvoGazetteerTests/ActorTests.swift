import SalvoModel
import Testing

/// Armed groups, militaries and governments, named or described.
@Suite("Actors")
struct ActorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    let id: String
    var country: String? = nil
    var testDescription: String { "\(surface) in “\(text.prefix(60))”" }
  }

  static let cases: [Case] = [
    Case(
      text: "The banned Balochistan Liberation Army (BLA) claimed the station bombing.",
      surface: "Balochistan Liberation Army", id: "actor:bla"),
    Case(
      text: "Police said the BLA had planted the bomb under the bridge.", surface: "BLA",
      id: "actor:bla"),
    Case(
      text: "Indian officials blamed Lashkar-e-Taiba for the attack in Pahalgam.",
      surface: "Lashkar-e-Taiba", id: "actor:lashkar-e-taiba"),
    Case(
      text: "ELN guerrillas attacked a military base in Catatumbo.", surface: "ELN",
      id: "actor:eln"),
    Case(
      text: "Rebels of the Allied Democratic Forces killed villagers in Ituri.",
      surface: "Allied Democratic Forces", id: "actor:adf"),
    Case(
      text: "Hamas-led fighters attacked southern Israel on Oct. 7.", surface: "Hamas-led fighters",
      id: "actor:hamas"),
    Case(
      text: "Houthi-led forces shelled government positions near Taiz.",
      surface: "Houthi-led forces", id: "actor:houthis"),
    Case(
      text: "Kata'ib Hizballah denied any role in the drone attack.", surface: "Kata'ib Hizballah",
      id: "actor:kataib-hezbollah"),
    Case(
      text: "A statement from Kataib Hezbollah announced a pause in operations.",
      surface: "Kataib Hezbollah", id: "actor:kataib-hezbollah"),
    Case(
      text: "U.S. officials blamed KH for the rocket fire.", surface: "KH",
      id: "actor:kataib-hezbollah"),
    Case(
      text: "Ansar Allah said it had targeted a commercial vessel.", surface: "Ansar Allah",
      id: "actor:houthis"),
    Case(
      text: "Houthi rebels claimed a missile launch toward Eilat.", surface: "Houthi rebels",
      id: "actor:houthis"),
    Case(
      text: "Hizbullah fighters clashed with troops near the border.",
      surface: "Hizbullah fighters",
      id: "actor:hezbollah"),
    Case(
      text: "Units of the Hashd al-Shaabi were deployed to the border crossing.",
      surface: "Hashd al-Shaabi", id: "actor:pmf"),
    Case(
      text: "Harakat al-Nujaba threatened to expand its operations.", surface: "Harakat al-Nujaba",
      id: "actor:harakat-al-nujaba"),
    Case(
      text: "The Revolutionary Guards said the launch was a warning.",
      surface: "Revolutionary Guards", id: "actor:irgc"),
    Case(
      text: "A commander of the Quds Force was killed in the strike.", surface: "Quds Force",
      id: "actor:quds-force"),
    Case(
      text: "Daesh claimed responsibility for the bombing in Kirkuk.", surface: "Daesh",
      id: "actor:isis"),
    Case(
      text: "IS fighters attacked a checkpoint in the desert.", surface: "IS fighters",
      id: "actor:isis"),
    Case(
      text: "The IDF said it intercepted a drone launched from the east.", surface: "IDF",
      id: "actor:idf"),
    Case(
      text: "Israeli special forces raided a facility near the border.",
      surface: "special forces", id: "actor:idf", country: "IL"),
    Case(
      text: "US warplanes struck depots used by the militias.", surface: "warplanes",
      id: "actor:us-military", country: "US"),
    Case(
      text: "CENTCOM said the strikes hit command centres.", surface: "CENTCOM",
      id: "actor:centcom"),
    Case(
      text: "Iran-backed militias in Iraq have claimed dozens of attacks.", surface: "militias",
      id: "actor:iran-backed-iraqi-militias", country: "IQ"),
    Case(
      text: "Iran-aligned militias stepped up their attacks this week.", surface: "militias",
      id: "actor:iran-backed-militias"),
    Case(
      text: "Iranian proxies across the region have been put on alert.", surface: "proxies",
      id: "actor:iran-backed-militias"),
    Case(
      text: "Militias backed by Iran fired rockets at the base.", surface: "Militias",
      id: "actor:iran-backed-militias"),
    Case(
      text: "A Syrian militia attacked a border post on Monday.", surface: "militia",
      id: "generic:militia", country: "SY"),
    Case(
      text: "Mali's junta said its forces had pushed the rebels back.", surface: "junta",
      id: "generic:military", country: "ML"),
    Case(
      text: "The ruling junta in Niger ordered the troops to withdraw.", surface: "ruling junta",
      id: "generic:military", country: "NE"),
    Case(
      text: "Iraqi Shi'ite armed factions vowed to continue the attacks.",
      surface: "Shi'ite armed factions", id: "generic:militia", country: "IQ"),
    Case(
      text: "U.S. officials said the drones were made in Iran.", surface: "officials",
      id: "actor:us-government", country: "US"),
    Case(
      text: "Pro-Iran groups claimed the attack on Telegram.", surface: "groups",
      id: "actor:iran-backed-militias"),
    Case(
      text: "Shelling by the paramilitary Rapid Support Forces killed 15 civilians.",
      surface: "Rapid Support Forces", id: "actor:rsf"),
    Case(
      text: "The Sudanese army said its aircraft struck RSF positions.",
      surface: "army", id: "actor:sudanese-armed-forces"),
    Case(
      text: "JNIM fighters ambushed a convoy near Kidal.", surface: "JNIM fighters",
      id: "actor:jnim"),
    Case(
      text: "M23 rebels shelled the outskirts of Goma.", surface: "M23 rebels", id: "actor:m23"),
    Case(
      text: "The TNLA said it had taken the town after a week of fighting.", surface: "TNLA",
      id: "actor:tnla"),
    Case(
      text: "Viv Ansanm gangs attacked the Solino neighbourhood overnight.",
      surface: "Viv Ansanm gangs", id: "actor:viv-ansanm"),
    Case(
      text: "Militants of the Islamic State in the Greater Sahara ambushed the convoy.",
      surface: "Islamic State in the Greater Sahara", id: "actor:is-sahel"),
    Case(
      text: "Ambazonian separatists set fire to a school near Bamenda.",
      surface: "Ambazonian separatists", id: "actor:ambazonia-defence-forces"),
    Case(
      text: "Dozens of Israeli settlers stormed the village of Jit.", surface: "settlers",
      id: "generic:militia", country: "IL"),
  ]

  @Test(arguments: cases)
  func resolves(_ testCase: Case) throws {
    let actors = try found(testCase.text).filter { $0.kind == .actor }
    let match = try #require(
      actors.first { $0.surface == testCase.surface }, "no actor \(testCase.surface) in \(actors)")
    #expect(match.id == testCase.id)
    if let country = testCase.country { #expect(match.detail == country) }
  }

  @Test func bareGroupIsNoActor() throws {
    let actors = try found("The groups met in a hotel to discuss the budget.").filter {
      $0.kind == .actor
    }
    #expect(actors.isEmpty)
  }
}

/// Demonyms and weapons.
@Suite("Demonyms and weapons")
struct LexiconTests {
  static let weapons: [(text: String, surface: String, weaponClass: String)] = [
    (
      "The IRGC fired ballistic missiles at the airbase.", "ballistic missiles", "ballistic missile"
    ),
    ("The militia launched one-way attack drones at the ship.", "one-way attack drones", "drone"),
    ("Debris of a Shahed-136 was found in the field.", "Shahed-136", "drone"),
    ("Katyusha rockets slammed into the Green Zone.", "Katyusha rockets", "rocket"),
    ("Two IEDs exploded next to the convoy.", "IEDs", "explosive"),
    ("A barrage of mortar shells hit the outpost.", "mortar shells", "mortar"),
  ]

  @Test(arguments: weapons)
  func weapon(text: String, surface: String, weaponClass: String) throws {
    let match = try #require(try found(text).first { $0.kind == .weapon && $0.surface == surface })
    #expect(match.detail == weaponClass)
  }

  static let demonyms: [(text: String, surface: String, country: String)] = [
    ("An Emirati official declined to comment.", "Emirati", "AE"),
    ("Two Lebanese soldiers were wounded.", "Lebanese", "LB"),
    ("Yemeni authorities said the port was damaged.", "Yemeni", "YE"),
    ("Americans were told to leave the country.", "Americans", "US"),
    // A town spelled like the demonym (Malyan in Iran) gives way to it.
    ("Militants ambushed a Malian army convoy near Kidal.", "Malian", "ML"),
  ]

  @Test func townSpelledLikeADemonymAfterALocative() throws {
    let match = try #require(
      try found("Fighting was reported in Berber on Sunday.").first {
        $0.surface == "Berber"
      })
    #expect(match.kind == .place)
  }

  @Test(arguments: demonyms)
  func demonym(text: String, surface: String, country: String) throws {
    let match = try #require(try found(text).first { $0.kind == .demonym && $0.surface == surface })
    #expect(match.detail == country)
  }

  @Test func mentionsDoNotOverlap() throws {
    let text = """
      Iran-backed Iraqi groups fired drones at U.S. forces in eastern Syria, and the \
      Islamic Resistance in Iraq claimed the attack on the al-Tanf garrison.
      """
    let mentions = try pipeline.analyze(
      Document(
        id: "t", path: "t.txt", format: .text, text: text,
        blocks: [TextRange(utf8Start: 0, utf8End: text.utf8.count)], contentHash: "")
    ).mentions
    for (first, second) in zip(mentions, mentions.dropFirst()) {
      #expect(first.range.utf8End <= second.range.utf8Start)
    }
    #expect(mentions.count >= 7)
  }
}
