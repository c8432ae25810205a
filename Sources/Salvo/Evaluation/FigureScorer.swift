import Foundation

/// Scores quantity and date mentions against the gold `quantities`, `non_counts` and
/// `dates` of an article.
///
/// Matching is by surface: a prediction matches a gold item when one text contains the
/// other as whole words ("about 40 attacks" and "40 attacks"). Gold items marked
/// `optional` count neither as misses nor as false alarms. A count prediction that matches
/// a gold `non_count` ("27 September", "two and a half weeks") is a leak. Dates are judged
/// on the gold items that have a resolution (day, month, year or range); a dateline in
/// boilerplate is outside what the figures stage reads.
struct FigureScorer {
  struct Result {
    var quantities = Score()
    var qualifier = Accuracy()
    var role = Accuracy()
    var leakedNonCounts: [String] = []
    var missedQuantities: [String] = []
    var dates = Score()
    var dateResolution = Accuracy()
    var wrongDates: [String] = []
  }

  func score(gold: GoldArticle, run: RunArticle?) -> Result {
    var result = Result()
    let mentions = run?.mentions ?? []
    let quantities = mentions.filter { $0.kind == "quantity" }
    let dates = mentions.filter { $0.kind == "date" }
    scoreQuantities(gold, quantities, &result)
    scoreDates(gold, dates, &result)
    return result
  }

  private func scoreQuantities(
    _ gold: GoldArticle, _ predicted: [RunArticle.Mention], _ result: inout Result
  ) {
    var matched = Set<Int>()
    for item in gold.quantities {
      let text = item.text
      let optional = item.optional
      let candidates = predicted.indices.filter { index in
        !matched.contains(index)
          && SurfaceForm.overlaps(
            SurfaceForm.normalize(predicted[index].text), SurfaceForm.normalize(text))
      }
      guard let index = candidates.first else {
        if !optional {
          result.quantities.gold += 1
          result.missedQuantities.append(text)
        }
        continue
      }
      matched.insert(index)
      result.quantities.gold += 1
      result.quantities.truePositives += 1
      let mention = predicted[index]
      result.qualifier.total += 1
      if mention.fields["qualifier"] == item.qualifier { result.qualifier.correct += 1 }
      result.role.total += 1
      if mention.fields["role"] == item.role { result.role.correct += 1 }
    }
    let optionalTexts = gold.quantities.filter(\.optional).map(\.text)
    let nonCounts = gold.nonCounts
    for (index, mention) in predicted.enumerated() where !matched.contains(index) {
      let text = SurfaceForm.normalize(mention.text)
      if optionalTexts.contains(where: { SurfaceForm.overlaps(SurfaceForm.normalize($0), text) }) {
        continue
      }
      result.quantities.predicted += 1
      if nonCounts.contains(where: { SurfaceForm.overlaps(SurfaceForm.normalize($0), text) }) {
        result.leakedNonCounts.append(mention.text)
      }
    }
    result.quantities.predicted += matched.count
  }

  private func scoreDates(
    _ gold: GoldArticle, _ predicted: [RunArticle.Mention], _ result: inout Result
  ) {
    let items = gold.dates.filter { item in
      guard let resolved = item.resolved, !resolved.contains("T") else { return false }
      return ["day", "month", "year", "range"].contains(item.precision)
    }
    result.dates.predicted = predicted.count
    for item in items {
      guard let resolved = item.resolved else { continue }
      let text = item.text
      result.dates.gold += 1
      let candidates = predicted.filter {
        SurfaceForm.overlaps(SurfaceForm.normalize($0.text), SurfaceForm.normalize(text))
      }
      guard !candidates.isEmpty else {
        result.wrongDates.append("\(text): not found")
        continue
      }
      result.dates.truePositives += 1
      result.dateResolution.total += 1
      let (start, end) = Self.bounds(resolved)
      if candidates.contains(where: {
        $0.fields["date_start"] == start && $0.fields["date_end"] == end
      }) {
        result.dateResolution.correct += 1
      } else {
        let got = candidates.map {
          "\($0.fields["date_start"] ?? "nil")…\($0.fields["date_end"] ?? "nil")"
        }
        result.wrongDates.append(
          "\(text): expected \(start)…\(end), got \(got.joined(separator: ", "))")
      }
    }
  }

  /// The first and last day a gold resolution denotes: `2024-07-26`, `2024-01` (the whole
  /// month), `2024` (the year), `2023-10/2024-06` (first day of the first, last day of the
  /// last).
  static func bounds(_ resolved: String) -> (String, String) {
    let parts = resolved.split(separator: "/").map(String.init)
    let first = parts.first ?? resolved
    let last = parts.last ?? resolved
    return (expand(first, end: false), expand(last, end: true))
  }

  private static func expand(_ date: String, end: Bool) -> String {
    let fields = date.split(separator: "-").compactMap { Int($0) }
    switch fields.count {
    case 1: return end ? "\(date)-12-31" : "\(date)-01-01"
    case 2:
      guard end else { return "\(date)-01" }
      var components = DateComponents()
      components.year = fields[0]
      components.month = fields[1]
      let calendar = Calendar(identifier: .gregorian)
      let days =
        calendar.date(from: components).flatMap {
          calendar.range(of: .day, in: .month, for: $0)?.count
        } ?? 31
      return String(format: "%@-%02d", date, days)
    default: return date
    }
  }
}
