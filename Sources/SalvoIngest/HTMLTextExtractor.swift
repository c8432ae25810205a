import SalvoModel

/// Extracts an HTML page's visible text and metadata.
///
/// What offsets refer to: for HTML articles, `Document.text` is this extracted text, not
/// the markup. Tags, comments, and the contents of `script`, `style`, `noscript`,
/// `template`, `svg`, `title` and `head` are left out; character references are decoded; runs of
/// white space collapse to one space as a browser renders them; each block element
/// (`p`, `div`, `h1`…`h6`, `li`, `br`, `tr`, …) ends a line. The result is deterministic,
/// so the same page always yields the same text and offsets.
///
/// Elements that are page furniture by nature or by name (`nav`, `footer`, `aside`,
/// `form`, and elements whose class or id says comment, share, related, newsletter,
/// advert, cookie, breadcrumb, byline or author) are kept in the text but reported as
/// boilerplate ranges.
struct HTMLTextExtractor {
  struct Page {
    var text: String
    var title: String?
    var headline: TextRange?
    var furniture: [TextRange] = []
    var outlet: String?
    var url: String?
    var published: String?
  }

  private static let rawTextElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "textarea",
  ]
  private static let blockElements: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "tr", "table", "thead", "tbody", "tfoot", "section", "article", "header", "footer", "nav",
    "aside", "main", "blockquote", "figure", "figcaption", "pre", "hr", "form", "address",
    "caption", "fieldset", "details", "summary", "body", "html", "title", "td", "th",
  ]
  private static let furnitureElements: Set<String> = ["nav", "footer", "aside", "form"]
  private static let furnitureNames = [
    "comment", "share", "sharing", "social", "related", "newsletter", "subscribe", "advert",
    "promo", "cookie", "breadcrumb", "byline", "author", "sidebar", "menu", "tags",
  ]
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
  ]

  func extract(_ html: String) -> Page {
    var builder = Builder()
    var metadata = Metadata()
    var stack: [(name: String, furnitureStart: Int?)] = []
    var inHead = false
    var titleText: String?
    var inTitle = false
    var headingStart: Int?
    var firstHeading: TextRange?
    let source = Array(html.utf8)
    var index = 0
    while index < source.count {
      guard source[index] == UInt8(ascii: "<"), let tag = Tag.parse(source, at: index) else {
        var end = index + 1
        while end < source.count && source[end] != UInt8(ascii: "<") { end += 1 }
        if inTitle {
          titleText = (titleText ?? "") + String(decoding: source[index..<end], as: UTF8.self)
        } else if !inHead {
          builder.appendText(source[index..<end])
        }
        index = end
        continue
      }
      index = tag.end
      if tag.isComment { continue }
      if !tag.isClosing { metadata.read(tag) }
      if Self.rawTextElements.contains(tag.name) {
        if !tag.isClosing && !tag.isSelfClosing {
          index = Tag.endOfRawText(source, named: tag.name, from: index)
        }
        continue
      }
      switch tag.name {
      case "head":
        inHead = !tag.isClosing
        continue
      case "title":
        inTitle = !tag.isClosing && !tag.isSelfClosing
        continue
      case "body":
        inHead = false
      default:
        break
      }
      if inHead { continue }
      if Self.blockElements.contains(tag.name) { builder.breakLine() }
      if tag.isClosing {
        guard let position = stack.lastIndex(where: { $0.name == tag.name }) else { continue }
        for element in stack[position...].reversed() {
          if let start = element.furnitureStart { builder.markFurniture(from: start) }
        }
        stack.removeSubrange(position...)
        if tag.name == "h1", let start = headingStart {
          if firstHeading == nil { firstHeading = builder.range(from: start) }
          headingStart = nil
        }
      } else if !Self.voidElements.contains(tag.name) && !tag.isSelfClosing {
        let identity = tag.identity
        let isFurniture =
          Self.furnitureElements.contains(tag.name)
          || Self.furnitureNames.contains { Self.contains(identity, $0) }
        stack.append((tag.name, isFurniture ? builder.offset : nil))
        if tag.name == "h1" && firstHeading == nil { headingStart = builder.offset }
      }
    }
    for element in stack.reversed() {
      if let start = element.furnitureStart { builder.markFurniture(from: start) }
    }
    let text = builder.finish()
    var page = Page(text: text)
    let cleanTitle = titleText.map {
      Self.decodeEntities($0).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    page.headline = firstHeading.flatMap { $0.isEmpty ? nil : $0 }
    page.title = page.headline.map { String(text.slice($0)) } ?? metadata.title ?? cleanTitle
    page.furniture = builder.furniture
    page.outlet = metadata.siteName
    page.url = metadata.url
    page.published = metadata.published
    return page
  }

  /// Whether `name` (ASCII) occurs in `identity`: a byte search when `identity` is ASCII
  /// too, where it finds what Foundation's search finds, else Foundation's search.
  static func contains(_ identity: String, _ name: String) -> Bool {
    let utf8 = identity.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return identity.contains(name) }
    let needle = Array(name.utf8)
    guard let first = needle.first, utf8.count >= needle.count else { return needle.isEmpty }
    let haystack = Array(utf8)
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle)
      {
        return true
      }
      start += 1
    }
    return false
  }

  /// Decodes character references in a string.
  static func decodeEntities(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      if let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
        let decoded = HTMLEntities.decode(rest[afterAmpersand..<semicolon])
      {
        result += decoded
        rest = rest[rest.index(after: semicolon)...]
      } else {
        result.append("&")
        rest = rest[afterAmpersand...]
      }
    }
    return result + rest
  }
}

