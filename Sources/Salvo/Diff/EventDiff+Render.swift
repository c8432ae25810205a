import SalvoIO

extension EventDiff {
  /// The number of changed events whose id changed.
  public var reidentified: Int { changed.filter(\.isReidentified).count }

  /// One line: `74 → 75 events: 70 unchanged, 1 added, 0 removed, 3 changed (1 re-identified)`,
  /// plus the mention counts when compared.
  public var summary: String {
    var line =
      "\(oldCount) → \(newCount) events: \(unchanged) unchanged, \(added.count) added, "
      + "\(removed.count) removed, \(changed.count) changed (\(reidentified) re-identified)"
    if let mentions {
      let added = mentions.reduce(0) { $0 + $1.added.count }
      let removed = mentions.reduce(0) { $0 + $1.removed.count }
      let changed = mentions.reduce(0) { $0 + $1.changed.count }
      line +=
        "; mentions: \(added) added, \(removed) removed, \(changed) changed in "
        + "\(mentions.count) article(s)"
    }
    return line
  }

  /// The report for people: added (`+`), removed (`-`) and changed (`~`) events with their
  /// field changes, the mention differences when compared, then the summary line.
  public var text: String {
    var lines = ["--- \(old.path)", "+++ \(new.path)"]
    for event in removed { lines.append("- \(event.id)  \(Self.describe(event))") }
    for event in added { lines.append("+ \(event.id)  \(Self.describe(event))") }
    for change in changed {
      let ids = change.isReidentified ? "\(change.old.id) → \(change.new.id)" : change.new.id
      lines.append(
        "~ \(ids)  \(Self.describe(change.new)) (matched by \(change.basis.rawValue))")
      for field in change.fields where field.field != "id" {
        lines.append("    \(field.description)")
      }
    }
    for article in mentions ?? [] {
      let state = article.article.map { " (article \($0))" } ?? ""
      lines.append("@ mentions of \(article.articleID)\(state)")
      for entry in article.removed { lines.append("  - " + Self.describe(entry)) }
      for entry in article.added { lines.append("  + " + Self.describe(entry)) }
      for change in article.changed {
        lines.append("  ~ " + Self.describe(change.new, resolution: false))
        for field in change.fields { lines.append("      \(field.description)") }
      }
    }
    lines.append("Summary: " + summary)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report for machines (`salvo.diff/1`).
  public var json: JSONValue {
    func event(_ event: EventLine) -> JSONValue {
      .object([
        ("id", .string(event.id)), ("kind", .string(event.kind)),
        ("event_type", .string(event.eventType)),
        ("sub_event_type", .string(event.subEventType)),
        ("date", .string(event.date.phrase)), ("location", .string(event.location?.name)),
        (
          "articles",
          .array(Array(Set(event.sources.map(\.articleID))).sorted().map(JSONValue.string))
        ),
        ("description", .string(Self.describe(event))),
      ])
    }
    func fields(_ changes: [FieldChange]) -> JSONValue {
      .array(
        changes.map {
          .object([
            ("field", .string($0.field)), ("old", .string($0.old)), ("new", .string($0.new)),
          ])
        })
    }
    func mention(_ entry: ArticleMentions.Entry) -> JSONValue {
      .object([
        ("kind", .string(entry.kind)), ("text", .string(entry.text)), ("start", .int(entry.start)),
        ("end", .int(entry.end)),
        (
          "resolution",
          .object(entry.resolution.keys.sorted().map { ($0, .string(entry.resolution[$0])) })
        ),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("schema", .string("salvo.diff/1")), ("old", .string(old.path)), ("new", .string(new.path)),
      ("same", .bool(isSame)),
      (
        "summary",
        .object([
          ("old_events", .int(oldCount)), ("new_events", .int(newCount)),
          ("unchanged", .int(unchanged)), ("added", .int(added.count)),
          ("removed", .int(removed.count)), ("changed", .int(changed.count)),
          ("reidentified", .int(reidentified)),
        ])
      ),
      ("added", .array(added.map(event))),
      ("removed", .array(removed.map(event))),
      (
        "changed",
        .array(
          changed.map { change in
            .object([
              ("old_id", .string(change.old.id)), ("new_id", .string(change.new.id)),
              ("matched_by", .string(change.basis.rawValue)), ("changes", fields(change.fields)),
            ])
          })
      ),
    ]
    if let mentions {
      members.append(
        (
          "mentions",
          .array(
            mentions.map { article in
              .object([
                ("article_id", .string(article.articleID)), ("article", .string(article.article)),
                ("added", .array(article.added.map(mention))),
                ("removed", .array(article.removed.map(mention))),
                (
                  "changed",
                  .array(
                    article.changed.map { change in
                      .object([
                        ("old", mention(change.old)), ("new", mention(change.new)),
                        ("changes", fields(change.fields)),
                      ])
                    })
                ),
              ])
            })
        ))
    }
    return .object(members)
  }

  /// `Air/drone strike (incident), 2024-10-01, Eilat, by Iran, against Israel [article.txt]`.
  static func describe(_ event: EventLine) -> String {
    var text = "\(event.subEventType ?? event.eventType ?? "event") (\(event.kind))"
    text += ", \(event.date.phrase), \(event.location?.name ?? "no location")"
    let attackers = (event.actors("attacker") + event.actors("interceptor")).map(\.name)
    let targets = (event.actors("target") + event.actors("victim")).map(\.name)
    if !attackers.isEmpty { text += ", by " + attackers.joined(separator: ", ") }
    if !targets.isEmpty { text += ", against " + targets.joined(separator: ", ") }
    if let quantity = event.quantity { text += ", " + quantity.phrase }
    let articles = Array(Set(event.sources.map(\.articleID))).sorted()
    if !articles.isEmpty { text += " [\(articles.joined(separator: ", "))]" }
    return text
  }

  /// `place "Eilat" [120, 125): country=IL, gazetteer_id=…`.
  static func describe(_ entry: ArticleMentions.Entry, resolution: Bool = true) -> String {
    var text = "\(entry.kind) \"\(entry.text)\" [\(entry.start), \(entry.end))"
    if resolution && !entry.resolution.isEmpty { text += ": " + entry.resolutionText }
    return text
  }
}
