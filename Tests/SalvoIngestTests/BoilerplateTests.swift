import Foundation
import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("Page furniture in article text")
struct BoilerplateTests {
  @Test("The checked-in lexicon loads, each cue normalized and located at its line")
  func lexiconLoads() throws {
    let lexicon = try BoilerplateLexicon.load(from: ingestGazetteers)
    let lines = try String(
      contentsOf: ingestGazetteers.appendingPathComponent("boilerplate.tsv"), encoding: .utf8
    ).split(separator: "\n", omittingEmptySubsequences: false)
    let dataLines = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    #expect(lexicon.cues.count == dataLines.count - 1)
    for cue in lexicon.cues {
      let number = try #require(Int(cue.origin.dropFirst("ingest/boilerplate.tsv:".count)))
      let fields = lines[number - 1].split(separator: "\t")
      #expect(cue.text == LineNormalizer.normalize(Array(fields[0].utf8)))
      #expect(cue.match.rawValue == fields[1])
      #expect(cue.role.rawValue == fields[2])
    }
    let first = try #require(lexicon.cues.first)
    #expect(first.text == Array("original source".utf8))
    #expect((first.match, first.role) == (.prefix, .source))
    func match(_ line: String) -> (cue: BoilerplateLexicon.Cue, rest: String)? {
      lexicon.match(LineNormalizer.normalize(Array(line.utf8)))
    }
    #expect(match("Source » frontlinewire")?.rest == "frontlinewire")
    #expect(match("Byblos port was closed") == nil)
    #expect(match("Comments:")?.cue.text == Array("comments".utf8))
    #expect(match("Your email address will NOT be published.")?.cue.role == .footer)
  }

