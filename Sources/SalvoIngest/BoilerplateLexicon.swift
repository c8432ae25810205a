import Foundation
import SalvoModel

/// The cues that mark page furniture, loaded from `Gazetteers/ingest/boilerplate.tsv`.
public struct BoilerplateLexicon: Sendable {
  /// How a cue is compared with a line.
  public enum Match: String, Sendable, CaseIterable {
    /// The whole line is the cue (trailing `:`, `.`, `*` ignored).
    case line
    /// The line starts with the cue, at a word boundary.
    case prefix
    /// The cue occurs anywhere in a short line.
    case contains
  }

  /// What a matching line is.
  public enum Role: String, Sendable, CaseIterable {
    /// The line is boilerplate.
    case notice
    /// The line is boilerplate and, late in the article, opens the footer.
    case footer
    /// Like `footer`, and the rest of the line names the outlet.
    case source
    /// A byline; the rest names the author.
    case byline
  }

  /// One cue.
  public struct Cue: Sendable {
    /// The cue, normalized like the lines it is compared with.
    public let text: [UInt8]
    /// `text` without trailing `:`, `.`, `*`, for whole-line comparison.
    let trimmedText: ArraySlice<UInt8>
    /// How it is compared with a line.
    public var match: Match
    /// What a matching line is.
    public var role: Role
    /// Where it was defined (`ingest/boilerplate.tsv:12`).
    public var origin: String

    /// Creates a cue from normalized text.
    init(text: [UInt8], match: Match, role: Role, origin: String) {
      self.text = text
      self.trimmedText = LineNormalizer.trimTrailingMarks(text[...])
      self.match = match
      self.role = role
      self.origin = origin
    }
  }

  /// The cues in file order.
  public let cues: [Cue]
  /// Indices of `cues`, by the first byte of line and prefix cues (256 lists, indexed by
  /// byte); contains-cues apart.
  private let cuesByFirstByte: [[Int]]
  /// Indices of contains-cues by their first byte, and which first bytes have any.
  private let containsCuesByFirstByte: [[Int]]
  private let containsFirstBytes: [Bool]
  /// Wu–Manber shifts for contains-cues: how far a window of `containsWindow` bytes may
  /// move on when it ends in a given two-byte block (`first << 8 | second`). Empty when some
  /// contains-cue is shorter than two bytes.
  private let containsShifts: [UInt8]
  /// The length of the shortest contains-cue, capped at 255.
  private let containsWindow: Int
  /// Indices of the contains-cues, in file order.
  private let containsCues: [Int]
  /// The first contains-cue with no text (it is in every line), if any.
  private let emptyContainsCue: Int?

  /// Creates a lexicon.
  public init(cues: [Cue]) {
    self.cues = cues
    var byFirstByte = [[Int]](repeating: [], count: 256)
    var contains = [[Int]](repeating: [], count: 256)
    var empty: Int?
    for (index, cue) in cues.enumerated() {
      if cue.match == .contains {
        if let first = cue.text.first {
          contains[Int(first)].append(index)
        } else if empty == nil {
          empty = index
        }
      } else if let first = cue.text.first {
        byFirstByte[Int(first)].append(index)
      }
    }
    cuesByFirstByte = byFirstByte
    containsCuesByFirstByte = contains
    containsFirstBytes = contains.map { !$0.isEmpty }
    let containing = cues.indices.filter { cues[$0].match == .contains && !cues[$0].text.isEmpty }
    let window = min(255, containing.map { cues[$0].text.count }.min() ?? 0)
    var shifts: [UInt8] = []
    if window >= 2 {
      shifts = [UInt8](repeating: UInt8(window - 1), count: 1 << 16)
      for index in containing {
        let text = cues[index].text
        for end in 2...window {
          let block = Int(text[end - 2]) << 8 | Int(text[end - 1])
          shifts[block] = min(shifts[block], UInt8(window - end))
        }
      }
    }
    containsShifts = shifts
    containsWindow = window
    containsCues = containing
    emptyContainsCue = empty
  }

