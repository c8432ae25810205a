/// What a token is made of.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable {
  /// Letters, possibly with inner apostrophes or dots (`Iran's`, `U.S.`).
  case word
  /// Digits, possibly with separators (`1,200`, `3.5`, `23h56`).
  case number
  /// Punctuation (general category P*): `.`, `,`, `-`, `“`.
  case punctuation
  /// Symbols and everything else that is not white space: `$`, `%`, `»`, emoji.
  case symbol
}

/// Orthographic facts about a token's surface, used by case-sensitive matching.
public struct TokenShape: OptionSet, Sendable, Hashable {
  /// The flags as bits.
  public let rawValue: UInt8
  /// Creates a shape from its bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The first letter is upper-case (`Homs`, `US`).
  public static let capitalized = TokenShape(rawValue: 1 << 0)
  /// Every letter is upper-case and there are at least two (`US`, `IRGC`).
  public static let allUppercase = TokenShape(rawValue: 1 << 1)
  /// The surface contains a digit.
  public static let hasDigit = TokenShape(rawValue: 1 << 2)
  /// The surface contains a letter.
  public static let hasLetter = TokenShape(rawValue: 1 << 3)
  /// The surface contains a non-ASCII scalar.
  public static let nonASCII = TokenShape(rawValue: 1 << 4)
}

/// An interned folded term: an index into a document's `TermTable`.
public struct TermID: Sendable, Hashable, Comparable {
  /// The index in the owning table.
  public let rawValue: UInt32
  /// Creates an id from its index in the table.
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  public static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One token of a document: where it is, what kind it is, and its folded term.
///
/// Offsets are stored compactly as `UInt32` UTF-8 offsets; articles are limited far below
/// 4 GiB by ingest.
public struct Token: Sendable, Hashable {
  /// UTF-8 offset of the first byte.
  public var utf8Start: UInt32
  /// UTF-8 offset just past the last byte.
  public var utf8End: UInt32
  /// The interned folded term (NFKC, case-folded, diacritics removed, quotes unified).
  public var term: TermID
  /// What the token is made of.
  public var kind: TokenKind
  /// Orthographic facts about the surface.
  public var shape: TokenShape

  /// Creates a token.
  public init(
    utf8Start: UInt32, utf8End: UInt32, term: TermID, kind: TokenKind, shape: TokenShape
  ) {
    self.utf8Start = utf8Start
    self.utf8End = utf8End
    self.term = term
    self.kind = kind
    self.shape = shape
  }

  /// The token's range in the document text.
  public var range: TextRange { TextRange(utf8Start: Int(utf8Start), utf8End: Int(utf8End)) }
}
