import Foundation
import SalvoModel
import SalvoTestSupport
import Testing

/// Articles remixed from real sentences (the seed corpus and the event cases), some cut at
/// a random word: the events stage must never trap on them, and every event it reports
/// must point into its article.
@Suite("Events: remixed articles")
struct RemixPropertyTests {
  /// The sentences remixed: the seeds' lines and the event cases' lines.
  static let sentences: [String] = {
    var lines: [String] = []
    let files = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []
    for name in files.sorted() {
      let text = (try? String(contentsOfFile: corpusFolder + "/" + name, encoding: .utf8)) ?? ""
      lines += text.split(separator: "\n").map(String.init)
    }
    let cases =
      RetellingTests.cases + VoiceTests.cases + LocationTests.cases + CasualtyTests.cases
      + AggregateTests.cases + OriginTests.cases
    lines += cases.flatMap { $0.text.split(separator: "\n").map(String.init) }
    return lines.filter { !$0.isEmpty }
  }()

  @Test(arguments: 0..<300)
  func remixedArticleYieldsEventsInsideIt(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed) &+ 0x5EED)
    var lines: [String] = []
    for _ in 0..<Int.random(in: 2...8, using: &random) {
      guard var line = Self.sentences.randomElement(using: &random) else { break }
      if Bool.random(using: &random) {
        let words = line.split(separator: " ")
        line = words.prefix(Int.random(in: 1...words.count, using: &random))
          .joined(separator: " ")
      }
      lines.append(line)
    }
    let text = lines.joined(separator: Bool.random(using: &random) ? "\n" : " ")
    let article = try analyze(text, published: "2024-08-06")
    let length = text.utf8.count
    for event in article.events {
      #expect(event.trigger.utf8End <= length)
      #expect(event.evidence.allSatisfy { $0.utf8Start < $0.utf8End && $0.utf8End <= length })
    }
  }
}
