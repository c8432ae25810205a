import Foundation
import SalvoIO

extension EvaluationReport {
  /// The totals over all articles, with every listed item prefixed by its article's file.
  var eventsWithFiles: EventScore {
    var total = events
    total.notEventsHit = articles.flatMap { article in
      article.events.notEventsHit.map { "\(article.file): \($0)" }
    }
    total.unmatchedGold = articles.flatMap { article in
      article.events.unmatchedGold.map { "\(article.file): \($0)" }
    }
    total.mismatches = articles.flatMap { article in
      article.events.mismatches.map { "\(article.file): \($0)" }
    }
    total.unmatchedRun = articles.flatMap { article in
      article.events.unmatchedRun.map { "\(article.file): \($0)" }
    }
    return total
  }

  /// The events part of the table: one row per article and the total, the field accuracies
  /// over all articles, the `not_events` hit, and with `verbose` the unmatched events.
  func eventTable(verbose: Bool) -> [String] {
    func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
    func name(_ text: String) -> String { text.padding(toLength: 28, withPad: " ", startingAt: 0) }
    func row(_ label: String, _ events: EventScore) -> String {
      name(label)
        + String(
          format: "        %4d %4d %4d %4d %4d ", events.score.gold, events.runEvents,
          events.score.truePositives, events.falsePositives, events.falseNegatives)
        + "\(percent(events.score.precision)) \(percent(events.score.recall))"
        + " \(percent(events.score.f1))" + String(format: " %10d", events.notEventsHit.count)
    }
    var lines = [
      "", name("article") + " events gold  run   tp   fp   fn     P     R    F1 not-events",
    ]
    for article in articles { lines.append(row(article.file, article.events)) }
    let total = events
    lines.append(row("ALL", total))
    lines.append("")
    lines.append(name("event field (matched pairs)") + " correct scored accuracy")
    for field in EventField.allCases {
      let accuracy = total.accuracy(field)
      lines.append(
        name(field.rawValue)
          + String(format: " %7d %6d    ", accuracy.correct, accuracy.total)
          + percent(accuracy.value))
    }
    for article in articles {
      var notes = [("NOT events as events", article.events.notEventsHit)]
      if verbose {
        notes += [
          ("missed events", article.events.unmatchedGold),
          ("extra events", article.events.unmatchedRun),
          ("field mismatches", article.events.mismatches),
        ]
      }
      for (label, items) in notes where !items.isEmpty {
        lines.append("\(article.file): \(label): \(items.joined(separator: "; "))")
      }
    }
    return lines
  }

  /// The `events` section of the JSON report.
  static func eventJSON(_ events: EventScore) -> JSONValue {
    let fields = EventField.allCases.map { field -> (String, JSONValue) in
      let accuracy = events.accuracy(field)
      return (
        field.rawValue,
        .object([
          ("correct", .int(accuracy.correct)), ("scored", .int(accuracy.total)),
          ("accuracy", .double(accuracy.value)),
        ])
      )
    }
    return .object([
      ("gold", .int(events.score.gold)),
      ("run", .int(events.runEvents)),
      ("matched", .int(events.score.truePositives)),
      ("tp", .int(events.score.truePositives)),
      ("fp", .int(events.falsePositives)),
      ("fn", .int(events.falseNegatives)),
      ("precision", .double(events.score.precision)),
      ("recall", .double(events.score.recall)),
      ("f1", .double(events.score.f1)),
      ("optional_gold", .int(events.optionalGold)),
      ("optional_matched", .int(events.optionalMatched)),
      ("run_excused", .int(events.excusedRun)),
      ("fields", .object(fields)),
      ("not_events_hit", .array(events.notEventsHit.map(JSONValue.string))),
      ("unmatched_gold", .array(events.unmatchedGold.map(JSONValue.string))),
      ("unmatched_run", .array(events.unmatchedRun.map(JSONValue.string))),
      ("mismatches", .array(events.mismatches.map(JSONValue.string))),
    ])
  }
}
