import Foundation

/// Renders inspection reports for a terminal: ANSI colours when `usesColor`, else the
/// bracket notation `⟦Eilat⟧place`, readable in a pipe, a file or a diff.
///
/// Every string from the article is cleaned of control characters (other than new lines
/// and tabs) first, so an article cannot drive the terminal.
public struct TerminalRenderer: Sendable {
  /// Whether to emit ANSI colours.
  public var usesColor: Bool

  /// Creates a renderer.
  ///
  /// - Parameter usesColor: true for ANSI colours, false for bracket notation.
  public init(usesColor: Bool) { self.usesColor = usesColor }

  /// Renders the reports of one file, each under an `Article N of M` heading when there are
  /// several.
  ///
  /// - Parameter reports: the reports, in file order.
  /// - Returns: the text to print, ending with a new line.
  public func render(_ reports: [InspectionReport]) -> String {
    guard reports.count > 1 else { return reports.first.map(render) ?? "" }
    return reports.enumerated().map { index, report in
      bold("━━ Article \(index + 1) of \(reports.count) ━━") + "\n\n" + render(report)
    }.joined(separator: "\n")
  }

  /// Renders one report: header, marked text, mentions, events, rejected statements.
  ///
  /// - Parameter report: the report.
  /// - Returns: the text to print, ending with a new line.
  public func render(_ report: InspectionReport) -> String {
    var lines: [String] = []
    lines += fields(report.header, indent: "")
    if usesColor { lines.append(legend) }
    lines.append("")
    lines += heading("Text")
    lines.append(markedText(report.text))
    lines.append("")
    lines += heading("Mentions (\(report.mentions.count))")
    lines += report.mentions.isEmpty ? ["  (none)"] : report.mentions.flatMap(mention)
    lines.append("")
    lines += heading("Events (\(report.events.count))")
    lines += report.events.isEmpty ? ["  (none)"] : report.events.flatMap(event)
    lines.append("")
    lines += heading("Rejected statements (\(report.rejected.count))")
    lines += report.rejected.isEmpty ? ["  (none)"] : report.rejected.flatMap(rejection)
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Sections

  private func heading(_ title: String) -> [String] {
    [bold(title), String(repeating: "─", count: title.count)]
  }

  /// Label-value rows, labels aligned; a label repeated on the next row is left blank.
  private func fields(_ fields: [InspectionReport.Field], indent: String) -> [String] {
    let width = (fields.map(\.label.count).max() ?? 0) + 2
    var previous: String?
    return fields.map { field in
      let label = field.label == previous ? "" : field.label
      previous = field.label
      return indent + dim(pad(label, width)) + Self.oneLine(field.value)
    }
  }

  private func mention(_ entry: InspectionReport.MentionEntry) -> [String] {
    let number = pad("\(entry.number).", 5, right: true)
    let kind = style(pad(entry.kind.rawValue, 9), Self.codes(InspectionReport.MarkKind(entry.kind)))
    var first = "\(number) \(kind) \"\(Self.oneLine(entry.text))\" [\(entry.start), \(entry.end))"
    if let outer = entry.inside { first += dim(" inside #\(outer)") }
    let indent = String(repeating: " ", count: 8)
    var lines = [
      first, indent + "→ " + Self.oneLine(entry.resolution),
      indent + dim("by " + Self.oneLine(entry.provenance)),
    ]
    if !entry.alternatives.isEmpty {
      lines.append(
        indent + dim("lost: " + entry.alternatives.map(Self.oneLine).joined(separator: " | ")))
    }
    return lines
  }

  private func event(_ entry: InspectionReport.EventEntry) -> [String] {
    var rows = entry.fields
    if entry.evidence.isEmpty { rows.append(.init(label: "evidence", value: "—")) }
    rows += entry.evidence.map { .init(label: "evidence", value: "\"\($0)\"") }
    if entry.fills.isEmpty { rows.append(.init(label: "why", value: "—")) }
    rows += entry.fills.map { fill in
      let source = fill.text.map { " ← \"\($0)\"" } ?? ""
      return .init(label: "why", value: "\(fill.slot)\(source) · \(fill.rule)")
    }
    return [bold("Event \(entry.number)")] + fields(rows, indent: "  ") + [""]
  }

  private func rejection(_ entry: InspectionReport.RejectionEntry) -> [String] {
    let number = pad("\(entry.number).", 5, right: true)
    var first =
      "\(number) \(style(entry.reason.rawValue, Self.codes(.rejected))) · trigger "
      + "\"\(Self.oneLine(entry.trigger))\""
    first += entry.cue.map { " · cue \"\(Self.oneLine($0))\"" } ?? " · no cue"
    return [first, String(repeating: " ", count: 6) + dim("\"\(Self.oneLine(entry.sentence))\"")]
  }

  /// Every mark kind in its style, after the header, when colouring.
  private var legend: String {
    dim(pad("key", 11))
      + InspectionReport.MarkKind.allCases.map { style($0.rawValue, Self.codes($0)) }
      .joined(separator: " ")
  }

  // MARK: - Marked text

  /// The article text with its marks: the outermost mark's colour (inner marks are in the
  /// list), or nested brackets.
  private func markedText(_ pieces: [InspectionReport.TextPiece]) -> String {
    var output = ""
    // With colour: runs of one style, merged so a nested mark adds no escape codes.
    var runs: [(text: String, codes: String?)] = []
    var open: [InspectionReport.Mark] = []
    for piece in pieces {
      switch piece {
      case .text(let run):
        let clean = Self.clean(run)
        guard usesColor else {
          output += clean
          continue
        }
        let codes = Self.codes(open)
        if let last = runs.last, last.codes == codes {
          runs[runs.count - 1].text += clean
        } else {
          runs.append((clean, codes))
        }
      case .open(let mark):
        open.append(mark)
        if !usesColor { output += "⟦" }
      case .close(let mark):
        if !open.isEmpty { open.removeLast() }
        if !usesColor { output += "⟧" + mark.label }
      }
    }
    if usesColor { output = runs.map { styledLines($0.text, codes: $0.codes) }.joined() }
    return output.hasSuffix("\n") ? String(output.dropLast()) : output
  }

  /// A run styled line by line, so no style spans a line break (pagers cut lines).
  private func styledLines(_ run: String, codes: String?) -> String {
    guard let codes else { return run }
    return run.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : style(String($0), codes) }
      .joined(separator: "\n")
  }

