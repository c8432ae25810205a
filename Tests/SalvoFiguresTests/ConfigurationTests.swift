import Foundation
import SalvoFigures
import SalvoModel
import SalvoTestSupport
import SalvoText
import Testing

@Suite("Loading Gazetteers/figures")
struct ConfigurationTests {
  static let figuresFolder = repositoryRoot.appendingPathComponent("Gazetteers/figures")
  static let files = [
    "numbers.tsv", "hedges.tsv", "vague.tsv", "units.tsv", "roles.tsv", "function-words.tsv",
    "dates.tsv",
  ]

  /// A copy of the figures folder with one file's text changed.
  static func folder(replacing name: String, with change: (String) -> String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("salvo-figures-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in files {
      let text = try String(
        contentsOf: figuresFolder.appendingPathComponent(file), encoding: .utf8)
      let changed = file == name ? change(text) : text
      try changed.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }
    return folder
  }

  struct BadFile: Sendable, CustomTestStringConvertible {
    let file: String
    let appended: String
    let code: FiguresError.Code
    var testDescription: String { "\(file): \(appended)" }
  }

  static let badFiles: [BadFile] = [
    BadFile(file: "units.tsv", appended: "gadget\tgadgets\tweapon\tcount\t", code: .badEntry),
    BadFile(file: "units.tsv", appended: "rocket\trockets\tobject\tcount\t", code: .badEntry),
    BadFile(file: "hedges.tsv", appended: "approx\tabout\tbefore\t", code: .badEntry),
    BadFile(file: "numbers.tsv", appended: "3\tthree score\tdigit\t\t", code: .badEntry),
    BadFile(file: "roles.tsv", appended: "hurt\tmaims\tbefore\tperson\t", code: .badEntry),
    BadFile(file: "dates.tsv", appended: "weekday\tmonday\t1\t", code: .badEntry),
    BadFile(file: "vague.tsv", appended: "umpteen\tsome\t\t\t\textra", code: .malformedFile),
  ]

  @Test(arguments: badFiles)
  func badEntriesAreLocated(_ bad: BadFile) throws {
    let folder = try Self.folder(replacing: bad.file) { $0 + bad.appended + "\n" }
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try FiguresConfiguration.load(from: folder)
      Issue.record("\(bad.file) loaded despite '\(bad.appended)'")
    } catch let error as FiguresError {
      #expect(error.code == bad.code)
      #expect(error.file == "figures/\(bad.file)")
      #expect(error.line > 1)
      #expect(error.description.hasPrefix("figures/\(bad.file):\(error.line):"))
    }
  }

  @Test func missingFileIsReported() throws {
    let folder = try Self.folder(replacing: "dates.tsv") { $0 }
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("dates.tsv"))
    let error = try #require(throws: FiguresError.self) {
      try FiguresConfiguration.load(from: folder)
    }
    #expect(error.code == .unreadableFile)
    #expect(error.file == "figures/dates.tsv")
  }

  @Test func lexiconsDecideAndAreCited() throws {
    let folder = try Self.folder(replacing: "units.tsv") {
      $0 + "camel\tcamels\tobject\tcount\tfor a test\n"
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let configuration = try FiguresConfiguration.load(from: folder)
    let text = "Raiders seized 40 camels near the well."
    let analyzer = try TextAnalyzer(configuration: textConfiguration)
    let doc = document(text)
    let mentions = FiguresExtractor(configuration: configuration).extract(
      document: doc, layer: try analyzer.analyze(doc))
    let mention = try #require(mentions.first)
    guard case .quantity(let quantity) = mention.value else {
      Issue.record("not a quantity")
      return
    }
    #expect(quantity.unit == "camel")
    #expect(quantity.role == .count)
    #expect(mention.provenance.stage == "figures")
    let lines = try String(contentsOf: folder.appendingPathComponent("units.tsv"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).count
    #expect(mention.provenance.source == "figures/units.tsv:\(lines - 1)")
  }
}
