import SalvoModel
import Testing

/// Which real place a name is, decided from the article around it.
@Suite("Place resolution in context")
struct PlaceResolutionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    let country: String?
    var id: String? = nil
    var testDescription: String { "\(surface) in “\(text.prefix(60))”" }
  }

  static let cases: [Case] = [
    Case(
      text: "Israeli jets struck a weapons depot near Homs in central Syria overnight.",
      surface: "Homs", country: "SY"),
    Case(
      text: "Clashes broke out in Homs, Libya, between two rival brigades on Friday.",
      surface: "Homs", country: "LY"),
    Case(
      text: "Gunmen opened fire at a checkpoint in Tripoli, Lebanon, wounding two soldiers.",
      surface: "Tripoli", country: "LB"),
    Case(
      text: "Rival Libyan militias fought near Tripoli's international airport for a third day.",
      surface: "Tripoli's", country: "LY"),
    Case(
      text: "Lebanese troops deployed in Tripoli after a drone strike on a car.",
      surface: "Tripoli", country: "LB"),
    Case(
      text: "Syrian state media said air defences were activated over Damascus.",
      surface: "Damascus", country: "SY"),
    Case(
      text: "Jordan's army said it shot down two drones that crossed from Syria.",
      surface: "Jordan's", country: "JO"),
    Case(
      text: "Rockets landed near the town of Hit in Anbar province, police said.",
      surface: "Hit", country: "IQ"),
    Case(
      text: "The convoy was attacked on the road to Deir Ezzor on Wednesday.",
      surface: "Deir Ezzor", country: "SY"),
    Case(
      text: "Kurdish forces pushed into Deir ez-Zor after days of fighting.",
      surface: "Deir ez-Zor", country: "SY"),
    Case(
      text: "Residents of Deir al-Zour reported loud explosions before dawn.",
      surface: "Deir al-Zour", country: "SY"),
    Case(
      text: "Syrian state media said strikes near Deir el-Zour killed several people.",
      surface: "Deir el-Zour", country: "SY"),
    Case(
      text: "An airstrike flattened a building in the Mezzeh district of the capital.",
      surface: "Mezzeh", country: "SY", id: "salvo:mezzeh"),
    Case(
      text: "Smoke rose over al-Mazzeh after the explosion, witnesses said.",
      surface: "al-Mazzeh", country: "SY", id: "salvo:mezzeh"),
    Case(
      text: "Two rockets struck the Asad base, which hosts American troops.",
      surface: "Asad base", country: "IQ", id: "salvo:ain-al-asad-air-base"),
    Case(
      text: "A drone attack targeted Ain al-Asad air base in the western desert.",
      surface: "Ain al-Asad air base", country: "IQ", id: "salvo:ain-al-asad-air-base"),
    Case(
      text: "Militants fired mortars at the Conoco gas field east of the Euphrates.",
      surface: "Conoco gas field", country: "SY", id: "salvo:conoco-gas-field"),
    Case(
      text: "Houthi forces fired a missile at a tanker in the Bab al-Mandab strait.",
      surface: "Bab al-Mandab strait", country: nil),
    Case(
      text: "Shipping through the Red Sea has fallen by half since the attacks began.",
      surface: "Red Sea", country: nil),
    Case(
      text: "Israeli troops shelled villages on the slopes of the Golan Heights.",
      surface: "Golan Heights", country: "SY", id: "salvo:golan-heights"),
    Case(
      text: "Iran's foreign minister condemned the strike on the consulate.",
      surface: "Iran's", country: "IR"),
    Case(
      text: "Fighting spread across western Syria as the offensive widened.",
      surface: "western Syria", country: "SY"),
    Case(
      text: "Air raid sirens sounded across southern Israel on Saturday morning.",
      surface: "southern Israel", country: "IL"),
    Case(
      text: "A car bomb exploded near a market in Baghdad's Sadr City.",
      surface: "Baghdad's", country: "IQ"),
    Case(
      text: "Turkish drones struck a vehicle near Qamishli in northeast Syria.",
      surface: "Qamishli", country: "SY"),
    Case(
      text: "The port of Hodeidah remained closed after the airstrikes.",
      surface: "Hodeidah", country: "YE"),
    Case(
      text: "Protesters marched in Erbil, the capital of the Kurdistan Region.",
      surface: "Erbil", country: "IQ"),
    // A governorate named after its seat: the bare name is the city, the spelled-out one the
    // governorate.
    Case(
      text: "Israeli forces raided Jenin before dawn, the Palestinian health ministry said.",
      surface: "Jenin", country: "PS", id: "geonames:283506"),
    Case(
      text: "Settlers set fire to cars in a village south of Nablus overnight.",
      surface: "Nablus", country: "PS", id: "geonames:282615"),
    Case(
      text: "A drone struck a car on the outskirts of Idlib city, killing two men.",
      surface: "Idlib", country: "SY", id: "geonames:169389"),
    Case(
      text: "Russian jets carried out dozens of raids across Idlib province last week.",
      surface: "Idlib province", country: "SY", id: "iso3166-2:SY-ID"),
    Case(
      text: "Houthi fighters attacked government positions in Marib on Tuesday.",
      surface: "Marib", country: "YE", id: "geonames:72968"),
    Case(
      text: "BAGHDAD — The U.S. said it had not been involved in the strike.",
      surface: "U.S.", country: "US"),
    Case(
      text: "Officials said: A U.S. drone struck the vehicle near the airport.",
      surface: "U.S.", country: "US"),
    Case(
      text:
        "Israeli jets struck Hezbollah infrastructure in the areas of Aita al-Shaab and Yaroun.",
      surface: "Aita al-Shaab", country: "LB"),
    Case(
      text: "An anti-tank missile fired from Lebanon hit a home in Zar'it, the army said.",
      surface: "Zar'it", country: "IL"),
    Case(
      text: "Al-Masirah reported two air strikes on the Ras Isa oil terminal in Hodeidah.",
      surface: "Ras Isa oil terminal", country: "YE", id: "salvo:ras-isa-port"),
    // Provinces of other wars, as the press names them; the namesake city stays the city.
    Case(
      text: "Russian drones attacked energy facilities in the Kherson region overnight.",
      surface: "Kherson region", country: "UA", id: "iso3166-2:UA-65"),
    Case(
      text: "Russian shelling killed two people in the city of Kherson on Monday.",
      surface: "Kherson", country: "UA", id: "geonames:706448"),
    Case(
      text: "Gunmen killed 12 villagers in Borno State, police said on Tuesday.",
      surface: "Borno State", country: "NG", id: "iso3166-2:NG-BO"),
    Case(
      text: "M23 rebels shelled a camp for displaced people in North Kivu province.",
      surface: "North Kivu province", country: "CD", id: "iso3166-2:CD-NK"),
    Case(
      text: "Drones hit an oil depot in Russia's Belgorod region, the governor said.",
      surface: "Belgorod region", country: "RU", id: "iso3166-2:RU-BEL"),
    Case(
      text: "Gang members stormed the town of Pont-Sonde in the Artibonite department.",
      surface: "Pont-Sonde", country: "HT", id: "salvo:pont-sonde"),
    // Engels, a larger Russian city, was once called Pokrovsk: the city of that name wins.
    Case(
      text: "Russian missiles struck Pokrovsk in Ukraine's eastern Donetsk region overnight.",
      surface: "Pokrovsk", country: "UA", id: "geonames:704422"),
    // Dibba Al-Fujairah also goes by "Fujairah"; the emirate's capital is the city so named.
    Case(
      text: "A drone hit a tanker off Fujairah, United Arab Emirates, on Friday.",
      surface: "Fujairah", country: "AE", id: "geonames:292878"),
  ]

  @Test func aSponsorIsNoContextAndACapitalOutranksAVillage() throws {
    let sponsored = try found(
      "An explosion at a depot used by Iran-backed militias near Baghdad killed one fighter.")
    #expect(sponsored.contains { $0.surface == "Baghdad" && $0.detail == "IQ" })
    let named = try found(
      "Iran condemned the strike. A drone hit a convoy near Baghdad on Sunday, Iran said.")
    #expect(named.contains { $0.surface == "Baghdad" && $0.detail == "IQ" })
  }

  @Test func bareDirectionIsARegionOfTheCountryInContext() throws {
    let mentions = try found(
      "Lebanon said two soldiers were wounded by shelling in the south on Sunday.")
    let region = try #require(mentions.first { $0.surface == "south" })
    #expect(region.kind == .place && region.detail == "LB")
    #expect(
      try found("Heavy rain fell in the north overnight.").filter { $0.kind == .place }.isEmpty)
  }

  @Test func directionAdjectiveTakesTheDemonymAfterItOrNamesNoRegion() throws {
    let nigeria = try found(
      "Gunmen in Lebanon and in the northern Nigerian state of Zamfara attacked villages.")
    let north = try #require(nigeria.first { $0.surface == "northern" })
    #expect(north.kind == .place && north.detail == "NG")
    let homs = try found("Syria said an Israeli strike hit a house in the central city of Homs.")
    #expect(!homs.contains { $0.surface == "central" })
    #expect(homs.contains { $0.surface == "Homs" && $0.kind == .place })
    let areas = try found("Lebanon said shelling hit homes in the southern areas on Sunday.")
    let region = try #require(areas.first { $0.surface == "southern" })
    #expect(region.kind == .place && region.detail == "LB")
  }

  @Test func relativeDirectionKeepsThePlace() throws {
    let mentions = try found("A US strike south of Baghdad killed four militia members.")
    let region = try #require(mentions.first { $0.surface == "south of" })
    #expect(region.kind == .place && region.detail == "IQ")
    #expect(region.id?.hasSuffix("#south-of") == true)
    #expect(mentions.contains { $0.surface == "Baghdad" && $0.kind == .place })
  }

  @Test(arguments: cases)
  func resolves(_ testCase: Case) throws {
    let mentions = try found(testCase.text).filter { $0.kind == .place }
    let match = try #require(
      mentions.first { $0.surface == testCase.surface },
      "no place \(testCase.surface) in \(mentions)")
    #expect(match.detail == testCase.country)
    if let id = testCase.id { #expect(match.id == id) }
  }
}