extension HTMLTextExtractor {
  /// Builds the visible text with HTML white-space collapsing and line breaks at blocks.
  fileprivate struct Builder {
    private var output: [UInt8] = []
    private var pendingSpace = false
    private(set) var furniture: [TextRange] = []

    var offset: Int { output.count }

    mutating func appendText(_ raw: ArraySlice<UInt8>) {
      // Text without a character reference is its own decoding: append its bytes.
      if raw.contains(UInt8(ascii: "&")) {
        append(HTMLTextExtractor.decodeEntities(String(decoding: raw, as: UTF8.self)).utf8)
      } else {
        append(raw)
      }
    }

    private mutating func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
      // HTML white space is ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII.
      for byte in bytes {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
          pendingSpace = true
          continue
        }
        if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
        pendingSpace = false
        output.append(byte)
      }
    }

    mutating func breakLine() {
      pendingSpace = false
      if let last = output.last, last != 0x0A { output.append(0x0A) }
    }

    func range(from start: Int) -> TextRange {
      var end = output.count
      while end > start, output[end - 1] == 0x0A || output[end - 1] == 0x20 { end -= 1 }
      return TextRange(utf8Start: min(start, end), utf8End: end)
    }

    mutating func markFurniture(from start: Int) {
      let range = range(from: start)
      if !range.isEmpty { furniture.append(range) }
    }

    func finish() -> String { String(decoding: output, as: UTF8.self) }
  }

  /// Metadata from `<meta>`, `<link rel=canonical>` and `<time datetime>`.
  fileprivate struct Metadata {
    var title: String?
    var siteName: String?
    var url: String?
    var published: String?

    mutating func read(_ tag: Tag) {
      switch tag.name {
      case "meta":
        let key =
          (tag.attributes["property"] ?? tag.attributes["name"]
          ?? tag.attributes["itemprop"] ?? "").lowercased()
        guard let content = tag.attributes["content"].map(HTMLTextExtractor.decodeEntities),
          !content.isEmpty
        else { return }
        switch key {
        case "og:title", "twitter:title": title = title ?? content
        case "og:site_name", "application-name": siteName = siteName ?? content
        case "og:url": url = url ?? content
        case "article:published_time", "datepublished", "pubdate", "date", "dc.date",
          "dc.date.issued", "sailthru.date", "parsely-pub-date", "publish-date":
          published = published ?? content
        default: break
        }
      case "link" where tag.attributes["rel"]?.lowercased() == "canonical":
        url = url ?? tag.attributes["href"]
      case "time":
        published = published ?? tag.attributes["datetime"]
      default:
        break
      }
    }
  }
}
