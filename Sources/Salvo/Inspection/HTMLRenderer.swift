import Foundation

/// Renders inspection reports as one self-contained HTML page: the article text with every
/// mention, trigger, rejected statement, cue and boilerplate range highlighted by kind (a
/// legend toggles each kind), the resolution and provenance of a span on hover (its title)
/// and on click (a side panel), and tables of the events, whose slots link to the spans
/// that filled them, the mentions and the rejected statements.
///
/// The page loads nothing: its style and script are inline, it names no font, no image and
/// no other address. Every string from the article is HTML-escaped. The output depends
/// only on the reports, so the same article always gives the same bytes.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Renders the reports of one file as a page, one section per article.
  ///
  /// - Parameters:
  ///   - reports: the reports, in file order.
  ///   - title: the page title (the file's path).
  /// - Returns: the HTML document, ending with a new line.
  public func render(_ reports: [InspectionReport], title: String) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="salvo inspect">
      <title>\(Self.escape("salvo inspect · " + title))</title>
      <style>\(Self.stylesheet)</style>
      </head>
      <body>
      <header class="page">
      <h1>salvo inspect <span class="path">\(Self.escape(title))</span></h1>

      """
    html += legend()
    if reports.count > 1 {
      html += "<nav class=\"articles\"><h2>Articles (\(reports.count))</h2><ol>"
      for (index, report) in reports.enumerated() {
        html += "<li><a href=\"#a\(index + 1)\">\(Self.escape(report.articleID))</a></li>"
      }
      html += "</ol></nav>\n"
    }
    html += "</header>\n<main>\n"
    for (index, report) in reports.enumerated() {
      html += article(report, number: index + 1)
    }
    html += "</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
    return html
  }

  /// The key: one checkbox per mark kind, in the kind's style, that shows or hides it.
  private func legend() -> String {
    var html = "<fieldset class=\"legend\"><legend>Show</legend>"
    for kind in InspectionReport.MarkKind.allCases {
      html +=
        "<label><input type=\"checkbox\" data-kind=\"\(kind.rawValue)\" checked> "
        + "<span class=\"key k-\(kind.rawValue)\">\(kind.rawValue)</span></label> "
    }
    html +=
      "<span class=\"hint\">Hover a span for its resolution; click it for the details. "
      + "Event slots link to the spans that filled them.</span></fieldset>\n"
    return html
  }

  /// One article: its header, text and side panel, events, mentions and rejected
  /// statements. Ids start with `a<number>-`, so several articles share one page.
  private func article(_ report: InspectionReport, number: Int) -> String {
    let anchors = Anchors(report: report, prefix: "a\(number)-")
    let heading = report.header.first { $0.label == "title" && $0.value != Field.absent }
    var html = "<article class=\"report\" id=\"a\(number)\">\n"
    html += "<h2>\(Self.escape(heading?.value ?? report.articleID))</h2>\n"
    html += metadata(report.header)
    html += "<div class=\"layout\">\n<section class=\"text-column\"><h3>Text</h3>\n"
    html += "<div class=\"text\">\(markedText(report, anchors: anchors))</div>\n</section>\n"
    html +=
      "<aside class=\"panel\"><h3>Details</h3><div class=\"panel-body\">"
      + "<p class=\"muted\">Click a highlighted span.</p></div></aside>\n</div>\n"
    html += events(report.events, anchors: anchors)
    html += mentions(report.mentions, anchors: anchors)
    html += rejections(report.rejected, anchors: anchors)
    html += "</article>\n"
    return html
  }

  /// The metadata rows as a definition list.
  private func metadata(_ fields: [Field]) -> String {
    var html = "<dl class=\"meta\">"
    for field in fields {
      html += "<dt>\(Self.escape(field.label))</dt><dd>\(Self.escape(field.value))</dd>"
    }
    return html + "</dl>\n"
  }

  typealias Field = InspectionReport.Field

  /// Text made safe for HTML content and quoted attribute values: `& < > " '` become
  /// references, carriage returns are dropped, and control characters other than new
  /// lines and tabs become U+FFFD (HTML forbids them).
  ///
  /// - Parameter text: any text.
  /// - Returns: the escaped text.
  public static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      case "\r": continue
      case "\n", "\t": escaped.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        let control = value < 0x20 || (0x7F..<0xA0).contains(value)
        escaped.unicodeScalars.append(control ? "\u{FFFD}" : scalar)
      }
    }
    return escaped
  }

  /// `escape(_:)` for an attribute that may span lines: new lines become `&#10;`.
  static func attribute(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "\n", with: "&#10;")
  }
}
