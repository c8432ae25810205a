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
  /// Its mentions, in record order.
  public var mentions: [Mention]

  /// Reads every record of a run folder's `mentions.jsonl` (or that file itself).
  ///
  /// - Throws: `EvaluationError` when the file is missing or a line is not a record.
  public static func load(run: String) throws -> [RunArticle] {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: run, isDirectory: &isDirectory)
    let path = exists && isDirectory.boolValue ? run + "/mentions.jsonl" : run
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
      articles.append(RunArticle(path: articlePath, mentions: mentions))
    }
    return articles
  }

  /// The record for a gold article: the first whose path ends in the gold file's name.
  static func matching(_ gold: GoldArticle, in run: [RunArticle]) -> RunArticle? {
    run.first { ($0.path as NSString).lastPathComponent == gold.file }
  }
}
