/// Normalizes outlet names found in URLs and source lines.
enum OutletName {
  /// The lower-case host of a URL or bare domain without `www.`
  /// (`https://www.theguardian.com/world` → `theguardian.com`), or nil when the text is not
  /// one.
  static func host(of text: String) -> String? {
    var rest = Substring(text.lowercased())
    for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) {
      rest = rest.dropFirst(scheme.count)
    }
    if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    let labels = host.split(separator: ".")
    guard labels.count >= 2, !host.contains(" "),
      labels.allSatisfy({ label in label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
      let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isLetter)
    else { return nil }
    return String(host)
  }
}
