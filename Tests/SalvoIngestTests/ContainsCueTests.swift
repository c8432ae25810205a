import Foundation
import Testing

@testable import SalvoIngest

@Suite("Contains-cues found in one pass over a line")
struct ContainsCueTests {
  static let lines = [
    "Required fields are marked *",
    "Comments are moderated and may take a day to appear. All rights reserved.",
    "© 2024 The Frontier Gazette. All rights reserved",
    "The views expressed here do not necessarily reflect those of the newsroom.",
    "An airstrike hit a warehouse on the outskirts of the city, the ministry said.",
    "Kindly refrain from using offensive language. Please read our comment policy.",
    "",
    "all rights reserve",
  ]

  @Test("The one-pass search gives the first cue in file order, as the cue-by-cue search does")
  func onePassMatchesCueByCue() throws {
    let lexicon = try BoilerplateLexicon.load(from: ingestGazetteers)
    let cueTexts = lexicon.cues.filter { $0.match == .contains }.map {
      String(decoding: $0.text, as: UTF8.self)
    }
    let words = (Self.lines + cueTexts).flatMap { $0.split(separator: " ") }.map(String.init)
    var samples = Self.lines + cueTexts
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let count = Int.random(in: 1...14, using: &generator)
      samples.append(
        (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }
          .joined(separator: " "))
    }
    for sample in samples {
      let line = LineNormalizer.normalize(Array(sample.utf8))
      for limit in [Int.max, lexicon.cues.count / 2, 0] {
        #expect(
          lexicon.firstContainsCue(in: line, before: limit)
            == lexicon.firstContainsCueByCue(in: line, before: limit), "\(sample)")
      }
    }
  }
}
