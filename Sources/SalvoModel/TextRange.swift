/// A half-open range of UTF-8 byte offsets into a document's untouched text.
public struct TextRange: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The offset of the first byte.
  public var utf8Start: Int
  /// The offset just past the last byte.
  public var utf8End: Int

  /// Creates a range; `utf8End` must not be below `utf8Start`.
  public init(utf8Start: Int, utf8End: Int) {
    precondition(utf8Start <= utf8End, "TextRange end before start")
    self.utf8Start = utf8Start
    self.utf8End = utf8End
  }

  /// The number of bytes covered.
  public var utf8Count: Int { utf8End - utf8Start }

  /// Whether the range covers no bytes.
  public var isEmpty: Bool { utf8Start == utf8End }

  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool {
    utf8Start <= other.utf8Start && other.utf8End <= utf8End
  }

  /// Whether the two ranges share at least one byte.
  public func overlaps(_ other: TextRange) -> Bool {
    utf8Start < other.utf8End && other.utf8Start < utf8End
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.utf8Start, lhs.utf8End) < (rhs.utf8Start, rhs.utf8End)
  }

  public var description: String { "[\(utf8Start), \(utf8End))" }
}

extension String {
  /// The text a range covers, decoded leniently.
  public func slice(_ range: TextRange) -> Substring {
    let bytes = utf8
    let start = bytes.index(bytes.startIndex, offsetBy: range.utf8Start)
    let end = bytes.index(start, offsetBy: range.utf8Count)
    return self[start..<end]
  }
}