  @Test("A missing lexicon folder is a configuration error")
  func missingLexicon() throws {
    let folder = try TemporaryFolder()
    let error = #expect(throws: IngestError.self) {
      try BoilerplateLexicon.load(from: folder.url)
    }
    #expect(error?.code == .badConfiguration)
  }

  @Test("A wire story's credit line opens the footer")
  func wireCredit() throws {
    let text = """
      Ukraine says drones struck Russian oil terminal overnight

      KYIV, March 3 (Reuters) - Ukrainian long-range drones struck an oil terminal in \
      Russia's Krasnodar region overnight, a source in Ukraine's security service said on \
      Sunday.

      Regional authorities said a fire broke out at the terminal and was put out by morning, \
      with no casualties.

      Russia's defence ministry said it had destroyed 41 drones over several regions.

      (Reporting by Jane Smith in Kyiv; additional reporting by Omar Haddad; Editing by \
      Peter Brown)

      """
    let document = try readDocument(text, named: "wire.txt")
    #expect(
      document.boilerplateTexts == [
        "(Reporting by Jane Smith in Kyiv; additional reporting by Omar Haddad; Editing by "
          + "Peter Brown)"
      ])
    #expect(document.headlineText == "Ukraine says drones struck Russian oil terminal overnight")
    #expect(document.contentTexts.count == 4)
  }

  @Test("A blog's sharing block, related links and comment prompt are boilerplate")
  func blogFooter() throws {
    let text = """
      Rockets land near airbase perimeter

      Several rockets landed just outside the perimeter of an airbase hosting coalition \
      troops on Tuesday evening, according to two security officials.

      No group has claimed responsibility, and there were no reports of casualties or damage.

      The base has been targeted at least four times since January.

      Share this:
      Related
      Militia drone downed over desert outpost
      Leave a comment

      """
    let document = try readDocument(text, named: "blog.txt")
    #expect(
      document.boilerplateTexts == [
        "Share this:",
        "Related",
        "Militia drone downed over desert outpost",
        "Leave a comment",
      ])
    #expect(
      document.contentTexts == [
        "Rockets land near airbase perimeter",
        "Several rockets landed just outside the perimeter of an airbase hosting coalition "
          + "troops on Tuesday evening, according to two security officials.",
        "No group has claimed responsibility, and there were no reports of casualties or "
          + "damage.",
        "The base has been targeted at least four times since January.",
      ])
  }

  @Test("WordPress's sharing block with 'Like this:' is boilerplate")
  func likeThis() throws {
    let text = """
      Rockets land near airbase perimeter

      Several rockets landed just outside the perimeter of an airbase hosting coalition \
      troops on Tuesday evening, according to two security officials.

      No group has claimed responsibility, and there were no reports of casualties or damage.

      The base has been targeted at least four times since January, the officials said.

      Share this:
      Twitter
      Facebook
      Like this:
      Like Loading...
      Related

      """
    let document = try readDocument(text, named: "blog.txt")
    #expect(document.boilerplateTexts.first == "Share this:")
    #expect(document.boilerplateTexts.last == "Related")
    #expect(
      document.boilerplateTexts == [
        "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related",
      ])
  }

  static let bylines: [(String, Bool)] = [
    ("By Jane Smith and Omar Haddad, Reuters", true),
    ("By Jane Smith", true),
    ("Written by Omar Haddad", true),
    ("By the time the drones arrived, most residents had already fled to the shelters.", false),
    ("Byblos port was closed to shipping for a second day.", false),
  ]

  @Test("A byline is boilerplate; a sentence that starts with 'By' is not", arguments: bylines)
  func byline(line: String, isBoilerplate: Bool) throws {
    let text = """
      Drones Strike Village Near Frontline

      \(line)

      Three drones struck a village near the frontline on Saturday night, damaging a school \
      and several houses, the local administration said.

      Emergency services said two people were treated for shock.

      """
    let document = try readDocument(text, named: "byline.txt")
    #expect(document.boilerplateTexts == (isBoilerplate ? [line] : []))
    #expect(document.contentTexts.contains(line) == !isBoilerplate)
  }

  @Test("An author's name line and the bio paragraph that follows it are boilerplate")
  func authorBio() throws {
    let text = """
      Why the Red Sea Attacks Will Not Stop Soon

      Houthi forces have fired more than a hundred missiles and drones at commercial \
      shipping since November, forcing many carriers to divert around the Cape of Good Hope.

      Naval patrols have intercepted most of them, but the cost of each interception far \
      exceeds the cost of the drones themselves.

      Insurers say premiums for the route have risen tenfold.

      Laura Mendes
      Laura Mendes is a senior fellow at the Maritime Security Forum, where she covers naval \
      warfare in the Middle East.

      """
    let document = try readDocument(text, named: "analysis.txt")
    #expect(
      document.boilerplateTexts == [
        "Laura Mendes",
        "Laura Mendes is a senior fellow at the Maritime Security Forum, where she covers naval "
          + "warfare in the Middle East.",
      ])
  }

  @Test("Advertisement slots and photo credits mid-article are boilerplate")
  func advertisementsAndCredits() throws {
    let text = """
      Shelling Damages Hospital in Kherson

      Russian shelling damaged a hospital in the centre of Kherson on Wednesday morning, \
      wounding a nurse and two patients, the regional governor said.

      Photo: AFP

      Advertisement

      The hospital's surgical wing was evacuated and patients were moved to a clinic on the \
      western edge of the city.

      Advertisement

      Officials said the area had been shelled more than forty times in the previous day.

      """
    let document = try readDocument(text, named: "kherson.txt")
    #expect(document.boilerplateTexts == ["Photo: AFP", "Advertisement", "Advertisement"])
    #expect(document.contentTexts.count == 4)
    #expect(document.duplicateLines.isEmpty)
  }

  @Test("A masthead before the body is boilerplate and gives the outlet, URL and date")
  func masthead() throws {
    let text = """
      Militias Step Up Rocket Fire on Northern Bases

      https://media.example-news.org/images/2024/07/base-smoke.jpg
      Levant Herald Online
      Security
      14/07/2024 18h05

      Armed groups fired rockets at two military bases in the north on Sunday, the third \
      such attack in a week, according to a statement from the defence ministry.

      The ministry said air defences intercepted most of the projectiles.

      """
    let document = try readDocument(text, named: "masthead.txt")
    #expect(
      document.boilerplateTexts == [
        "https://media.example-news.org/images/2024/07/base-smoke.jpg",
        "Levant Herald Online",
        "Security",
        "14/07/2024 18h05",
      ])
    #expect(document.outlet == "Levant Herald Online")
    #expect(document.url == nil)
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 7, day: 14, hour: 18, minute: 5, source: .dateline))
    #expect(document.diagnostics.isEmpty)
  }

  @Test("A disclaimer in the second half opens the footer")
  func disclaimerFooter() throws {
    let text = """
      Drone Attack Targets Military Airfield in Crimea

      Ukraine's military said on Thursday it had struck a military airfield in Crimea with \
      long-range drones, destroying a radar station.

      Satellite images reviewed by analysts showed scorch marks near the runway.

      Russia did not comment on the claim.

      Disclaimer: The views expressed in this article are those of the author.
      Copyright 2024 Black Sea Monitor. All rights reserved.

      """
    let document = try readDocument(text, named: "crimea.txt")
    #expect(
      document.boilerplateTexts == [
        "Disclaimer: The views expressed in this article are those of the author.",
        "Copyright 2024 Black Sea Monitor. All rights reserved.",
      ])
  }

  static let sourceLines: [(String, String, String?)] = [
    ("Original Source: www.example.com", "example.com", nil),
    (
      "Original Source: https://www.example.com/world/2024/03/11/strike",
      "example.com", "https://www.example.com/world/2024/03/11/strike"
    ),
    ("Source » frontlinewire", "frontlinewire", nil),
    ("Read more at Institute for Conflict Studies", "Institute for Conflict Studies", nil),
  ]

  @Test("A source line is boilerplate and names the outlet", arguments: sourceLines)
  func sourceLine(line: String, outlet: String, url: String?) throws {
    let text = """
      Rocket Attack Reported Near Erbil Airport

      Two rockets struck near the airport in Erbil late on Monday, the Kurdistan region's \
      counter-terrorism service said, adding that no one was hurt.

      The service said the rockets were launched from a village to the south.

      \(line)

      """
    let document = try readDocument(text, named: "erbil.txt")
    #expect(document.boilerplateTexts == [line])
    #expect(document.outlet == outlet)
    #expect(document.url == url)
    #expect(document.published == url.flatMap(ArticleMetadata.dateInURL))
  }

  @Test("The outlet named in JSON metadata wins over a source line in the text")
  func metadataOutletWins() throws {
    let json = """
      {"text": "Two rockets struck near the airport late on Monday, officials said.\\n\
      Original Source: www.example.com", "source": "https://www.kurdistan-daily.example/"}
      """
    let document = try readDocument(json, named: "erbil.json")
    #expect(document.outlet == "kurdistan-daily.example")
    #expect(document.boilerplateTexts == ["Original Source: www.example.com"])
  }
}