  /// Loads `boilerplate.tsv` from a folder.
  ///
  /// - Throws: `LexiconFileError` for a malformed row, `IngestError` for a missing file.
  public static func load(from directory: URL) throws -> BoilerplateLexicon {
    let url = directory.appendingPathComponent("boilerplate.tsv")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw IngestError(.badConfiguration, path: url.path, "cannot read the boilerplate lexicon")
    }
    let name = "ingest/boilerplate.tsv"
    let file = try LexiconFile(
      text: String(decoding: data, as: UTF8.self), name: name, required: ["cue", "match", "role"])
    var cues: [Cue] = []
    for row in file.rows {
      guard let text = row["cue"], let match = row["match"].flatMap(Match.init(rawValue:)),
        let role = row["role"].flatMap(Role.init(rawValue:))
      else {
        throw LexiconFileError(
          file: name, line: row.line, column: 1,
          message: "needs a cue, a match (line, prefix, contains) and a role "
            + "(notice, footer, source, byline)")
      }
      cues.append(
        Cue(
          text: LineNormalizer.normalize(Array(text.utf8)), match: match, role: role,
          origin: "\(name):\(row.line)"))
    }
    return BoilerplateLexicon(cues: cues)
  }

  /// The first cue (in file order) a normalized line matches, with the rest of the line
  /// after a prefix cue.
  func match(_ normalizedLine: [UInt8]) -> (cue: Cue, rest: String)? {
    let line = normalizedLine[...]
    let trimmed = LineNormalizer.trimTrailingMarks(line)
    var best: (index: Int, rest: String)?
    for index in line.first.map({ cuesByFirstByte[Int($0)] }) ?? [] {
      // The cue's fields, not the cue: copying the whole cue per candidate cost more than
      // the comparison.
      if let rest = Self.rest(
        of: line, trimmed: trimmed, match: cues[index].match, text: cues[index].text,
        trimmedText: cues[index].trimmedText)
      {
        best = (index, rest)
        break
      }
    }
    // Notices that contain a cue mid-line are short; a long paragraph is never one.
    if normalizedLine.count < BlockFacts.matchedPrefixBytes {
      let first = firstContainsCue(in: normalizedLine, before: best?.index ?? Int.max)
      if let first { best = (first, "") }
    }
    return best.map { (cues[$0.index], $0.rest) }
  }

  /// The first contains-cue (in file order, before index `limit`) that occurs in `line`:
  /// one pass over the line, trying the cues that start with each byte.
  func firstContainsCue(in line: [UInt8], before limit: Int) -> Int? {
    var found = min(limit, emptyContainsCue ?? Int.max)
    if !containsShifts.isEmpty {
      found = firstContainsCueSkipping(in: line, before: found)
      return found < limit ? found : nil
    }
    line.withUnsafeBufferPointer { haystack in
      guard let start = haystack.baseAddress else { return }
      for position in 0..<haystack.count where containsFirstBytes[Int(haystack[position])] {
        for index in containsCuesByFirstByte[Int(haystack[position])] where index < found {
          let needle = cues[index].text
          guard position + needle.count <= haystack.count else { continue }
          let same = needle.withUnsafeBufferPointer { pattern in
            pattern.baseAddress.map { memcmp(start + position, $0, pattern.count) == 0 } ?? true
          }
          if same { found = index }
        }
      }
    }
    return found < limit ? found : nil
  }

  /// `firstContainsCue(in:before:)` by Wu–Manber: a window as long as the shortest cue
  /// slides over the line by the shift of the two bytes it ends in, and only windows whose
  /// shift is zero are compared with the cues. Returns `limit` when no cue before it occurs.
  private func firstContainsCueSkipping(in line: [UInt8], before limit: Int) -> Int {
    var found = limit
    let window = containsWindow
    containsShifts.withUnsafeBufferPointer { shifts in
      line.withUnsafeBufferPointer { haystack in
        guard let base = haystack.baseAddress else { return }
        var end = window - 1  // the window's last byte
        while end < haystack.count {
          let shift = Int(shifts[Int(haystack[end - 1]) << 8 | Int(haystack[end])])
          if shift > 0 {
            end += shift
            continue
          }
          let start = end - window + 1
          for index in containsCues where index < found {
            let needle = cues[index].text
            guard start + needle.count <= haystack.count else { continue }
            let same = needle.withUnsafeBufferPointer { pattern in
              pattern.baseAddress.map { memcmp(base + start, $0, pattern.count) == 0 } ?? true
            }
            if same { found = index }
          }
          end += 1
        }
      }
    }
    return found
  }

  /// The first contains-cue before `limit` that occurs in `line`, one cue at a time: the
  /// reference for `firstContainsCue(in:before:)`.
  func firstContainsCueByCue(in line: [UInt8], before limit: Int) -> Int? {
    for (index, cue) in cues.enumerated() where cue.match == .contains && index < limit {
      if line[...].contains(bytes: cue.text) { return index }
    }
    return nil
  }

  /// The rest of the line when a line or prefix cue matches it.
  private static func rest(
    of line: ArraySlice<UInt8>, trimmed: ArraySlice<UInt8>, match: Match, text: [UInt8],
    trimmedText: ArraySlice<UInt8>
  ) -> String? {
    switch match {
    case .line:
      return trimmed.count == trimmedText.count && trimmed.elementsEqual(trimmedText)
        ? "" : nil
    case .prefix:
      guard line.starts(with: text) else { return nil }
      let rest = line.dropFirst(text.count)
      // A prefix must end at a word boundary: "By" matches "By Jane", not "Byblos".
      if let next = rest.first, isWordByte(next), let last = text.last, isWordByte(last) {
        return nil
      }
      return String(decoding: rest.drop { prefixSeparators.contains($0) }, as: UTF8.self)
    case .contains:
      return nil
    }
  }

  /// Bytes skipped between a prefix cue and the rest of the line: space, `:`, `>`, `|`, `-`,
  /// and the UTF-8 bytes of `»`.
  private static let prefixSeparators: Set<UInt8> = [
    0x20, UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "-"), 0xC2, 0xBB,
  ]

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
  }
}