  // MARK: - Styles

  /// The SGR codes of one kind.
  static func codes(_ kind: InspectionReport.MarkKind) -> String {
    switch kind {
    case .place: "32"
    case .actor: "35"
    case .demonym: "36"
    case .weapon: "31"
    case .quantity: "33"
    case .date: "34"
    case .trigger: "1;4"
    case .rejected: "3;4"
    case .cue: "3"
    case .boilerplate, .duplicate: "2"
    }
  }

  /// The SGR codes for text inside `open` marks: dim inside furniture, and the style of
  /// the outermost other mark (its first colour, underlined when a trigger).
  static func codes(_ open: [InspectionReport.Mark]) -> String? {
    var codes: [String] = []
    if open.contains(where: { $0.kinds.contains(where: \.isFurniture) }) { codes.append("2") }
    if let outer = open.first(where: { !$0.kinds.allSatisfy(\.isFurniture) }) {
      let kinds = outer.kinds.filter { !$0.isFurniture }
      if let colour = kinds.first(where: { $0 != .trigger && $0 != .rejected }) {
        codes.append(Self.codes(colour))
      }
      if kinds.contains(.trigger) {
        codes.append(Self.codes(.trigger))
      } else if kinds.contains(.rejected) {
        codes.append(Self.codes(.rejected))
      }
    }
    return codes.isEmpty ? nil : codes.joined(separator: ";")
  }

  private func style(_ text: String, _ codes: String) -> String {
    usesColor ? "\u{1B}[\(codes)m\(text)\u{1B}[0m" : text
  }

  private func bold(_ text: String) -> String { style(text, "1") }

  private func dim(_ text: String) -> String { style(text, "2") }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }

  /// Text without control characters: new lines and tabs kept, carriage returns dropped,
  /// any other C0 or C1 control (ESC included) shown as U+FFFD.
  static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\r" { continue }
      scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  /// `clean(_:)` on one line: line breaks and tabs become spaces.
  static func oneLine(_ text: String) -> String {
    clean(text).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(
      of: "\t", with: " ")
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F..<0xA0: true
    default: false
    }
  }
}
