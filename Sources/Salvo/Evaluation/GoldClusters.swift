import Foundation

/// The cross-article gold of a gold folder's `clusters.json`: which gold events of
/// different articles are one real-world event, which look alike but are not, and which
/// articles are near duplicates (format: `Tests/Fixtures/gold/README.md`).
public struct GoldClusters: Sendable {
  /// A gold event: its article's gold `file` and its index in that file's `events`.
  public struct Member: Sendable, Hashable, Comparable {
    /// The gold file (`"001"`).
    public var file: String
    /// The event's index in the file.
    public var event: Int

    public static func < (lhs: Member, rhs: Member) -> Bool {
      (lhs.file, lhs.event) < (rhs.file, rhs.event)
    }

    var label: String { "\(file)#\(event)" }
  }

  /// One event reported by several articles.
  public struct Cluster: Sendable {
    /// What it is.
    public var label: String
    /// Its members.
    public var members: [Member]
    /// Whether it is an optional background campaign (`scope: "campaign"`).
    public var isCampaign: Bool
  }

  /// The clusters.
  public var clusters: [Cluster]
  /// Pairs that must not be merged.
  public var distinct: [(Member, Member)]
  /// Pairs whose relation is partial (overlapping aggregates, an instance and its whole):
  /// neither required nor forbidden.
  public var partial: [(Member, Member)]
  /// Near-duplicate article pairs (gold files).
  public var nearDuplicateArticles: [(String, String)]

  /// Loads `folder/clusters.json`; nil when the folder has none.
  ///
  /// - Throws: `EvaluationError` when the file exists but is not valid.
  public static func load(folder: String) throws -> GoldClusters? {
    let path = folder + "/clusters.json"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw EvaluationError("\(path): not a JSON object")
    }
    func member(_ value: Any?) -> Member? {
      guard let entry = value as? [String: Any], let file = entry["file"] as? String,
        let event = entry["event"] as? Int
      else { return nil }
      return Member(file: file, event: event)
    }
    let clusters = (object["clusters"] as? [[String: Any]] ?? []).map { entry in
      Cluster(
        label: entry["label"] as? String ?? "",
        members: (entry["members"] as? [Any] ?? []).compactMap(member),
        isCampaign: entry["scope"] as? String == "campaign")
    }
    let distinct = (object["distinct_but_similar"] as? [[String: Any]] ?? []).compactMap {
      entry -> (Member, Member)? in
      guard let a = member(entry["a"]), let b = member(entry["b"]) else { return nil }
      return (a, b)
    }
    var partial: [(Member, Member)] = []
    for entry in object["aggregate_overlaps"] as? [[String: Any]] ?? [] {
      let members = (entry["members"] as? [Any] ?? []).compactMap(member)
      for (i, a) in members.enumerated() { for b in members[(i + 1)...] { partial.append((a, b)) } }
    }
    for entry in object["partial_links"] as? [[String: Any]] ?? [] {
      guard let part = member(entry["part"]) else { continue }
      for whole in (entry["whole"] as? [Any] ?? []).compactMap(member) {
        partial.append((part, whole))
      }
    }
    let near = (object["near_duplicate_articles"] as? [[String]] ?? []).compactMap {
      pair -> (String, String)? in pair.count == 2 ? (pair[0], pair[1]) : nil
    }
    return GoldClusters(
      clusters: clusters, distinct: distinct, partial: partial, nearDuplicateArticles: near)
  }
}
