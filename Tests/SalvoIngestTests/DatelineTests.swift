import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("Datelines and dates in metadata, text and URLs")
struct DatelineTests {
  static let datelines: [(String, String)] = [
    ("27/07/2024 23h56", "2024-07-27T23:56"),
    ("2024-07-27T23:56:00Z", "2024-07-27T23:56"),
    ("2024-07-27T23:56:00.000+03:00", "2024-07-27T23:56"),
    ("July 27, 2024", "2024-07-27"),
    ("Jul. 27, 2024 at 11:56 PM", "2024-07-27T23:56"),
    ("27 July 2024", "2024-07-27"),
    ("Published: Saturday 27 July 2024 11:56 GMT", "2024-07-27T11:56"),
    ("Published: July 27, 2024", "2024-07-27"),
    ("Updated 27.07.2024, 09:05", "2024-07-27T09:05"),
    ("Posted on Saturday, July 27, 2024", "2024-07-27"),
    ("Sat, 27 Jul 2024 23:56:00 +0000", "2024-07-27T23:56"),
    ("12/31/2024", "2024-12-31"),
    ("29/02/2024", "2024-02-29"),
  ]

  @Test("A line that is only a date is a dateline", arguments: datelines)
  func dateline(line: String, expected: String) throws {
    let parsed = try #require(DateTextParser().parse(line[...], source: .dateline))
    #expect(parsed.date.description == expected)
    #expect(parsed.date.source == .dateline)
    #expect(!parsed.ambiguousOrder)
  }

  static let notDatelines = [
    "Fighting resumed on 27 July 2024 after a brief lull in the south.",
    "July 27, 2024 was the deadliest day of the month",
    "Published: by the ministry",
    "29/02/2023",
    "31/04/2024",
    "27/07/2024 25h10",
    "27 July",
    "2024",
    "Sunday",
  ]

  @Test(
    "Prose that contains a date, and impossible dates, are not datelines",
    arguments: notDatelines)
  func notDateline(line: String) {
    #expect(DateTextParser().parse(line[...], source: .dateline) == nil)
  }

