import Foundation
import SalvoTestSupport
import Testing

@Suite("Determinism")
struct DeterminismTests {
  @Test func jobsDoNotChangeTheOutput() async throws {
    let one = try await extract([corpusFolder], jobs: 1)
    let four = try await extract([corpusFolder], jobs: 4)
    #expect(one.lines.count == 5)
    #expect(one.lines == four.lines)
  }

  @Test func inputOrderDoesNotChangeTheOutput() async throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
    // A second copy of the corpus whose files are created in reverse order, so the file
    // system lists them differently.
    let copy = try temporaryFolder("salvo-order")
    for name in files.reversed() {
      try FileManager.default.copyItem(atPath: corpusFolder + "/" + name, toPath: copy + "/" + name)
    }
    let sorted = try await extract(files.map { corpusFolder + "/" + $0 }, jobs: 3)
    // A fixed order unlike both the sorted one and the copy's creation order.
    let unordered = Array((files.dropFirst(2) + files.prefix(2)).reversed())
    let shuffled = try await extract(unordered.map { copy + "/" + $0 }, jobs: 2)
    let folder = try await extract([copy], jobs: 1)
    #expect(sorted.lines.count == 5)
    #expect(sorted.lines == shuffled.lines)
    #expect(sorted.lines == folder.lines)
  }

  @Test func sameFileGivenTwiceIsReadOnce() async throws {
    let path = corpusFolder + "/004_fdc9f962e834fc36.txt"
    let result = try await extract([path, corpusFolder], jobs: 2)
    #expect(result.lines.count == 5)
  }
}

@Suite("Output offsets are Unicode-scalar offsets")
struct OutputOffsetTests {
  /// Sentences sliced from the record's scalar offsets, as Python would slice them, equal
  /// the sentences the text layer found, on text full of multi-byte characters.
  @Test func sentenceOffsetsSliceBackOnNonASCIIText() async throws {
    let folder = try temporaryFolder("salvo-offsets")
    let text = """
      Drones 🚀 Hit Ḩamāh Depot

      A drone hit a depot near Ḩamāh (حماة) on Monday — officials said. Café owners fled. \
      The “Quds” unit’s base, e\u{301}ast of the city, burned; 👨‍👩‍👧 families left.
      Missiles hit the area again at 3 a.m. Nobody was hurt.
      """
    try text.write(toFile: folder + "/offsets.txt", atomically: true, encoding: .utf8)
    let (lines, _) = try await extract([folder])
    let record = try Record(try #require(lines.first))
    #expect(
      record.spans("sentences", in: text) == [
        "Drones 🚀 Hit Ḩamāh Depot",
        "A drone hit a depot near Ḩamāh (حماة) on Monday — officials said.",
        "Café owners fled.",
        "The “Quds” unit’s base, e\u{301}ast of the city, burned; 👨‍👩‍👧 families left.",
        "Missiles hit the area again at 3 a.m.",
        "Nobody was hurt.",
      ])
    #expect(record.span("headline", in: text) == "Drones 🚀 Hit Ḩamāh Depot")
    let headline = try #require(record["headline"] as? [String: Int])
    #expect(headline["start"] == 0 && headline["end"] == 24)
  }
}
