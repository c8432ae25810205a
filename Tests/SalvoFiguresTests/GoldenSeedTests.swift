import Foundation
import SalvoModel
import SalvoTestSupport
import Testing

/// One seed article with its gold annotations.
struct Seed {
  let name: String
  let text: String
  let gold: [String: Any]

  static let names = ["000", "001", "002", "003", "004"]

  /// Publication dates the text itself states (seed 004's dateline).
  static let published = ["004": "2024-07-27"]

  init(_ name: String) throws {
    self.name = name
    let corpus = repositoryRoot.appendingPathComponent("Corpus")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: corpus.path).first {
        $0.hasPrefix(name)
      })
    text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
    let goldURL = repositoryRoot.appendingPathComponent("Tests/Fixtures/gold/seeds/\(name).json")
    gold = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [String: Any])
  }

  func items(_ key: String) -> [[String: Any]] { gold[key] as? [[String: Any]] ?? [] }

  /// The document with the gold boilerplate lines marked, as ingest would.
  func document(withBoilerplate: Bool) -> Document {
    let lines = Set(gold["boilerplate"] as? [String] ?? [])
    let boilerplate =
      withBoilerplate
      ? lineBlocks(text).filter { lines.contains(String(text.slice($0))) } : []
    return SalvoFiguresTests.document(
      text, published: Self.published[name].map(publication), boilerplate: boilerplate)
  }

  /// The UTF-8 ranges where `surface` occurs.
  func occurrences(of surface: String) -> [TextRange] {
    var found: [TextRange] = []
    var searchStart = text.startIndex
    while let range = text.range(of: surface, range: searchStart..<text.endIndex) {
      let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
      let length = text.utf8.distance(from: range.lowerBound, to: range.upperBound)
      found.append(TextRange(utf8Start: start, utf8End: start + length))
      searchStart = range.upperBound
    }
    return found
  }
}

/// Gold scores summed over the seeds.
struct GoldScore {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  var scored = 0
  var qualifiers = 0
  var roles = 0
  var values = 0
  var units = 0
  var leaks: [String] = []
  var misses: [String] = []
  var extras: [String] = []

  var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
  var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
  var f1: Double { 2 * precision * recall / max(0.000_001, precision + recall) }
  func rate(_ count: Int) -> Double { Double(count) / Double(max(1, scored)) }
}

@Suite("Golden: the seed corpus against its gold counts, non-counts and dates")
struct GoldenSeedTests {
  static func score() throws -> GoldScore {
    var score = GoldScore()
    for name in Seed.names {
      let seed = try Seed(name)
      try scoreCounts(seed, into: &score)
      try scoreNonCounts(seed, into: &score)
    }
    return score
  }

  private static func scoreCounts(_ seed: Seed, into score: inout GoldScore) throws {
    let found = try figures(of: seed.document(withBoilerplate: true)).compactMap {
      found -> (text: String, range: TextRange, quantity: Quantity)? in
      guard case .quantity(let quantity) = found.mention.value else { return nil }
      return (found.text, found.mention.range, quantity)
    }
    var used = Set<Int>()
    for item in seed.items("quantities") {
      let surface = item["text"] as? String ?? ""
      let optional = item["optional"] as? Bool ?? false
      let spans = seed.occurrences(of: surface)
      guard
        let index = found.indices.first(where: { index in
          !used.contains(index) && spans.contains { $0.overlaps(found[index].range) }
        })
      else {
        if !optional {
          score.falseNegatives += 1
          score.misses.append("\(seed.name): \(surface)")
        }
        continue
      }
      used.insert(index)
      guard !optional else { continue }
      score.truePositives += 1
      score.scored += 1
      let quantity = found[index].quantity
      if quantity.qualifier.rawValue == item["qualifier"] as? String { score.qualifiers += 1 }
      if quantity.role.rawValue == item["role"] as? String { score.roles += 1 }
      if quantity.unit == item["unit"] as? String { score.units += 1 }
      if quantity.value == (item["value"] as? NSNumber)?.doubleValue { score.values += 1 }
    }
    for index in found.indices where !used.contains(index) {
      score.falsePositives += 1
      score.extras.append("\(seed.name): \(found[index].text)")
    }
  }

  /// Non-counts are checked with boilerplate left in, so the URL and dateline ids count.
  private static func scoreNonCounts(_ seed: Seed, into score: inout GoldScore) throws {
    let counts = try figures(of: seed.document(withBoilerplate: false)).filter {
      if case .quantity = $0.mention.value { return true }
      return false
    }
    for item in seed.items("non_counts") {
      let surface = item["text"] as? String ?? ""
      for span in seed.occurrences(of: surface)
      where counts.contains(where: { $0.mention.range.overlaps(span) }) {
        score.leaks.append("\(seed.name): \(surface)")
      }
    }
  }

