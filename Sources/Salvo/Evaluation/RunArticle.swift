import Foundation

/// One article's record from a run's `mentions.jsonl`, as `salvo eval` reads it.
public struct RunArticle: Sendable {
  /// A mention as written in the record.
  public struct Mention: Sendable {
    /// `place`, `actor`, `quantity`, `date`, ….
    public var kind: String
    /// The surface text.
    public var text: String
    /// The start offset, as written in the record.
    public var start: Int
    /// The end offset, as written in the record.
    public var end: Int
    /// The ISO2 country it resolves to, if any.
    public var country: String?
    /// Every string or number field of the mention, and its date's fields as `date_<key>`.
    public var fields: [String: String]
  }

  /// The article's path as the run recorded it.
  public var path: String
  /// The article's `article_id` (its path when the record has none).
  public var articleID: String
  /// Its mentions, in record order.
  public var mentions: [Mention]
  /// Its event mentions, in record order.
  public var events: [RunEvent]
  /// The article id it duplicates (`duplicate_of`), when deduplication found one.
  public var duplicateOf: String?
  /// The article text's scalars, when eval read the article itself (`--corpus`).
  var scalars: [Unicode.Scalar]?
  /// Evidence sentences by span, from the `sources` of the run's `events.jsonl`.
  var sentences: [RunEvent.Span: String] = [:]

  /// The text of a span of the article: sliced from the article when eval read it, else
  /// the evidence sentence `events.jsonl` recorded for that span; nil when neither is known.
  func text(of span: RunEvent.Span) -> String? {
    if let scalars, span.end <= scalars.count {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.start..<span.end])
      return String(view)
    }
    return sentences[span]
  }

  /// Reads every record of a run folder's `mentions.jsonl` (or that file itself), and the
  /// evidence sentences of the `events.jsonl` beside it, when there is one.
  ///
  /// - Throws: `EvaluationError` when the file is missing or a line is not a record.
  public static func load(run: String) throws -> [RunArticle] {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: run, isDirectory: &isDirectory)
    let path = exists && isDirectory.boolValue ? run + "/mentions.jsonl" : run
    var articles = try records(path)
    let sentences = evidenceSentences(
      ((path as NSString).deletingLastPathComponent as NSString)
        .appendingPathComponent("events.jsonl"))
    for index in articles.indices {
      articles[index].sentences = sentences[articles[index].articleID] ?? [:]
    }
    return articles
  }

  /// The article records of a `mentions.jsonl`.
  private static func records(_ path: String) throws -> [RunArticle] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EvaluationError("\(path): cannot read the run's mentions.jsonl")
    }
    var articles: [RunArticle] = []
    for (number, line) in data.split(separator: 0x0A).enumerated() {
      guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
        let articlePath = object["path"] as? String
      else { throw EvaluationError("\(path):\(number + 1): not an article record") }
      let mentions = (object["mentions"] as? [[String: Any]] ?? []).compactMap {
        entry -> Mention? in
        guard let kind = entry["kind"] as? String, let text = entry["text"] as? String,
          let start = entry["start"] as? Int, let end = entry["end"] as? Int
        else { return nil }
        var fields: [String: String] = [:]
        for (key, value) in entry {
          if let string = value as? String { fields[key] = string }
          if let number = value as? NSNumber, !(value is Bool) { fields[key] = number.stringValue }
        }
        // A date's resolution is nested under "date": read as date_start, date_end, ….
        if let date = entry["date"] as? [String: Any] {
          for (key, value) in date {
            if let string = value as? String { fields["date_" + key] = string }
          }
        }
        return Mention(
          kind: kind, text: text, start: start, end: end, country: entry["country"] as? String,
          fields: fields)
      }
      let events = (object["event_mentions"] as? [[String: Any]] ?? []).map(RunEvent.init)
      articles.append(
        RunArticle(
          path: articlePath, articleID: object["article_id"] as? String ?? articlePath,
          mentions: mentions, events: events,
          duplicateOf: object["duplicate_of"] as? String))
    }
    return articles
  }

  /// The evidence sentences of an `events.jsonl`'s `sources`, by article id and span; empty
  /// when the file is missing or unreadable.
  private static func evidenceSentences(_ path: String) -> [String: [RunEvent.Span: String]] {
    guard let data = FileManager.default.contents(atPath: path) else { return [:] }
    var result: [String: [RunEvent.Span: String]] = [:]
    for line in data.split(separator: 0x0A) {
      guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any]
      else { continue }
      for source in object["sources"] as? [[String: Any]] ?? [] {
        guard let article = source["article_id"] as? String,
          let sentence = source["sentence"] as? String, let start = source["start"] as? Int,
          let end = source["end"] as? Int
        else { continue }
        result[article, default: [:]][RunEvent.Span(start: start, end: end)] = sentence
      }
    }
    return result
  }

  /// The record for a gold article: the first whose path ends in the gold file's name.
  static func matching(_ gold: GoldArticle, in run: [RunArticle]) -> RunArticle? {
    run.first { ($0.path as NSString).lastPathComponent == gold.file }
  }
}