/// Names that contain a toponym or look like one but are not places here.
@Suite("Not places")
struct NotPlaceTests {
  static let cases: [(text: String, notPlace: String)] = [
    ("Vice-President Kamala Harris said the talks would continue.", "Harris"),
    ("Hassan Nasrallah addressed supporters in a televised speech.", "Hassan"),
    ("Basketball legend Michael Jordan attended the charity match.", "Jordan"),
    ("Analysts at the Washington Institute said the attacks were escalating.", "Washington"),
    ("The Yemen Data Project counted more than 20,000 air raids.", "Yemen"),
    ("The Institute for National Security Studies published a report.", "National"),
    ("Al Mayadeen reported that the base had been hit.", "Al Mayadeen"),
    ("Hamas said its fighters had ambushed an army patrol.", "Hamas"),
    ("The missiles hit a warehouse and a fuel depot.", "hit"),
    ("Please give us more time, the minister said.", "us"),
    ("It is unclear who fired the rockets.", "is"),
    ("More than a dozen rockets were fired overnight.", "More"),
    ("Since March, the militia has claimed dozens of attacks.", "Since"),
    ("[An] internal review found no violations.", "An"),
    ("Saddam Hussein's forces fired Scud missiles during the 1991 Gulf War.", "Gulf"),
    ("Shipping lines have rerouted vessels around Africa since December.", "Africa"),
    ("The drones were made with parts from suppliers in Asia.", "Asia"),
    ("The USS Carney shot down four drones over the Red Sea.", "Carney"),
    ("The tanker MV Marlin Luanda caught fire after a missile hit it.", "Luanda"),
    ("The Houthis fired missiles at the container ship MSC Aurora on Friday.", "Aurora"),
    ("Jihadists killed 15 villagers in Solhan, in northern Burkina Faso, on Tuesday.", "Solhan"),
    ("A drone struck the Greek-flagged tanker Sounion off Hodeidah.", "Sounion"),
    ("Hezbollah said it had targeted the Ruwaisat al-Alam site with rockets.", "Alam"),
    (
      "Israeli aircraft struck a militant cell in the Far'a refugee camp near Tubas in the "
        + "occupied West Bank.", "Far'a"
    ),
    ("Police spokesman Abdifatah Adan Hassan gave a toll of 32 dead.", "Hassan"),
    ("Survivor Hassan Farah said he had been sitting over coffee with friends.", "Farah"),
    ("Survivor Hassan Farah said he had been sitting over coffee with friends.", "Hassan"),
    (
      "Police spokesman Abdifatah Adan Hassan gave a toll of 32 dead.\n\nHassan said one "
        + "soldier was killed in the shootout.", "Hassan"
    ),
  ]