  @Test func countsMatchTheGold() throws {
    let score = try Self.score()
    print(
      """
      Figures gold: quantity P \(score.precision) R \(score.recall) F1 \(score.f1) \
      (TP \(score.truePositives), FP \(score.falsePositives), FN \(score.falseNegatives)); \
      qualifier \(score.rate(score.qualifiers)), role \(score.rate(score.roles)), \
      value \(score.rate(score.values)), unit \(score.rate(score.units)); \
      non-counts leaked \(score.leaks.count)
      """)
    #expect(score.misses.isEmpty, "missed: \(score.misses)")
    #expect(score.extras.isEmpty, "extra: \(score.extras)")
    #expect(score.rate(score.qualifiers) >= 0.95)
    #expect(score.rate(score.roles) >= 0.95)
    #expect(score.rate(score.values) >= 0.95)
    #expect(score.rate(score.units) >= 0.95)
    #expect(score.leaks.isEmpty, "non-counts taken as counts: \(score.leaks)")
  }

  /// The gold's resolution as a span of days: `2024-07-26`, `2024-01`, `1991`,
  /// `2023-10/2024-06`.
  static func span(_ resolved: String) -> (start: String, end: String)? {
    let ends = resolved.split(separator: "/").map(String.init)
    guard let first = ends.first, let last = ends.last,
      let start = bounds(first)?.start, let end = bounds(last)?.end
    else { return nil }
    return (start, end)
  }

  private static func bounds(_ text: String) -> (start: String, end: String)? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    switch parts.count {
    case 3:
      let day = CalendarDate(year: parts[0], month: parts[1], day: parts[2]).description
      return (day, day)
    case 2:
      let month = CalendarMonth(rawValue: parts[1])?.days(in: parts[0]) ?? 30
      return (
        CalendarDate(year: parts[0], month: parts[1], day: 1).description,
        CalendarDate(year: parts[0], month: parts[1], day: month).description
      )
    case 1:
      return ("\(parts[0])-01-01", "\(parts[0])-12-31")
    default:
      return nil
    }
  }

  static let checkablePrecisions: Set<String> = ["day", "week", "month", "year", "range"]

  @Test func seed004DatesResolve() throws {
    let seed = try Seed("004")
    let found = try figures(of: seed.document(withBoilerplate: true))
    var checked = 0
    for item in seed.items("dates") {
      guard let precision = item["precision"] as? String,
        Self.checkablePrecisions.contains(precision), let resolved = item["resolved"] as? String,
        let expected = Self.span(resolved)
      else { continue }
      let surface = item["text"] as? String ?? ""
      let spans = seed.occurrences(of: surface)
      let date = found.lazy.compactMap { found -> TimeExpression? in
        guard case .date(let date) = found.mention.value,
          spans.contains(where: { $0.overlaps(found.mention.range) })
        else { return nil }
        return date
      }.first
      let resolvedDate = try #require(date, "no date for '\(surface)'")
      #expect(resolvedDate.start?.description == expected.start, "\(surface)")
      #expect(resolvedDate.end?.description == expected.end, "\(surface)")
      checked += 1
    }
    print("Figures gold: seed 004: \(checked) dated expressions resolved as the gold says")
    #expect(checked == 6)
  }

  /// The other seeds have no publication date in their text; their gold resolves dates
  /// against an inferred one, which the pipeline cannot know. Reported, not asserted.
  @Test func otherSeedDatesAreReported() throws {
    var agree = 0
    var total = 0
    for name in Seed.names where name != "004" {
      let seed = try Seed(name)
      let found = try figures(of: seed.document(withBoilerplate: true))
      for item in seed.items("dates") {
        guard let precision = item["precision"] as? String,
          Self.checkablePrecisions.contains(precision),
          let resolved = item["resolved"] as? String, let expected = Self.span(resolved)
        else { continue }
        total += 1
        let spans = seed.occurrences(of: item["text"] as? String ?? "")
        let match = found.contains { found in
          guard case .date(let date) = found.mention.value,
            spans.contains(where: { $0.overlaps(found.mention.range) })
          else { return false }
          return date.start?.description == expected.start
            && date.end?.description == expected.end
        }
        if match { agree += 1 }
      }
    }
    print("Figures gold: undated seeds' dates agreeing with the gold: \(agree) of \(total)")
    // Reported rather than asserted per date; the floor catches a regression.
    #expect(total > 0)
    #expect(agree >= 12)
  }
}
