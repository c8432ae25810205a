import SalvoModel

extension HTMLRenderer {
  /// The ids of one article's page: one per marked span (`a1-t120-125`, from its UTF-8
  /// range), per mention (`a1-m4`), event (`a1-e1`) and rejected statement (`a1-r1`), and
  /// what each span refers to and says on hover.
  struct Anchors {
    /// The prefix of every id of the article.
    let prefix: String
    /// The ranges of the marks in the text, sorted.
    let marks: [TextRange]
    /// The ids of the mentions, events and rejections a span stands for, by its range.
    let references: [TextRange: [String]]
    /// The hover text of a span, line by line, by its range.
    let titles: [TextRange: [String]]
    /// The article text, as UTF-8.
    let text: [UInt8]

    init(report: InspectionReport, prefix: String) {
      self.prefix = prefix
      var ranges = Set<TextRange>()
      var text: [UInt8] = []
      for piece in report.text {
        switch piece {
        case .open(let mark): ranges.insert(mark.range)
        case .text(let run): text += run.utf8
        case .close: break
        }
      }
      self.text = text
      marks = ranges.sorted()
      var references: [TextRange: [String]] = [:]
      var titles: [TextRange: [String]] = [:]
      for entry in report.mentions {
        references[entry.range, default: []].append("\(prefix)m\(entry.number)")
        var lines = ["\(entry.kind.rawValue) #\(entry.number): \(entry.resolution)"]
        lines.append("by \(entry.provenance)")
        if !entry.alternatives.isEmpty {
          lines.append("lost: " + entry.alternatives.joined(separator: " | "))
        }
        titles[entry.range, default: []] += lines
      }
      for entry in report.events {
        references[entry.trigger, default: []].append("\(prefix)e\(entry.number)")
        let type = entry.fields.first { $0.label == "type" }?.value ?? ""
        titles[entry.trigger, default: []].append("trigger of event \(entry.number): \(type)")
      }
      for entry in report.rejected {
        let id = "\(prefix)r\(entry.number)"
        references[entry.triggerRange, default: []].append(id)
        let cue = entry.cue.map { ", cue \"\($0)\"" } ?? ", no cue"
        titles[entry.triggerRange, default: []].append(
          "rejected #\(entry.number): \(entry.reason.rawValue)\(cue)")
        if let cueRange = entry.cueRange {
          if references[cueRange]?.contains(id) != true {
            references[cueRange, default: []].append(id)
          }
          titles[cueRange, default: []].append(
            "cue of rejected #\(entry.number) (\(entry.reason.rawValue))")
        }
      }
      self.references = references
      self.titles = titles
    }

    /// The text a range covers; empty for a range past the end.
    func slice(_ range: TextRange) -> String {
      guard range.utf8End <= text.count else { return "" }
      return String(decoding: text[range.utf8Start..<range.utf8End], as: UTF8.self)
    }

    /// The id of the mark of `range`.
    func spanID(_ range: TextRange) -> String {
      "\(prefix)t\(range.utf8Start)-\(range.utf8End)"
    }

    /// The id of the span to link `range` to: its own mark, else the smallest mark that
    /// contains it, else the first mark it overlaps; nil when no mark touches it.
    func target(_ range: TextRange?) -> String? {
      guard let range else { return nil }
      if let index = marks.firstIndex(of: range) { return spanID(marks[index]) }
      let containing = marks.filter { $0.contains(range) }.min { $0.utf8Count < $1.utf8Count }
      if let containing { return spanID(containing) }
      return marks.first { $0.overlaps(range) }.map(spanID)
    }
  }

  /// The article text with a `<span>` per mark. The first piece of a mark carries the id;
  /// every piece names it in `data-span`, so a span cut in pieces highlights as one.
  func markedText(_ report: InspectionReport, anchors: Anchors) -> String {
    var html = ""
    var seen = Set<TextRange>()
    for piece in report.text {
      switch piece {
      case .text(let run):
        html += Self.escape(run)
      case .open(let mark):
        let id = anchors.spanID(mark.range)
        let classes = ["mk"] + mark.kinds.map { "k-\($0.rawValue)" }
        var title = anchors.titles[mark.range] ?? []
        for kind in mark.kinds {
          switch kind {
          case .boilerplate: title.append("boilerplate: page furniture, not read for events")
          case .duplicate: title.append("duplicate: repeats an earlier line, not read again")
          default: break
          }
        }
        html += "<span class=\"\(classes.joined(separator: " "))\""
        if seen.insert(mark.range).inserted { html += " id=\"\(id)\"" }
        html += " data-span=\"\(id)\" data-label=\"\(Self.escape(mark.label))\""
        if let references = anchors.references[mark.range] {
          html += " data-refs=\"\(references.joined(separator: " "))\""
        }
        html += " title=\"\(Self.attribute(title.joined(separator: "\n")))\" tabindex=\"0\">"
      case .close:
        html += "</span>"
      }
    }
    return html
  }

  /// A slot value whose quoted span text (`… "Eilat"` or `"attacks" (attack)`) links to the
  /// span it came from; the whole value links when it quotes no text.
  func quotedLink(_ value: String, to range: TextRange?, anchors: Anchors) -> String {
    guard let range else { return Self.escape(value) }
    let quote = "\"" + anchors.slice(range) + "\""
    if quote.count > 2, value.hasSuffix(" " + quote) {
      let description = value.dropLast(quote.count)
      return Self.escape(String(description)) + link(quote, to: range, anchors: anchors)
    }
    if quote.count > 2, value.hasPrefix(quote) {
      return link(quote, to: range, anchors: anchors)
        + Self.escape(String(value.dropFirst(quote.count)))
    }
    return link(value, to: range, anchors: anchors)
  }

  /// A link to the span of `range` showing `text`, or the text alone when no span is there.
  func link(_ text: String, to range: TextRange?, anchors: Anchors) -> String {
    guard let target = anchors.target(range) else { return Self.escape(text) }
    return "<a class=\"slot\" href=\"#\(target)\" data-span=\"\(target)\">\(Self.escape(text))</a>"
  }
}