  @Test("A dateline line in an article is boilerplate and gives the publication date")
  func datelineInArticle() throws {
    let text = """
      Airstrike Hits Warehouse on Outskirts of Damascus

      Published: Saturday 27 July 2024 11:56 GMT

      An airstrike hit a warehouse on the southern outskirts of Damascus early on Saturday, \
      a war monitor said, adding that the building had been used to store weapons.

      Residents reported a series of secondary explosions.

      """
    let document = try readDocument(text, named: "damascus.txt")
    #expect(document.boilerplateTexts == ["Published: Saturday 27 July 2024 11:56 GMT"])
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 7, day: 27, hour: 11, minute: 56, source: .dateline))
  }

  @Test("A date inside prose is content and not the publication date")
  func dateInProse() throws {
    let text = """
      Airstrike Hits Warehouse on Outskirts of Damascus

      An airstrike hit a warehouse on 27 July 2024, a war monitor said.

      Residents reported a series of secondary explosions.

      """
    let document = try readDocument(text, named: "damascus.txt")
    #expect(document.published == nil)
    #expect(document.boilerplate.isEmpty)
  }

  @Test(
    "A wire dateline opening the first paragraph gives the date with its year and the agency",
    arguments: [
      (
        "BAMAKO, 19 September 2024 (AFP) -- Gunmen attacked a gendarmerie school on Tuesday, "
          + "security sources said.", "2024-09-19", "AFP"
      ),
      (
        "KYIV, March 13, 2024 (AP) — Russian drones struck the city overnight, the mayor "
          + "said on Wednesday.", "2024-03-13", "AP"
      ),
      (
        "ADEN, Yemen (Reuters) - A missile struck a tanker in the Red Sea on Monday, the "
          + "shipping agency said.", nil, "Reuters"
      ),
    ] as [(String, String?, String)])
  func wireDateline(paragraph: String, date: String?, agency: String) throws {
    let document = try readDocument(
      "Attack reported\n\n\(paragraph)\n\nOfficials gave no further details.\n",
      named: "wire.txt")
    #expect(document.published?.description == date)
    #expect(document.outlet == agency)
    #expect(document.boilerplate.isEmpty)
  }

  @Test("A wire dateline on a line of its own may give the date after the dash")
  func wireDatelineLine() throws {
    let text = """
      UN says at least 70 killed as gang rampages through Pont-Sonde

      PORT-AU-PRINCE, Haiti -- Saturday, October 5, 2024 (Caribbean News Network)

      At least 70 people were killed when members of the Gran Grif gang stormed the town of \
      Pont-Sonde on Thursday, the United Nations said.

      """
    let document = try readDocument(text, named: "haiti.txt")
    #expect(document.published?.description == "2024-10-05")
    #expect(document.outlet == "Caribbean News Network")
    #expect(
      document.boilerplateTexts == [
        "PORT-AU-PRINCE, Haiti -- Saturday, October 5, 2024 (Caribbean News Network)"
      ])
  }

  @Test("A paragraph opening with a capitalized word and a comma is no dateline")
  func noWireDateline() throws {
    let text = """
      Attack reported

      NATO, the alliance said on 19 September 2024 - in a statement - had no comment on the \
      strikes on the city.

      """
    let document = try readDocument(text, named: "wire.txt")
    #expect(document.published == nil)
  }

  @Test("An ambiguous numeric dateline is read as day/month with a note")
  func ambiguous() throws {
    let text = """
      Rocket Fire Reported Near Southern Port

      05/06/2024

      Several rockets were fired toward the southern port city late on Wednesday, \
      the military said, and most were intercepted.

      Sirens sounded in nearby towns.

      """
    let document = try readDocument(text, named: "port.txt")
    #expect(document.published == PublicationDate(year: 2024, month: 6, day: 5, source: .dateline))
    #expect(document.boilerplateTexts == ["05/06/2024"])
    #expect(
      document.diagnostics == [
        Diagnostic(
          code: .ambiguousDate, severity: .note,
          message: "dateline '05/06/2024' could be day/month or month/day; "
            + "read as day/month (2024-06-05)",
          path: "port.txt", byteOffset: 41)
      ])
  }

  @Test("Only the first dateline sets the date")
  func firstDatelineWins() throws {
    let text = """
      Rocket Fire Reported Near Southern Port

      14/06/2024 07h30

      Several rockets were fired toward the southern port city late on Wednesday, \
      the military said, and most were intercepted.

      Updated: June 15, 2024

      """
    let document = try readDocument(text, named: "port.txt")
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 6, day: 14, hour: 7, minute: 30, source: .dateline))
    #expect(document.boilerplateTexts == ["14/06/2024 07h30", "Updated: June 15, 2024"])
  }

  @Test("A line of metadata fields gives the publication date and the outlet")
  func metadataFields() throws {
    let text = """
      Death toll from beach assault climbs to 37

      Horn Wire Service | Updated 4 August 2024 | Published 3 August 2024, 21:40 EAT

      MOGADISHU - Militants set off a suicide bomb at a beach hotel on Friday evening, \
      killing at least 37 people and wounding 212, the health minister said on Saturday.

      """
    let document = try readDocument(text, named: "lido.txt")
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 8, day: 3, hour: 21, minute: 40, source: .dateline))
    #expect(document.outlet == "Horn Wire Service")
    #expect(
      document.boilerplateTexts == [
        "Horn Wire Service | Updated 4 August 2024 | Published 3 August 2024, 21:40 EAT"
      ])
  }

  @Test("A line of fields with no date is no metadata line")
  func fieldsWithoutDate() throws {
    let text = """
      Strikes hit port

      Page 2 | World | 14 comments

      Several rockets were fired toward the southern port city late on Wednesday, \
      the military said, and most were intercepted.

      """
    let document = try readDocument(text, named: "port.txt")
    #expect(document.published == nil)
  }

  static let urls: [(String, String?)] = [
    ("https://news.example.org/world/2024/07/27/strike-on-depot", "2024-07-27"),
    ("https://news.example.org/2024-07-27-strike-on-depot.html", "2024-07-27"),
    ("https://news.example.org/world/20240727/strike", nil),
    ("https://news.example.org/world/2024/13/40/strike", nil),
    ("https://news.example.org/world/strike-on-depot", nil),
  ]

  @Test("A date in a URL path", arguments: urls)
  func urlDate(url: String, expected: String?) {
    let date = ArticleMetadata.dateInURL(url)
    #expect(date?.description == expected)
    #expect(date.map(\.source) == (expected == nil ? nil : .url))
  }

  @Test("A metadata date wins over a dateline, and a dateline over a URL date")
  func precedence() throws {
    let json = """
      {"text": "Rockets hit the base.\\n14/06/2024 07h30\\nNo one was hurt, the army said.",
       "url": "https://news.example.org/2024/06/10/base", "published": "2024-06-15"}
      """
    let document = try readDocument(json, named: "base.json")
    #expect(document.published == PublicationDate(year: 2024, month: 6, day: 15, source: .metadata))
    let withoutDate = json.replacingOccurrences(of: #", "published": "2024-06-15""#, with: "")
    let fromDateline = try readDocument(withoutDate, named: "base.json")
    #expect(
      fromDateline.published
        == PublicationDate(year: 2024, month: 6, day: 14, hour: 7, minute: 30, source: .dateline))
  }
}

@Suite("The byte-level dateline filter never rejects a date the full parse reads")
struct DateFilterTests {
  static let lines =
    DatelineTests.datelines.map(\.0) + DatelineTests.notDatelines + [
      "Updated 27.07.2024, 09:05. Corrected",
      "2024-07-27 12:30. Hello",
      "Mon 27 Jul 2024 07:05 EEST",
      "27 July 2024 08h15 am",
      "By Staff Reporter, 3 hours ago",
      "Photo: 27 July 2024",
      "Ukraine war day 881",
      "Thursday, Sept. 5, 2024 4:30 p.m. ET",
      "12.01.2025 – 18:40",
      "Last updated on 14 Mar 2024 at 06:02 UTC",
      "Mis à jour le 27/07/2024 à 23h56",
      "Dated 5-6-24",
      // A zone or "at" after the time's period leaves the skip to the next word, as the
      // full parse does (shuffled pieces once found these).
      "12/31/2024 12:30. UTC day",
      "12.01.2025 12:30. at hours",
    ]

  @Test("On realistic lines and shuffled pieces of them, parse equals the unfiltered parse")
  func filterAgreesWithFullParse() {
    let parser = DateTextParser()
    var generator = SystemRandomNumberGenerator()
    let words = Self.lines.flatMap { $0.split(separator: " ") }.map(String.init)
    var samples = Self.lines
    for _ in 0..<3000 {
      let count = Int.random(in: 1...7, using: &generator)
      samples.append(
        (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }
          .joined(separator: " "))
    }
    for line in samples {
      let fast = parser.parse(line[...], source: .dateline)
      let full = parser.parseAll(line[...], source: .dateline)
      #expect(fast?.date == full?.date, "\(line)")
      #expect(fast?.ambiguousOrder == full?.ambiguousOrder, "\(line)")
    }
  }
}
