/// The file format an article came from.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text (`.txt`).
  case text = "txt"
  /// Markdown (`.md`).
  case markdown = "md"
  /// An HTML page (`.html`).
  case html
  /// A JSON object or array of objects (`.json`).
  case json
  /// JSON Lines, one article per line (`.jsonl`).
  case jsonLines = "jsonl"
}

/// One article: its untouched text, metadata, and the ranges ingest found in it.
///
/// `text` is never modified. For `.txt` and `.md` it is the file's decoded text; for
/// `.json`/`.jsonl` the decoded body string; for `.html` the visible text ingest extracted
/// (see `HTMLTextExtractor`). Every range is a UTF-8 offset range into `text`.
public struct Document: Sendable {
  /// `article_id`: the article's own id when its JSON carries one, else its relative path
  /// (`path#N` for line N of a `.jsonl` file).
  public var id: String
  /// The file's path relative to the input folder it was found under.
  public var path: String
  /// The format it was read from.
  public var format: ArticleFormat
  /// The article text, exactly as decoded.
  public var text: String
  /// The title: the headline line, or the title field of JSON or HTML.
  public var title: String?
  /// The headline line inside `text`, when the text starts with one.
  public var headline: TextRange?
  /// The outlet that published the article, normalized (`theguardian.com`).
  public var outlet: String?
  /// The article's URL.
  public var url: String?
  /// The publication date, when the metadata or the text states it.
  public var published: PublicationDate?
  /// The text's blocks (paragraphs or lines) in order, content and boilerplate alike.
  public var blocks: [TextRange]
  /// Ranges that are not article content: bylines, bios, comment notices, image URLs.
  public var boilerplate: [TextRange]
  /// Lines that repeat an earlier line verbatim (a headline printed twice).
  public var duplicateLines: [TextRange]
  /// `sha256:` + hex digest of `text`'s UTF-8 bytes.
  public var contentHash: String
  /// Findings about the content (undecodable bytes, empty text).
  public var diagnostics: [Diagnostic]

  /// Creates a document.
  public init(
    id: String, path: String, format: ArticleFormat, text: String, title: String? = nil,
    headline: TextRange? = nil, outlet: String? = nil, url: String? = nil,
    published: PublicationDate? = nil, blocks: [TextRange] = [], boilerplate: [TextRange] = [],
    duplicateLines: [TextRange] = [], contentHash: String, diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.text = text
    self.title = title
    self.headline = headline
    self.outlet = outlet
    self.url = url
    self.published = published
    self.blocks = blocks
    self.boilerplate = boilerplate
    self.duplicateLines = duplicateLines
    self.contentHash = contentHash
    self.diagnostics = diagnostics
  }

  /// The blocks that are article content: neither boilerplate nor repeated lines.
  public var contentBlocks: [TextRange] {
    let skipped = boilerplate + duplicateLines
    return blocks.filter { block in !skipped.contains { $0.contains(block) } }
  }

  /// The index of the block a range starts in, or -1 when it starts in none.
  public func block(of range: TextRange) -> Int {
    blocks.firstIndex { $0.utf8Start <= range.utf8Start && range.utf8Start < $0.utf8End } ?? -1
  }
}

/// A publication date, with the precision the source gave.
public struct PublicationDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Where the date was found.
  public enum Source: String, Sendable, Hashable {
    /// A metadata field (JSON `published`, an HTML `<meta>` or `<time>`).
    case metadata
    /// A dateline in the text (`27/07/2024 23h56`, `Published: July 27, 2024`).
    case dateline
    /// A date embedded in the article's URL (`/2024/07/27/`).
    case url
  }

  /// The year (`2024`).
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month, 1–31.
  public var day: Int
  /// The hour (0–23), when given.
  public var hour: Int?
  /// The minute (0–59), when given with the hour.
  public var minute: Int?
  /// Where it came from.
  public var source: Source

  /// Creates a date; callers validate the calendar fields.
  public init(
    year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
    source: Source
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.source = source
  }

  /// The calendar day, without the time.
  public var calendarDate: CalendarDate { CalendarDate(year: year, month: month, day: day) }

  /// ISO 8601 calendar date, `YYYY-MM-DD`.
  public var isoDate: String { calendarDate.description }

  /// `YYYY-MM-DD`, with `THH:MM` when the time is known.
  public var description: String {
    guard let hour, let minute else { return isoDate }
    return "\(isoDate)T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
  }

  public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
    (lhs.year, lhs.month, lhs.day, lhs.hour ?? 0, lhs.minute ?? 0)
      < (rhs.year, rhs.month, rhs.day, rhs.hour ?? 0, rhs.minute ?? 0)
  }
}
