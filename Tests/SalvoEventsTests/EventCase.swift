import Salvo
import SalvoModel
import Testing

/// The publication date the cases resolve relative dates against: a Tuesday.
let defaultPublished = "2024-08-06"

/// A sentence-level case: an article text, the events it must yield and the statements it
/// must reject.
struct EventCase: Sendable, CustomTestStringConvertible {
  /// A short name for the case.
  let label: String
  /// The article text, one block per line.
  let text: String
  /// The publication date (`YYYY-MM-DD`), or nil for none.
  let published: String?
  /// How many events the text must yield.
  let events: Int
  /// The reasons that must appear among the rejected statements.
  let rejected: [RejectionReason]
  /// One expectation per event; each must match a different event.
  let expected: [EventSpec]

  /// Creates a case; unless `events` says otherwise, the text must yield exactly one event
  /// per expectation.
  init(
    _ label: String, _ text: String, published: String? = defaultPublished,
    events: Int? = nil, rejected: [RejectionReason] = [], _ expected: EventSpec...
  ) {
    self.label = label
    self.text = text
    self.published = published
    self.events = events ?? expected.count
    self.rejected = rejected
    self.expected = expected
  }

  var testDescription: String { label }
}

/// Analyzes the case's text and records an issue for every expectation it misses; a case
/// listed in `knownGaps` is expected to miss.
func verify(_ testCase: EventCase) throws {
  if knownGaps.contains(testCase.label) {
    withKnownIssue("not handled by the events stage yet") { try check(testCase) }
  } else {
    try check(testCase)
  }
}

private func check(_ testCase: EventCase) throws {
  let article = try analyze(testCase.text, published: testCase.published)
  let events = article.events
  let report = render(article, text: testCase.text)
  #expect(
    events.count == testCase.events,
    "expected \(testCase.events) event(s), found \(events.count)\n\(report)")
  for unmatched in unassigned(testCase.expected, to: events) {
    let spec = testCase.expected[unmatched]
    let closest = events.map { spec.mismatches($0) }.min { $0.count < $1.count }
    let why = closest.map { $0.joined(separator: "; ") } ?? "no events"
    Issue.record("no event matches [\(spec)]; closest: \(why)\n\(report)")
  }
  for reason in testCase.rejected {
    #expect(
      article.rejected.contains { $0.reason == reason },
      "expected a statement rejected as \(reason.rawValue)\n\(report)")
  }
}

/// Gives each expectation a different matching event; returns the indices of the
/// expectations left without one (none when all are matched).
private func unassigned(_ specs: [EventSpec], to events: [Event]) -> [Int] {
  let candidates = specs.map { spec in
    events.indices.filter { spec.mismatches(events[$0]).isEmpty }
  }
  let empty = candidates.indices.filter { candidates[$0].isEmpty }
  if !empty.isEmpty { return empty }
  var used = Set<Int>()
  func place(_ index: Int) -> Bool {
    guard index < candidates.count else { return true }
    for event in candidates[index] where !used.contains(event) {
      used.insert(event)
      if place(index + 1) { return true }
      used.remove(event)
    }
    return false
  }
  if place(0) { return [] }
  // No assignment exists: name the expectations a first-come assignment leaves out.
  used = []
  return candidates.indices.filter { index in
    guard let free = candidates[index].first(where: { !used.contains($0) }) else { return true }
    used.insert(free)
    return false
  }
}

/// The article's text, events and rejected statements, as failure messages show them.
func render(_ article: AnalyzedArticle, text: String) -> String {
  var lines = ["text: “\(text)”"]
  if article.events.isEmpty { lines.append("events: none") }
  for (index, event) in article.events.enumerated() {
    lines.append("event \(index + 1): \(describe(event, in: text))")
  }
  for statement in article.rejected {
    let cue = statement.cue.map { " (cue “\(text.slice($0))”)" } ?? ""
    lines.append(
      "rejected “\(text.slice(statement.trigger))” as \(statement.reason.rawValue)\(cue)")
  }
  return lines.joined(separator: "\n")
}

/// One event on one line.
func describe(_ event: Event, in text: String) -> String {
  var parts = [
    "\(event.kind.rawValue) \(event.eventType) / \(event.subEventType ?? "-")",
    "trigger “\(text.slice(event.trigger))”",
  ]
  for actor in event.actors {
    parts.append("\(actor.role.rawValue) \(actor.actor.gazetteerID)")
  }
  if let location = event.location {
    parts.append("at \(location.place.name) (\(location.place.country ?? "-"))")
  }
  if let origin = event.origin { parts.append("from \(origin.place.name)") }
  if !event.weapons.isEmpty { parts.append("weapons \(event.weapons.joined(separator: ","))") }
  if event.count != nil { parts.append("count \(event.count.shown)") }
  if event.killed != nil { parts.append("killed \(event.killed.shown)") }
  if event.injured != nil { parts.append("injured \(event.injured.shown)") }
  parts.append(event.modality.rawValue)
  parts.append("date \(event.date.time.shown)")
  parts.append("evidence \(event.evidence.count)")
  return parts.joined(separator: " | ")
}