/// Normalizes lines and cues for comparison, byte by byte: ASCII lower case, typographic
/// quotes and dashes unified, runs of white space (including no-break spaces) collapsed.
enum LineNormalizer {
  static func normalize(_ line: [UInt8]) -> [UInt8] {
    line.withUnsafeBufferPointer { normalize(bytes: $0) }
  }

  static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    normalize(bytes: bytes)
  }

  /// Never longer than its input: white space collapses and marks fold to one byte, so the
  /// result is written straight into storage of the input's size.
  private static func normalize(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: bytes.count) { result, written in
      var count = 0
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        var byte = bytes[index]
        var width = 1
        if byte < 0x80 {
          if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
            pendingSpace = count > 0
            index += 1
            continue
          }
        } else if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 {
          pendingSpace = count > 0  // no-break space
          index += 2
          continue
        } else if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
          switch bytes[index + 2] {
          case 0x98, 0x99:
            byte = UInt8(ascii: "'")
            width = 3
          case 0x9C, 0x9D:
            byte = UInt8(ascii: "\"")
            width = 3
          case 0x93, 0x94:
            byte = UInt8(ascii: "-")
            width = 3
          default:
            break
          }
        }
        index += width
        if pendingSpace {
          result[count] = 0x20
          count += 1
          pendingSpace = false
        }
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
        result[count] = byte
        count += 1
      }
      written = count
    }
  }

  /// The line without trailing `:`, `.`, `*` and spaces.
  static func trimTrailingMarks(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = line.endIndex
    while end > line.startIndex,
      [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "*"), 0x20].contains(line[end - 1])
    {
      end -= 1
    }
    return line[line.startIndex..<end]
  }
}

extension ArraySlice where Element == UInt8 {
  /// Whether `needle` occurs in the bytes.
  func contains(bytes needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
    return withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        guard let start = haystack.baseAddress, let target = pattern.baseAddress else {
          return false
        }
        var index = 0
        let last = haystack.count - pattern.count
        // The first and last bytes filter candidates before the full comparison.
        let final = pattern[pattern.count - 1]
        while index <= last {
          if haystack[index] == first && haystack[index + pattern.count - 1] == final
            && memcmp(start + index, target, pattern.count) == 0
          {
            return true
          }
          index += 1
        }
        return false
      }
    }
  }
}
