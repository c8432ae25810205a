import Foundation

extension Substring {
  /// `trimmingCharacters(in: .whitespaces)`, decided on bytes when the text is ASCII, where
  /// the only such characters are space and tab: Foundation's version bridges through
  /// `NSString`, which cost more than the rest of reading a metadata field.
  var trimmingWhitespace: String {
    let utf8 = self.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return trimmingCharacters(in: .whitespaces) }
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }),
      let last = utf8.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(Substring(utf8[first...last]))
  }
}

extension String {
  /// `trimmingCharacters(in: .whitespaces)`, on bytes for ASCII text.
  var trimmingWhitespace: String { self[...].trimmingWhitespace }
}
