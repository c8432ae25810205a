import Foundation
import SalvoIO

extension EvaluationReport {
  /// The cross-article section of the table.
  func clusterTable(verbose: Bool) -> [String] {
    guard let clusters else { return [] }
    func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
    var lines = [
      "",
      "clusters (pairs over matched gold events)  P     R    F1   pairs gold/run/agreeing"
        + "  merged clusters  distinct merged  near-dup articles",
      "                                           \(percent(clusters.pairs.precision))"
        + " \(percent(clusters.pairs.recall)) \(percent(clusters.pairs.f1))"
        + String(
          format: "   %d/%d/%d", clusters.pairs.gold, clusters.pairs.predicted,
          clusters.pairs.truePositives)
        + "            \(clusters.fullyMerged)/\(clusters.scorableClusters)"
        + "              \(clusters.distinctMerged.count)/\(clusters.distinctCheckable)"
        + "              \(clusters.nearDuplicatesFound)/\(clusters.nearDuplicatePairs)",
    ]
    let notes: [(String, [String])] = [
      ("DISTINCT events merged", clusters.distinctMerged),
      ("split clusters", verbose ? clusters.split : []),
      ("wrong merges", verbose ? clusters.wrongMerges : []),
      ("articles flagged as duplicates without gold", clusters.extraDuplicates),
    ]
    for (label, items) in notes where !items.isEmpty {
      lines.append("clusters: \(label): \(items.joined(separator: "; "))")
    }
    return lines
  }

  /// The cross-article section of the JSON.
  static func clusterJSON(_ clusters: ClusterScore) -> JSONValue {
    let strings = { (items: [String]) in JSONValue.array(items.map(JSONValue.string)) }
    return .object([
      (
        "pairs",
        .object([
          ("precision", .double(clusters.pairs.precision)),
          ("recall", .double(clusters.pairs.recall)), ("f1", .double(clusters.pairs.f1)),
          ("true_positives", .int(clusters.pairs.truePositives)),
          ("predicted", .int(clusters.pairs.predicted)), ("gold", .int(clusters.pairs.gold)),
        ])
      ),
      ("scorable_clusters", .int(clusters.scorableClusters)),
      ("fully_merged", .int(clusters.fullyMerged)),
      ("split", strings(clusters.split)),
      ("wrong_merges", strings(clusters.wrongMerges)),
      ("distinct_checkable", .int(clusters.distinctCheckable)),
      ("distinct_merged", strings(clusters.distinctMerged)),
      ("near_duplicate_pairs", .int(clusters.nearDuplicatePairs)),
      ("near_duplicates_found", .int(clusters.nearDuplicatesFound)),
      ("extra_duplicates", strings(clusters.extraDuplicates)),
    ])
  }
}
