import Foundation
import SalvoTestSupport
import Testing

@Suite("Golden: the seed corpus against its gold annotations")
struct GoldenCorpusTests {
  static let seeds = ["000", "001", "002", "003", "004"]

  static func recordAndText(_ seed: String) async throws -> (Record, String) {
    let (lines, _) = try await extract([corpusFolder])
    let records = try lines.map(Record.init)
    let record = try #require(records.first { ($0["path"] as? String)?.hasPrefix(seed) == true })
    let path = try #require(record["path"] as? String)
    let text = try String(contentsOfFile: corpusFolder + "/" + path, encoding: .utf8)
    return (record, text)
  }

  @Test(arguments: seeds)
  func boilerplateMatchesGoldExactly(seed: String) async throws {
    let (record, text) = try await Self.recordAndText(seed)
    #expect(record.spans("boilerplate", in: text) == (try Gold(seed: seed)).boilerplate)
  }

  @Test(arguments: seeds)
  func headlineMatchesGold(seed: String) async throws {
    let (record, text) = try await Self.recordAndText(seed)
    let headline = (record["headline"] as? [String: Int]).map { span in
      String(String.UnicodeScalarView(Array(text.unicodeScalars)[span["start"]!..<span["end"]!]))
    }
    #expect(headline == (try Gold(seed: seed)).headline)
  }

  @Test(arguments: seeds)
  func publicationDateMatchesGold(seed: String) async throws {
    let (record, _) = try await Self.recordAndText(seed)
    #expect(record["published"] as? String == (try Gold(seed: seed)).published)
  }

  @Test func repeatedHeadlineIsADuplicateLine() async throws {
    let (record, text) = try await Self.recordAndText("002")
    #expect(record.spans("duplicate_lines", in: text) == (try Gold(seed: "002")).duplicateLines)
  }

  @Test func sentencesSliceBackAndAvoidBoilerplate() async throws {
    for seed in Self.seeds {
      let (record, text) = try await Self.recordAndText(seed)
      let sentences = record.spans("sentences", in: text)
      let boilerplate = Set(record.spans("boilerplate", in: text))
      #expect(!sentences.isEmpty)
      for sentence in sentences {
        #expect(sentence == sentence.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(!boilerplate.contains { $0.contains(sentence) })
      }
    }
  }

  @Test func outletsFromSourceLines() async throws {
    let expected = [
      "000": "theguardian.com", "001": "theguardian",
      "003": "Institute for National Security Studies",
      "004": "ICARO Media Group",
    ]
    for (seed, outlet) in expected {
      let (record, _) = try await Self.recordAndText(seed)
      #expect(record["outlet"] as? String == outlet)
    }
  }
}
