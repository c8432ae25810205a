import SalvoIO

/// One article's mention differences between two runs: mentions are the same when their
/// kind and offsets agree; such a pair whose resolution differs is changed.
public struct MentionDiff: Sendable, Equatable {
  /// A mention whose resolution changed.
  public struct Change: Sendable, Equatable {
    /// The mention in the old run.
    public var old: ArticleMentions.Entry
    /// The mention in the new run.
    public var new: ArticleMentions.Entry

    /// The resolution fields that differ, `key: old → new`, keys sorted.
    public var fields: [FieldChange] {
      Set(old.resolution.keys).union(new.resolution.keys).sorted().compactMap { key in
        let a = old.resolution[key] ?? FieldChange.none
        let b = new.resolution[key] ?? FieldChange.none
        return a == b ? nil : FieldChange(field: key, old: a, new: b)
      }
    }
  }

  /// The article's id.
  public var articleID: String
  /// Whether the article is in only one run: `added` or `removed`; `nil` when in both.
  public var article: String?
  /// Mentions only in the new run.
  public var added: [ArticleMentions.Entry]
  /// Mentions only in the old run.
  public var removed: [ArticleMentions.Entry]
  /// Mentions whose resolution changed.
  public var changed: [Change]

  /// The articles whose mentions differ, sorted by article id.
  public static func compare(old: [ArticleMentions], new: [ArticleMentions]) -> [MentionDiff] {
    let oldByID = Dictionary(
      old.map { ($0.articleID, $0) }, uniquingKeysWith: { first, _ in first })
    let newByID = Dictionary(
      new.map { ($0.articleID, $0) }, uniquingKeysWith: { first, _ in first })
    var diffs: [MentionDiff] = []
    for id in Set(oldByID.keys).union(newByID.keys).sorted() {
      let a = oldByID[id]?.mentions ?? []
      let b = newByID[id]?.mentions ?? []
      let state = oldByID[id] == nil ? "added" : newByID[id] == nil ? "removed" : nil
      let diff = compare(articleID: id, article: state, old: a, new: b)
      if diff.article != nil || !diff.added.isEmpty || !diff.removed.isEmpty
        || !diff.changed.isEmpty
      {
        diffs.append(diff)
      }
    }
    return diffs
  }

  static func compare(
    articleID: String, article: String?, old: [ArticleMentions.Entry],
    new: [ArticleMentions.Entry]
  ) -> MentionDiff {
    struct Key: Hashable {
      var kind: String
      var start: Int
      var end: Int
    }
    func key(_ entry: ArticleMentions.Entry) -> Key {
      Key(kind: entry.kind, start: entry.start, end: entry.end)
    }
    let newByKey = Dictionary(new.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    let oldKeys = Set(old.map(key))
    var diff = MentionDiff(
      articleID: articleID, article: article, added: [], removed: [], changed: [])
    for entry in old {
      guard let match = newByKey[key(entry)] else {
        diff.removed.append(entry)
        continue
      }
      if match.resolution != entry.resolution || match.text != entry.text {
        diff.changed.append(Change(old: entry, new: match))
      }
    }
    diff.added = new.filter { !oldKeys.contains(key($0)) }
    return diff
  }
}