  @Test(arguments: cases)
  func isNotAPlace(text: String, notPlace: String) throws {
    let places = try found(text).filter { $0.kind == .place }.map(\.surface)
    #expect(!places.contains(notPlace), "\(notPlace) was tagged as a place in \(places)")
  }

  @Test func aCountryBeforeATitleIsNoPersonsNameLater() throws {
    let places = try found(
      "U.S. Defense Secretary Lloyd Austin spoke on Monday.\n\n\"We will act,\" Austin said. "
        + "U.S. forces in Iraq have come under attack."
    ).filter { $0.kind == .place }.map(\.surface)
    #expect(places == ["U.S.", "Iraq"])
  }

  @Test func aNameWordIsStillAPlaceAfterALocative() throws {
    let places = try found(
      "Provincial spokesman Ali Farah said the fighting in Farah had stopped by Monday."
    ).filter { $0.kind == .place }.map(\.surface)
    #expect(places == ["Farah"])
  }

  @Test func aSmallTownAbroadStaysWhenTheArticleNamesNoOtherCountry() throws {
    let places = try found("Gunmen attacked an army post near Kidal on Sunday.")
      .filter { $0.kind == .place }.map(\.surface)
    #expect(places.contains("Kidal"))
  }

  @Test func frontLineTownsOfOtherWarsAreKnown() throws {
    let text = """
      Russian forces shelled Chasiv Yar and Kostiantynivka overnight, the governor said, \
      while Ukrainian troops held positions near Sudzha.
      """
    let places = try found(text).filter { $0.kind == .place }
    #expect(places.map(\.surface) == ["Chasiv Yar", "Kostiantynivka", "Sudzha"])
    #expect(places.map(\.detail) == ["UA", "UA", "RU"])
  }

