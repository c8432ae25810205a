import Foundation

/// The mentions of one article read back from `mentions.jsonl` (`salvo.article/1`): what
/// `salvo diff --mentions` compares.
public struct ArticleMentions: Sendable, Equatable {
  /// One mention: its kind, span and resolution.
  public struct Entry: Sendable, Equatable, Hashable {
    /// `place`, `actor`, `demonym`, `weapon`, `quantity` or `date`.
    public var kind: String
    /// The surface text.
    public var text: String
    /// Start, in Unicode scalars.
    public var start: Int
    /// End (exclusive).
    public var end: Int
    /// The resolution fields (everything but kind, text, offsets, provenance and losing
    /// candidates), by name, as compact text; null fields left out.
    public var resolution: [String: String]

    /// Creates an entry.
    public init(kind: String, text: String, start: Int, end: Int, resolution: [String: String]) {
      self.kind = kind
      self.text = text
      self.start = start
      self.end = end
      self.resolution = resolution
    }

    /// The resolution as `key=value` pairs, keys sorted.
    public var resolutionText: String {
      resolution.keys.sorted().compactMap { key in resolution[key].map { key + "=" + $0 } }
        .joined(separator: ", ")
    }
  }

  /// The article's id.
  public var articleID: String
  /// Its mentions in record order.
  public var mentions: [Entry]

  /// Creates an article's mentions.
  public init(articleID: String, mentions: [Entry]) {
    self.articleID = articleID
    self.mentions = mentions
  }

  /// Fields of a mention that are not its resolution.
  static let skipped: Set<String> = [
    "kind", "text", "start", "end", "provenance", "candidates", "alternatives", "losing",
  ]

  private struct Record: Decodable {
    var articleID: String
    var mentions: [[String: JSONNode]]?

    enum CodingKeys: String, CodingKey {
      case mentions
      case articleID = "article_id"
    }
  }

  /// Reads every article of a `mentions.jsonl` file.
  ///
  /// - Throws: `RecordReadError` naming the file, and the line of a malformed record.
  public static func read(path: String) throws(RecordReadError) -> [ArticleMentions] {
    var articles: [ArticleMentions] = []
    let decoder = JSONDecoder()
    try RecordReadError.forEachLine(of: path) { (line, number) throws(RecordReadError) in
      let record: Record
      do {
        record = try decoder.decode(Record.self, from: Data(line.utf8))
      } catch {
        throw RecordReadError(path: path, line: number, message: RecordReadError.describe(error))
      }
      var entries: [Entry] = []
      for (index, fields) in (record.mentions ?? []).enumerated() {
        guard case .string(let kind)? = fields["kind"], case .number(let start)? = fields["start"],
          case .number(let end)? = fields["end"]
        else {
          throw RecordReadError(
            path: path, line: number, message: "mentions[\(index)] lacks kind, start or end")
        }
        var resolution: [String: String] = [:]
        for (key, value) in fields where !skipped.contains(key) && value != .null {
          resolution[key] = value.text
        }
        var text = ""
        if case .string(let surface)? = fields["text"] { text = surface }
        entries.append(
          Entry(kind: kind, text: text, start: Int(start), end: Int(end), resolution: resolution))
      }
      articles.append(ArticleMentions(articleID: record.articleID, mentions: entries))
    }
    return articles
  }
}
