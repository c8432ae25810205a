import Foundation
import SalvoModel

/// Metadata given outside the text: JSON fields or HTML `<meta>` tags.
struct ArticleMetadata {
  var title: String?
  var url: String?
  var outlet: String?
  /// The publication date as written; parsed by `publicationDate`.
  var publishedText: String?

  /// Fills fields that are still empty.
  mutating func fill(title: String?, url: String?, outlet: String?, published: String?) {
    self.title = self.title ?? title
    self.url = self.url ?? url
    self.outlet = self.outlet ?? outlet
    publishedText = publishedText ?? published
  }

  /// The parsed publication date; an unparseable one becomes a diagnostic.
  func publicationDate(path: String, diagnostics: inout [Diagnostic]) -> PublicationDate? {
    guard let text = publishedText?.trimmingWhitespace, !text.isEmpty else {
      return nil
    }
    if let parsed = DateTextParser().parse(text[...], source: .metadata) { return parsed.date }
    diagnostics.append(
      Diagnostic(
        code: .badMetadata, message: "\(path): cannot read the publication date '\(text)'",
        path: path))
    return nil
  }

  /// A date in a URL path: `/2024/07/27/` or `/2024-07-27/`.
  static func dateInURL(_ url: String) -> PublicationDate? {
    let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" })
    for index in parts.indices.dropLast(2) {
      guard parts[index].count == 4, let year = Int(parts[index]),
        parts[index + 1].count == 2, let month = Int(parts[index + 1]),
        parts[index + 2].count == 2, let day = Int(parts[index + 2]),
        var date = DateTextParser.date(year: year, month: month, day: day)
      else { continue }
      date.source = .url
      return date
    }
    return nil
  }

  /// A bare domain or URL becomes its host (`www.theguardian.com` → `theguardian.com`);
  /// a name stays as it is.
  static func normalizeOutlet(_ outlet: String) -> String {
    OutletName.host(of: outlet) ?? outlet.trimmingWhitespace
  }

  /// The first field among `keys` that holds a non-empty string (or a number, when
  /// `numbers` is set: for ids).
  static func string(_ object: [String: Any], _ keys: [String], numbers: Bool = false)
    -> String?
  {
    for key in keys {
      if let value = object[key] as? String, !value.isEmpty { return value }
      if numbers, let value = object[key] as? NSNumber { return value.stringValue }
    }
    return nil
  }

  /// The outlet: `source`/`outlet`/`publisher` as a string or an object with a name.
  static func outlet(_ object: [String: Any]) -> String? {
    for key in ["outlet", "source", "publisher", "source_domain", "site", "site_name"] {
      if let value = object[key] as? String, !value.isEmpty { return value }
      if let nested = object[key] as? [String: Any],
        let name = string(nested, ["name", "domain", "title"])
      {
        return name
      }
    }
    return nil
  }
}
