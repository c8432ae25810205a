import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("Plain text and Markdown layout")
struct TextLayoutTests {
  static let headlineCases: [(String, String?)] = [
    (
      "Drone Strike Hits Fuel Depot Outside Belgorod\n\n"
        + "A drone struck a fuel depot on the outskirts of the city early on Tuesday, the "
        + "regional governor said.\n",
      "Drone Strike Hits Fuel Depot Outside Belgorod"
    ),
    (
      "Who fired the rockets at the Ain al-Asad airbase?\n\n"
        + "Nobody has claimed the attack, which caused no casualties, officials said.\n",
      "Who fired the rockets at the Ain al-Asad airbase?"
    ),
    (
      "Air raid sirens sounded across the capital shortly after midnight as air defence units "
        + "engaged drones approaching from the east.\n\n"
        + "Officials said debris fell on two residential districts.\n",
      nil
    ),
    (
      "March 12, 2024\n\nRockets struck the northern suburbs of the city on Tuesday morning.\n",
      nil
    ),
    (
      "12/03/2024 08h15\n\nRockets struck the northern suburbs of the city on Tuesday morning.\n",
      nil
    ),
    (
      "https://www.example-news.org/world/2024/03/12/rocket-fire-north\n\n"
        + "Rockets struck the northern suburbs of the city on Tuesday morning.\n",
      nil
    ),
    (
      "www.example-news.org/world/rocket fire in the north\n\n"
        + "Rockets struck the northern suburbs of the city on Tuesday morning.\n",
      nil
    ),
    ("Rockets Strike Northern Suburbs\n", nil),
    (
      "rockets strike northern suburbs\n\n"
        + "Rockets struck the northern suburbs of the city on Tuesday morning.\n",
      nil
    ),
  ]

  @Test("A title-like first line of a .txt file is the headline", arguments: headlineCases)
  func headline(text: String, expected: String?) throws {
    let document = try readDocument(text, named: "story.txt")
    #expect(document.headlineText == expected)
    #expect(document.title == expected)
  }

  @Test("Each non-empty line is a block, trimmed; blank lines and CR are not part of blocks")
  func linesAreBlocks() {
    let text =
      "Shelling Resumes Near Kupiansk\r\n\r\n"
      + "  Russian forces shelled villages east of Kupiansk on Friday.  \r\n"
      + "Two civilians were wounded, the regional governor said.\r\n"
    let layout = TextLayout(text: text, markdown: false)
    #expect(
      layout.blocks.map { String(text.slice($0)) } == [
        "Shelling Resumes Near Kupiansk",
        "Russian forces shelled villages east of Kupiansk on Friday.",
        "Two civilians were wounded, the regional governor said.",
      ])
    #expect(layout.blocks.first == TextRange(utf8Start: 0, utf8End: 30))
    #expect(layout.duplicateLines.isEmpty)
  }

  @Test("A hard-wrapped article has one block per paragraph; soft wraps do not split it")
  func hardWrapped() throws {
    let text = """
      Border Town Shelled for Third Night

      Artillery shells fell on the border town of Vovchansk late on
      Wednesday, damaging a school and two apartment blocks, the
      regional administration said in a statement on Thursday.

      No casualties were reported, but emergency crews worked
      through the night to clear debris from the main road.

      """
    let document = try readDocument(text, named: "wrapped.txt")
    #expect(
      document.blockTexts == [
        "Border Town Shelled for Third Night",
        "Artillery shells fell on the border town of Vovchansk late on\n"
          + "Wednesday, damaging a school and two apartment blocks, the\n"
          + "regional administration said in a statement on Thursday.",
        "No casualties were reported, but emergency crews worked\n"
          + "through the night to clear debris from the main road.",
      ])
    #expect(document.headlineText == "Border Town Shelled for Third Night")
    #expect(document.boilerplate.isEmpty)
  }

  @Test("One-line paragraphs are not taken for hard wrapping")
  func notHardWrapped() {
    let text = """
      Ceasefire Talks Stall in Doha

      Negotiators left the talks on Sunday without an agreement.
      Mediators said they would return next week.

      A spokesman for the delegation declined to comment.

      Fighting continued overnight in the south.

      """
    let layout = TextLayout(text: text, markdown: false)
    #expect(layout.blocks.count == 5)
    #expect(String(text.slice(layout.blocks[2])) == "Mediators said they would return next week.")
  }

  @Test("A line printed twice is a duplicate line; short repeated labels are not")
  func duplicateLines() throws {
    let text = """
      Missiles Hit Power Grid in Kharkiv Region

      Missiles Hit Power Grid in Kharkiv Region

      Russian missiles struck energy facilities in the Kharkiv region on Friday night, \
      leaving about 200,000 households without electricity, the grid operator said.

      Advertisement

      Repair crews were sent to the damaged substations at first light.

      Advertisement

      """
    let document = try readDocument(text, named: "twice.txt")
    #expect(document.duplicateTexts == ["Missiles Hit Power Grid in Kharkiv Region"])
    #expect(document.duplicateLines == [TextRange(utf8Start: 43, utf8End: 84)])
    #expect(document.headline == TextRange(utf8Start: 0, utf8End: 41))
    #expect(
      document.contentTexts == [
        "Missiles Hit Power Grid in Kharkiv Region",
        "Russian missiles struck energy facilities in the Kharkiv region on Friday night, "
          + "leaving about 200,000 households without electricity, the grid operator said.",
        "Repair crews were sent to the damaged substations at first light.",
      ])
  }

  @Test("Markdown: the # heading is the headline; markers, bullets and quotes are stripped")
  func markdown() throws {
    let text = """
      # Missiles strike port facilities in Odesa

      ![Smoke rises over the grain terminal](https://cdn.example.org/images/odesa-port.jpg)

      Russian missiles struck port infrastructure in Odesa overnight, damaging two warehouses \
      and a grain silo, the regional governor said on Monday.

      - Two warehouses were destroyed.
      * A grain silo was damaged.

      > "The attack lasted about forty minutes," a port worker said.

      ## Air defence response

      Air defence units shot down several drones over the region before dawn.

      """
    let document = try readDocument(text, named: "odesa.md")
    #expect(document.format == .markdown)
    #expect(document.headlineText == "Missiles strike port facilities in Odesa")
    #expect(document.title == "Missiles strike port facilities in Odesa")
    #expect(
      document.blockTexts == [
        "Missiles strike port facilities in Odesa",
        "![Smoke rises over the grain terminal](https://cdn.example.org/images/odesa-port.jpg)",
        "Russian missiles struck port infrastructure in Odesa overnight, damaging two "
          + "warehouses and a grain silo, the regional governor said on Monday.",
        "Two warehouses were destroyed.",
        "A grain silo was damaged.",
        "\"The attack lasted about forty minutes,\" a port worker said.",
        "Air defence response",
        "Air defence units shot down several drones over the region before dawn.",
      ])
    #expect(
      document.boilerplateTexts == [
        "![Smoke rises over the grain terminal](https://cdn.example.org/images/odesa-port.jpg)"
      ])
  }

  @Test("A Markdown heading that ends in a period is still the headline")
  func markdownHeadingWithPeriod() throws {
    let text = "# Kyiv says it downed 30 drones overnight.\n\nThe air force said so on Sunday.\n"
    let document = try readDocument(text, named: "drones.md")
    #expect(document.headlineText == "Kyiv says it downed 30 drones overnight.")
  }
}
