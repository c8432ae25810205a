/// One HTML tag (or comment) as the extractor's scanner reads it.
struct Tag {
  /// The lower-case element name; empty for comments and declarations.
  var name: String
  var isClosing = false
  var isSelfClosing = false
  var isComment = false
  /// Attributes with lower-case names; values are raw (entities not decoded).
  var attributes: [String: String] = [:]
  /// The offset just past the tag.
  var end: Int

  /// The element's `class` and `id`, lower-cased, for furniture detection.
  var identity: String {
    ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
  }

  /// Parses the tag starting at `start` (a `<`), or returns nil when the `<` does not open
  /// a tag (as in `a < b`), in which case it is text.
  static func parse(_ bytes: [UInt8], at start: Int) -> Tag? {
    var index = start + 1
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
      if bytes[index...].starts(with: Array("!--".utf8)) {
        let close = find(Array("-->".utf8), in: bytes, from: index + 3)
        return Tag(name: "", isComment: true, end: close.map { $0 + 3 } ?? bytes.count)
      }
      let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
      return Tag(name: "", isComment: true, end: close + 1)
    }
    var tag = Tag(name: "", end: start)
    if bytes[index] == UInt8(ascii: "/") {
      tag.isClosing = true
      index += 1
    }
    let nameStart = index
    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, isLetter(bytes[nameStart]) else { return nil }
    tag.name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") {
        tag.end = index + 1
        return tag
      }
      if byte == UInt8(ascii: "/") {
        tag.isSelfClosing = true
        index += 1
        continue
      }
      if isSpace(byte) {
        index += 1
        continue
      }
      let attributeStart = index
      while index < bytes.count, !isSpace(bytes[index]),
        ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index])
      {
        index += 1
      }
      let name = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      var value = ""
      if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
        {
          let quote = bytes[index]
          let valueStart = index + 1
          let valueEnd = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
          value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
          index = min(valueEnd + 1, bytes.count)
        } else {
          let valueStart = index
          while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            index += 1
          }
          value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
        }
      }
      if !name.isEmpty && tag.attributes[name] == nil { tag.attributes[name] = value }
    }
    tag.end = bytes.count
    return tag
  }

  /// The offset just past `</name>` (any case) at or after `start`, or the end of input.
  static func endOfRawText(_ bytes: [UInt8], named name: String, from start: Int) -> Int {
    let closing = Array("</\(name)".utf8)
    var index = start
    while let found = find(closing, in: bytes, from: index, caseInsensitive: true) {
      let after = found + closing.count
      if after >= bytes.count || !isNameByte(bytes[after]) {
        return (bytes[after...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
      }
      index = after
    }
    return bytes.count
  }

  private static func find(
    _ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false
  ) -> Int? {
    guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
    var index = start
    while index <= bytes.count - needle.count {
      var matches = true
      for offset in 0..<needle.count {
        let byte = caseInsensitive ? lower(bytes[index + offset]) : bytes[index + offset]
        if byte != needle[offset] {
          matches = false
          break
        }
      }
      if matches { return index }
      index += 1
    }
    return nil
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    let lowered = byte | 0x20
    return lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z")
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}
