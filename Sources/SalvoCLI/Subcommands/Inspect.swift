import ArgumentParser
import Foundation
import Salvo
import SalvoIO

/// `salvo inspect FILE`: what was found in one article, and why.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what was found in one article, and why.",
    discussion: """
      Prints the article's metadata; its text with every mention, event trigger and \
      boilerplate range marked; the numbered mentions with their resolution, the rule and \
      data entry that produced them and the readings that lost; each event with its slots, \
      evidence and the rule that filled each slot; and the statements rejected as non-events. \
      A .jsonl or .json file shows each of its articles. Without colour, marks read \
      ⟦Eilat⟧place. With --html OUT.html, writes instead one self-contained HTML page \
      (no network access): the text highlighted by kind with a legend that toggles each \
      kind, each span's resolution and provenance on hover and click, and the events \
      table whose slots link to the spans that filled them (--html - writes it to \
      stdout). Exit status 0 on success, 1 when the file was skipped (the reason is \
      printed), 2 when it does not exist.
      """)

  @Argument(help: ArgumentHelp("The article file.", valueName: "file"))
  var file: String

  @OptionGroup var gazetteerOptions: GazetteerOptions

  @Option(
    help: ArgumentHelp(
      "Colour the output: auto (when stdout is a terminal and NO_COLOR is unset), always or "
        + "never.", valueName: "auto|always|never"),
    transform: { value in
      guard let mode = ColorMode(rawValue: value) else {
        throw ValidationError("expected auto, always or never")
      }
      return mode
    })
  var color: ColorMode = .auto

  @Option(
    help: ArgumentHelp(
      "Write a self-contained HTML page to this file instead of the terminal report "
        + "(- for stdout).", valueName: "out.html"))
  var html: String?

  func run() throws {
    let pipeline = Pipeline(resources: try gazetteerOptions.loadResources())
    let inspected: InspectedFile
    do {
      inspected = try pipeline.inspect(path: file)
    } catch let error as InspectionError where error.code == .noSuchFile {
      FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
      throw ExitCode(2)
    } catch {
      throw CommandFailure("\(error)")
    }
    var warnings: [String] = inspected.skipped.map { skip in
      "warning: skipped \(skip.path): \(skip.reason) [\(skip.code.rawValue)]"
    }
    for article in inspected.articles {
      warnings += article.document.diagnostics.map { diagnostic in
        "warning: \(diagnostic.path ?? article.document.id): \(diagnostic.message) "
          + "[\(diagnostic.code.rawValue)]"
      }
    }
    let reports = inspected.articles.map(InspectionReport.init(article:))
    if let html {
      let page = HTMLRenderer().render(reports, title: file)
      if html == "-" {
        print(page, terminator: "")
      } else {
        do {
          try AtomicFileWriter.write(Array(page.utf8), to: html)
        } catch {
          throw CommandFailure("\(error)")
        }
      }
    } else {
      let renderer = TerminalRenderer(
        usesColor: color.usesColor(
          outputIsTerminal: isatty(STDOUT_FILENO) != 0,
          environment: ProcessInfo.processInfo.environment))
      print(renderer.render(reports), terminator: "")
    }
    if !warnings.isEmpty {
      FileHandle.standardError.write(Data((warnings.joined(separator: "\n") + "\n").utf8))
    }
  }
}
