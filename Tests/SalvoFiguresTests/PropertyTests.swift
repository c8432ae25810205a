import Foundation
import SalvoModel
import Testing

@Suite("Seeded properties")
struct PropertyTests {
  /// Words, numbers and marks that exercise every rule, to be shuffled into nonsense.
  static let pieces: [String] = [
    "killed", "injured", "were", "the", "a", "an", "of", "and", "or", "to", "-", "–", ",", ".",
    ":", "/", "(", ")", "%", "$", "more", "than", "at", "least", "up", "between", "about",
    "some", "dozens", "several", "two", "twenty", "-five", "hundred", "thousand", "half",
    "dozen", "twice", "once", "times", "people", "soldiers", "rockets", "ballistic",
    "missiles", "casualties", "death", "toll", "rose", "12", "1,200", "3.5", "2023", "07",
    "27/07/2024", "23h56", "10:30", "F-35", "Tower", "22", "September", "May", "Monday",
    "last", "this", "year", "month", "weeks", "ago", "in", "on", "since", "past", "early",
    "mid-2023", "post-2003", "Earlier", "yesterday", "left", "dead", "wounded", "struck",
    "Sept.", "1st", "million", "percent", "km", "aged", "No.", "https://x.org/1/2?3",
  ]

  @Test(arguments: 0..<40)
  func mentionsStayOrderedDisjointAndInside(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9)
    // A fixed line, so that every run has a count and a date to check.
    var lines = ["Rockets killed 12 people on 27/07/2024."]
    for _ in 0..<6 {
      let count = 4 + Int(generator.next() % 30)
      let words = (0..<count).map { _ in
        Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      }
      lines.append(words.joined(separator: generator.next() % 5 == 0 ? "" : " "))
    }
    let text = lines.joined(separator: "\n")
    let published = seed.isMultiple(of: 2) ? "2024-02-29" : nil
    let found = try figures(text, published: published)
    #expect(
      found.contains {
        if case .quantity(let quantity) = $0.mention.value { quantity.value == 12 } else { false }
      })
    #expect(
      found.contains {
        if case .date(let date) = $0.mention.value { date.start != nil } else { false }
      })
    for (first, second) in zip(found, found.dropFirst()) {
      #expect(first.mention.range.utf8End <= second.mention.range.utf8Start, "\(text)")
    }
    for item in found {
      #expect(!item.text.isEmpty && item.mention.range.utf8End <= text.utf8.count)
      #expect(item.mention.provenance.stage == "figures")
      if case .date(let date) = item.mention.value, let start = date.start, let end = date.end {
        #expect(start <= end, "\(item.text) in \(text)")
      }
    }
  }
}
