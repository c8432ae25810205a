import SalvoModel

extension HTMLRenderer {
  /// The columns of the events table and the slots each shows, in order.
  static let eventColumns: [(title: String, labels: [String], fills: [String])] = [
    ("type", ["kind", "type", "sub-type"], ["kind", "type"]),
    ("trigger", ["trigger"], []),
    ("date", ["date"], ["date"]),
    ("place", ["location", "origin"], ["location", "origin"]),
    ("actors", ["actors"], ["attacker", "target", "sponsor", "anaphor"]),
    ("weapons", ["weapons"], ["weapon"]),
    ("figures", ["count", "killed", "injured"], ["count", "killed", "injured"]),
    ("modality", ["modality", "confidence"], ["modality"]),
  ]

  /// The events table: one row per event, one cell per group of slots; a slot filled from
  /// a span links to it. The last cell holds the evidence and why each slot was filled.
  func events(_ entries: [InspectionReport.EventEntry], anchors: Anchors) -> String {
    var html =
      "<section class=\"events\" id=\"\(anchors.prefix)events\"><h3>Events (\(entries.count))</h3>\n"
    guard !entries.isEmpty else { return html + "<p class=\"muted\">None.</p></section>\n" }
    html += "<div class=\"scroll\"><table class=\"events\"><thead><tr><th>#</th>"
    for column in Self.eventColumns { html += "<th>\(column.title)</th>" }
    let shown = Set(Self.eventColumns.flatMap(\.labels))
    let hasOthers = entries.contains { $0.fields.contains { !shown.contains($0.label) } }
    html += (hasOthers ? "<th>other</th>" : "") + "<th>why</th></tr></thead>\n<tbody>\n"
    for entry in entries {
      let spans =
        (entry.fields.compactMap { anchors.target($0.range) }
          + entry.fills.compactMap { anchors.target($0.range) })
      let unique = spans.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      html +=
        "<tr id=\"\(anchors.prefix)e\(entry.number)\" data-spans=\"\(unique.joined(separator: " "))\">"
      html += "<td>\(entry.number)</td>"
      for column in Self.eventColumns {
        let fields = entry.fields.filter { column.labels.contains($0.label) }
        let labelled = column.labels.count > 1
        html += "<td>" + fields.map { field($0, labelled: labelled, anchors: anchors) }.joined()
        html += "</td>"
      }
      if hasOthers {
        let others = entry.fields.filter { !shown.contains($0.label) }
        html += "<td>" + others.map { field($0, labelled: true, anchors: anchors) }.joined()
        html += "</td>"
      }
      html += "<td>\(why(entry, anchors: anchors))</td></tr>\n"
    }
    return html + "</tbody></table></div></section>\n"
  }

  /// One slot in a cell: its label (when the cell has several), then its value, whose
  /// quoted text links to the span that filled it.
  private func field(_ field: InspectionReport.Field, labelled: Bool, anchors: Anchors)
    -> String
  {
    var html = "<div class=\"slot-row\">"
    if labelled { html += "<span class=\"label\">\(Self.escape(field.label))</span> " }
    return html + quotedLink(field.value, to: field.range, anchors: anchors) + "</div>"
  }

  /// The evidence sentences and the rule behind each fill, folded.
  private func why(_ entry: InspectionReport.EventEntry, anchors: Anchors) -> String {
    var html = "<details><summary>\(entry.fills.count) fills, \(entry.evidence.count) "
    html += entry.evidence.count == 1 ? "sentence" : "sentences"
    html += "</summary><ul class=\"fills\">"
    for fill in entry.fills {
      html += "<li><span class=\"label\">\(Self.escape(fill.slot))</span> "
      if let text = fill.text {
        html += link("“" + text + "”", to: fill.range, anchors: anchors) + " "
      }
      html += "<span class=\"rule\">\(Self.escape(fill.rule))</span></li>"
    }
    html += "</ul>"
    for sentence in entry.evidence {
      html += "<blockquote>\(Self.escape(sentence))</blockquote>"
    }
    return html + "</details>"
  }

  /// The opening of a section of cards named `name` (its class and id), or the whole
  /// section when it has no cards.
  private func cardsOpening(_ name: String, title: String, count: Int, anchors: Anchors)
    -> String
  {
    let head =
      "<section class=\"\(name)\" id=\"\(anchors.prefix)\(name)\"><h3>\(title) (\(count))</h3>\n"
    return head
      + (count == 0 ? "<p class=\"muted\">None.</p></section>\n" : "<div class=\"cards\">\n")
  }

  /// The mentions as cards: kind, text, offsets, the resolution field by field, the
  /// provenance and the readings that lost.
  func mentions(_ entries: [InspectionReport.MentionEntry], anchors: Anchors) -> String {
    var html = cardsOpening("mentions", title: "Mentions", count: entries.count, anchors: anchors)
    guard !entries.isEmpty else { return html }
    for entry in entries {
      html += "<div class=\"card\" id=\"\(anchors.prefix)m\(entry.number)\">"
      html += "<div class=\"card-head\"><span class=\"key k-\(entry.kind.rawValue)\">"
      html += "\(entry.kind.rawValue)</span> #\(entry.number) "
      html += link("“" + entry.text + "”", to: entry.range, anchors: anchors)
      html += " <span class=\"muted\">[\(entry.start), \(entry.end))</span>"
      if let outer = entry.inside {
        html +=
          " <span class=\"muted\">inside <a href=\"#\(anchors.prefix)m\(outer)\">#\(outer)</a></span>"
      }
      html += "</div><dl>"
      for detail in entry.details {
        html += "<dt>\(Self.escape(detail.label))</dt><dd>\(Self.escape(detail.value))</dd>"
      }
      html += "</dl><div class=\"prov\"><span class=\"label\">by</span> "
      html += Self.escape(entry.provenance) + "</div>"
      if !entry.alternatives.isEmpty {
        html += "<div class=\"lost\"><span class=\"label\">lost</span> "
        html += entry.alternatives.map(Self.escape).joined(separator: " · ") + "</div>"
      }
      html += "</div>\n"
    }
    return html + "</div></section>\n"
  }

  /// The rejected statements: reason, trigger and cue (links), and the sentence.
  func rejections(_ entries: [InspectionReport.RejectionEntry], anchors: Anchors) -> String {
    var html = cardsOpening(
      "rejected", title: "Rejected statements", count: entries.count, anchors: anchors)
    guard !entries.isEmpty else { return html }
    for entry in entries {
      html += "<div class=\"card\" id=\"\(anchors.prefix)r\(entry.number)\">"
      html += "<div class=\"card-head\"><span class=\"key k-rejected\">"
      html += "\(Self.escape(entry.reason.rawValue))</span> #\(entry.number)</div><dl>"
      html += "<dt>trigger</dt><dd>"
      html += link("“" + entry.trigger + "”", to: entry.triggerRange, anchors: anchors) + "</dd>"
      html += "<dt>cue</dt><dd>"
      if let cue = entry.cue {
        html += link("“" + cue + "”", to: entry.cueRange, anchors: anchors)
      } else {
        html += "none"
      }
      html += "</dd></dl><blockquote>\(Self.escape(entry.sentence))</blockquote></div>\n"
    }
    return html + "</div></section>\n"
  }
}
