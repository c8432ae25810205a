/// A fixture sentence with the expected span marked: `"Rebels fired ⟦40 rockets⟧ at it"`.
struct Marked: Sendable, CustomStringConvertible {
  /// The sentence without the marks.
  let text: String
  /// The marked span's text.
  let span: String

  init(_ marked: String) {
    var text = ""
    var span = ""
    var inside = false
    for character in marked {
      switch character {
      case "⟦": inside = true
      case "⟧": inside = false
      default:
        text.append(character)
        if inside { span.append(character) }
      }
    }
    self.text = text
    self.span = span
  }

  var description: String { text }
}
