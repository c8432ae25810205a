import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("HTML pages")
struct HTMLTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Drones target power station | Frontline Daily</title>
    <meta property="og:site_name" content="Frontline Daily">
    <meta property="article:published_time" content="2024-03-14T06:20:00+02:00">
    <link rel="canonical" href="https://frontline-daily.example/world/drones-power-station">
    <style>body { font-family: serif; } p::before { content: "<p>"; }</style>
    <script>window.dataLayer = window.dataLayer || [];</script>
    </head>
    <body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <!-- article body starts here <p>hidden</p> -->
    <article>
    <h1>Drones target power station near   Zaporizhzhia</h1>
    <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
    <p>Drones struck a power station near the front line on Thursday,
       cutting electricity to 12,000 homes, officials said.</p>
    <script type="text/javascript">var slot = "<p>ad</p>";</script>
    <p>&quot;We heard three explosions,&quot; a resident told Frontline&nbsp;Daily. \
    Russia&#146;s defence ministry and Ukraine&#8217;s energy ministry &amp; grid operator \
    gave different accounts&#x2014;neither confirmed casualties.</p>
    <p>Repairs began<br>on Friday.</p>
    <ul class="related"><li>Earlier strike on the same plant</li></ul>
    </article>
    <aside>Most read today</aside>
    <footer>&copy; 2024 Frontline Daily</footer>
    </body>
    </html>
    """

  @Test("Visible text: no scripts, styles or comments; entities decoded; blocks are lines")
  func visibleText() throws {
    let document = try readDocument(Self.page, named: "page.html")
    #expect(
      document.text == """
        Home World
        Drones target power station near Zaporizhzhia
        Share on FacebookShare on X
        Drones struck a power station near the front line on Thursday, cutting electricity \
        to 12,000 homes, officials said.
        "We heard three explosions," a resident told Frontline\u{00A0}Daily. Russia’s defence \
        ministry and Ukraine’s energy ministry & grid operator gave different accounts—neither \
        confirmed casualties.
        Repairs began
        on Friday.
        Earlier strike on the same plant
        Most read today
        © 2024 Frontline Daily

        """)
    #expect(document.format == .html)
    #expect(document.blockTexts.count == 10)
  }

  @Test("nav, footer, aside and share or related elements are boilerplate")
  func furniture() throws {
    let document = try readDocument(Self.page, named: "page.html")
    #expect(
      document.boilerplateTexts == [
        "Home World",
        "Share on FacebookShare on X",
        "Earlier strike on the same plant",
        "Most read today",
        "© 2024 Frontline Daily",
      ])
    #expect(
      document.contentTexts == [
        "Drones target power station near Zaporizhzhia",
        "Drones struck a power station near the front line on Thursday, cutting electricity "
          + "to 12,000 homes, officials said.",
        "\"We heard three explosions,\" a resident told Frontline\u{00A0}Daily. Russia’s "
          + "defence ministry and Ukraine’s energy ministry & grid operator gave different "
          + "accounts—neither confirmed casualties.",
        "Repairs began",
        "on Friday.",
      ])
  }

  @Test("The h1 is the headline; meta tags give the date, outlet and canonical URL")
  func metadata() throws {
    let document = try readDocument(Self.page, named: "page.html")
    #expect(document.headlineText == "Drones target power station near Zaporizhzhia")
    #expect(document.headline == TextRange(utf8Start: 11, utf8End: 56))
    #expect(document.title == "Drones target power station near Zaporizhzhia")
    #expect(document.outlet == "Frontline Daily")
    #expect(document.url == "https://frontline-daily.example/world/drones-power-station")
    #expect(
      document.published
        == PublicationDate(year: 2024, month: 3, day: 14, hour: 6, minute: 20, source: .metadata))
    #expect(document.diagnostics.isEmpty)
  }

  @Test("Without an h1 or og:title, the <title> is the title and there is no headline")
  func titleElement() throws {
    let html = """
      <html><head><title>Strike on  depot &ndash; Gulf Observer</title>
      <meta name="og:site_name" content="www.gulf-observer.example">
      </head><body><p>A drone struck a fuel depot on Sunday.</p>
      <p>Photo: Reuters</p></body></html>
      """
    let document = try readDocument(html, named: "depot.htm")
    #expect(document.title == "Strike on depot – Gulf Observer")
    #expect(document.headline == nil)
    #expect(document.outlet == "gulf-observer.example")
    #expect(document.blockTexts == ["A drone struck a fuel depot on Sunday.", "Photo: Reuters"])
    #expect(document.boilerplateTexts == ["Photo: Reuters"])
  }

  @Test("og:title wins over <title>; <time datetime> and og:url are read; a URL date is not needed")
  func openGraph() throws {
    let html = """
      <html><head><title>Site title</title>
      <meta property="og:title" content="Navy intercepts missiles over the Red Sea">
      <meta property="og:url" content="https://news.example.org/2024/01/10/red-sea">
      </head><body>
      <p><time datetime="2024-01-11">11 January</time></p>
      <p>A destroyer shot down three anti-ship missiles, the navy said.</p>
      </body></html>
      """
    let document = try readDocument(html, named: "red-sea.html")
    #expect(document.title == "Navy intercepts missiles over the Red Sea")
    #expect(document.url == "https://news.example.org/2024/01/10/red-sea")
    #expect(
      document.published == PublicationDate(year: 2024, month: 1, day: 11, source: .metadata))
  }

  static let entities: [(String, String)] = [
    ("Russia&#146;s", "Russia’s"),
    ("&#8220;ceasefire&#8221;", "“ceasefire”"),
    ("&#x41;&#X42;", "AB"),
    ("5 &lt; 6 &amp;&amp; 7 &gt; 2", "5 < 6 && 7 > 2"),
    ("caf&eacute; &mdash; &hellip;", "café — …"),
    ("AT&T &unknown; &amp", "AT&T &unknown; &amp"),
    ("&#0;", "\u{FFFD}"),
    // References to 0x80–0x9F mean Windows-1252, letters as well as punctuation.
    ("&#138;&#x8A;", "ŠŠ"),
    ("&#131;&#136;&#140;&#155;&#159;", "ƒˆŒ›Ÿ"),
  ]

  @Test("Character references are decoded", arguments: entities)
  func entity(raw: String, decoded: String) {
    #expect(HTMLTextExtractor.decodeEntities(raw) == decoded)
  }

  @Test("A page with no visible text is skipped as empty")
  func noVisibleText() throws {
    let html = "<html><head><title>Live</title></head><body><script>load()</script></body></html>"
    let skipped = try #require(try readOne(html, named: "live.html").skipped)
    #expect(
      skipped
        == SkippedInput(path: "live.html", code: .empty, reason: "no visible text in the page"))
  }

  @Test("A bare '<' in text is text, not a tag")
  func lessThan() {
    let page = HTMLTextExtractor().extract("<p>casualties < 10 and > 3</p>")
    #expect(page.text == "casualties < 10 and > 3\n")
  }
}