  @Test func aTownOfFiftyThousandStaysWhereOnlyTheAttackersCountryIsNamed() throws {
    let places = try found("Russian missiles struck Kostiantynivka on Monday.")
      .filter { $0.kind == .place }
    #expect(places.map(\.surface) == ["Kostiantynivka"])
  }

  @Test func aSmallTownKeepsNoNameOfABiggerPlace() throws {
    // "Paris" and "New York" are also aliases of Ukrainian villages and "Chad" of a
    // Russian one; in a Ukraine story they still name France's capital, the US city
    // and the country.
    let text = """
      Ukraine's foreign minister flew to Paris and New York after drones hit Kharkiv, \
      a week after talks with Chad.
      """
    let places = try found(text).filter { $0.kind == .place }
    #expect(places.map(\.surface) == ["Ukraine's", "Paris", "New York", "Kharkiv", "Chad"])
    #expect(places.map(\.detail) == ["UA", "FR", "US", "UA", "TD"])
  }

  @Test func aPlaceAfterAShipNounInATitleCaseHeadlineIsStillAPlace() throws {
    let text = "Drones Target a Naval Vessel Near Yarmouk\nDrones hit a vessel near Yarmouk."
    let places = try found(text, headline: true).filter { $0.kind == .place }.map(\.surface)
    #expect(places.filter { $0 == "Yarmouk" }.count == 2)
  }

  @Test func titleCaseHeadlineWordIsNotATown() throws {
    let text =
      "Drones Hit Base Near Erbil\nDrones struck a base near Erbil on Sunday, officials said."
    let places = try found(text, headline: true).filter { $0.kind == .place }.map(\.surface)
    #expect(!places.contains("Hit"))
    #expect(places.filter { $0 == "Erbil" }.count == 2)
  }
}
