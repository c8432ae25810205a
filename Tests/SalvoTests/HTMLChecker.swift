/// A strict reading of the HTML `HTMLRenderer` writes: every tag is closed in order, only
/// void elements are left open, text holds no bare `<` and only well-formed character
/// references, attribute values are quoted, phrasing elements hold no blocks, links do
/// not nest, ids are unique and every in-page reference names an existing id.
struct HTMLChecker {
  /// An element, with its attributes and the names of the elements around it.
  struct Element {
    var name: String
    var attributes: [String: String]
    var ancestors: [Element]

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
  }

  private(set) var elements: [Element] = []
  private(set) var problems: [String] = []
  private(set) var ids: [String: Int] = [:]

  static let void: Set<String> = ["meta", "input", "br", "hr", "img", "link", "wbr"]
  static let rawText: Set<String> = ["script", "style"]
  static let blocks: Set<String> = [
    "div", "p", "table", "dl", "section", "article", "aside", "ul", "ol", "blockquote",
    "details", "fieldset", "header", "main", "nav", "h1", "h2", "h3",
  ]

  init(_ html: String) {
    let scalars = Array(html.unicodeScalars)
    var stack: [Element] = []
    var index = 0
    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || scalar == "-"
        || ("0"..."9").contains(scalar)
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "&" {
        var end = index + 1
        while end < scalars.count, end - index < 12, scalars[end] != ";" { end += 1 }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
        let named = !body.isEmpty && body.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        let numeric =
          body.hasPrefix("#") && body.dropFirst().allSatisfy(\.isNumber)
          && body.count > 1
        if end >= scalars.count || scalars[end] != ";" || !(named || numeric) {
          problems.append("bad character reference at \(index)")
        }
        index = end + 1
        continue
      }
      guard scalar == "<" else {
        index += 1
        continue
      }
      if index + 1 < scalars.count, scalars[index + 1] == "!" {
        while index < scalars.count, scalars[index] != ">" { index += 1 }
        index += 1
        continue
      }
      let closing = index + 1 < scalars.count && scalars[index + 1] == "/"
      var at = index + (closing ? 2 : 1)
      var name = ""
      while at < scalars.count, isNameScalar(scalars[at]) {
        name.unicodeScalars.append(scalars[at])
        at += 1
      }
      guard !name.isEmpty else {
        problems.append("bare < at \(index)")
        index += 1
        continue
      }
      var attributes: [String: String] = [:]
      while at < scalars.count, scalars[at] != ">" {
        if scalars[at] == " " {
          at += 1
          continue
        }
        var key = ""
        while at < scalars.count, isNameScalar(scalars[at]) {
          key.unicodeScalars.append(scalars[at])
          at += 1
        }
        guard !key.isEmpty else {
          problems.append("bad attribute in <\(name)> at \(at)")
          break
        }
        var value = ""
        if at < scalars.count, scalars[at] == "=" {
          guard at + 1 < scalars.count, scalars[at + 1] == "\"" else {
            problems.append("unquoted attribute \(key) in <\(name)>")
            break
          }
          at += 2
          while at < scalars.count, scalars[at] != "\"" {
            if scalars[at] == "<" { problems.append("< in attribute \(key) of <\(name)>") }
            value.unicodeScalars.append(scalars[at])
            at += 1
          }
          at += 1
        }
        if attributes[key] != nil { problems.append("attribute \(key) twice in <\(name)>") }
        attributes[key] = value
      }
      index = at + 1
      if closing {
        if let open = stack.popLast() {
          if open.name != name { problems.append("</\(name)> closes <\(open.name)>") }
        } else {
          problems.append("</\(name)> closes nothing")
        }
        continue
      }
      let element = Element(name: name, attributes: attributes, ancestors: stack)
      if Self.blocks.contains(name),
        let phrasing = stack.last(where: { $0.name == "span" || $0.name == "a" })
      {
        problems.append("<\(name)> inside <\(phrasing.name)>")
      }
      if name == "a", stack.contains(where: { $0.name == "a" }) { problems.append("nested <a>") }
      if let id = attributes["id"] { ids[id, default: 0] += 1 }
      elements.append(element)
      if Self.rawText.contains(name) {
        let close = Array("</\(name)>".unicodeScalars)
        while index < scalars.count,
          Array(scalars[index..<min(index + close.count, scalars.count)]) != close
        {
          index += 1
        }
        index += close.count
      } else if !Self.void.contains(name) {
        stack.append(element)
      }
    }
    for open in stack { problems.append("<\(open.name)> is never closed") }
    for (id, count) in ids where count > 1 { problems.append("id \(id) used \(count) times") }
    for element in elements {
      var references: [String] = []
      if let href = element.attributes["href"], href.hasPrefix("#") {
        references.append(String(href.dropFirst()))
      }
      for key in ["data-span", "data-refs", "data-spans"] {
        references += (element.attributes[key] ?? "").split(separator: " ").map(String.init)
      }
      for reference in references where ids[reference] == nil {
        problems.append("<\(element.name)> refers to missing id \(reference)")
      }
    }
  }

  /// The marks of the text of one kind (`place`): spans of class `mk` and `k-<kind>`.
  func marks(_ kind: String) -> [Element] {
    elements.filter { $0.classes.contains("mk") && $0.classes.contains("k-\(kind)") }
  }

  /// The elements with class `name`.
  func elements(withClass name: String) -> [Element] {
    elements.filter { $0.classes.contains(name) }
  }
}
