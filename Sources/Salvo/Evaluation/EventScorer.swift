import SalvoModel

/// Scores a run's event mentions against an article's gold `events` and `not_events`.
///
/// **Matching.** A gold event and a run event of the same article are candidates when
/// 1. *evidence*: one of the run event's evidence sentences is the sentence the gold
///    `evidence` (or one of its `also_evidence`) begins: compared folded (case, quotes,
///    apostrophes, dashes, white space; punctuation around words ignored), the sentence
///    starts with the gold words, or agrees with them on the first five words, or contains
///    them when they are five words or more (a sentence glued to the one before). Gold
///    words after an ellipsis (`. . .`) are dropped, and bracketed insertions (`[An]`) are
///    tried with and without; or
/// 2. *slots*: the dates are compatible (either unknown, or the periods overlap once both
///    are widened to the coarser precision: a day falls in a month), the locations are
///    compatible (either unknown, a gold place and the run's place share a name, or the run
///    place's country is a gold country), and the ACLED event type is the same.
///
/// Among candidates, a one-to-one assignment is made greedily, best pair first: evidence
/// match, then an agreeing location (so where one sentence lists strikes on several
/// places, each run event goes to the gold event of its place), then the number of
/// agreeing fields, then required before optional gold, then gold and run order.
///
/// **Optional gold.** Gold events with `scope: "campaign"` are optional: matched, they
/// count as a gold event and a true positive; unmatched, they are not a miss; a run event
/// left unmatched whose candidates are all optional events is not a false positive (its
/// evidence candidates decide when it has any: a second event for a campaign sentence).
///
/// **Not events.** A gold `not_events` statement is hit when a run event's trigger lies
/// inside the statement's words in one of the event's evidence sentences, unless that run
/// event was matched to a gold event: a statement can presuppose a real event ("threatened
/// retaliation for Israeli airstrikes on Hodeidah", where the airstrikes are gold events).
///
/// Sentence texts come from the article itself when eval read it (`--corpus`), else from
/// the `sources` of the run's `events.jsonl`; without either, only slot matching applies
/// and `not_events` cannot be checked. Field comparisons are in `EventComparison`.
struct EventScorer {
  let resolver: GoldResolver

  /// One gold event with its strings resolved once.
  struct Gold {
    var event: GoldEvent
    var prefixes: [[String]]
    var attackers: [[GoldResolver.ActorKey]]
    var targets: [[GoldResolver.ActorKey]]
    /// Per location item, the places the gazetteer reads in it.
    var places: [[PlaceReference]]
    var weapons: [String]
    /// Whether the text determines the gold date: the article states its publication
    /// date, or a date expression of the article writes the gold date's year and resolves
    /// to it ("7 October 2023", "late January 2024"). A date resolved against an inferred
    /// publication date ("yesterday", "last month", "September 27" with no year) is not.
    var datable: Bool = true
  }

  /// One run event with its evidence sentences' words and its actors' keys.
  struct Run {
    var event: RunEvent
    var sentences: [(span: RunEvent.Span, text: String)]
    var words: [[String]]
    var sponsors: Set<String>
  }

  private struct Pair {
    var gold: Int
    var run: Int
    var evidence: Bool
    var location: Bool
    var agreeing: Int
    var required: Bool
    var fields: [EventField: Bool]

    func isBetter(than other: Pair) -> Bool {
      if evidence != other.evidence { return evidence }
      if location != other.location { return location }
      if agreeing != other.agreeing { return agreeing > other.agreeing }
      if required != other.required { return required }
      return (gold, run) < (other.gold, other.run)
    }
  }

  func score(gold article: GoldArticle, run record: RunArticle?) -> EventScore {
    var result = EventScore()
    let golds = article.events.map { event in
      var gold = prepare(event)
      gold.datable = Self.datable(event.date, in: article)
      return gold
    }
    let runs = (record?.events ?? []).map { prepare($0, in: record) }
    let comparison = EventComparison(resolver: resolver)
    var pairs: [Pair] = []
    var candidates = [[Int]](repeating: [], count: runs.count)
    var evidenceCandidates = [[Int]](repeating: [], count: runs.count)
    for (goldIndex, gold) in golds.enumerated() {
      for (runIndex, run) in runs.enumerated() {
        let evidence = gold.prefixes.contains { prefix in
          run.words.contains { EvidenceWords.matches(sentence: $0, gold: prefix) }
        }
        guard evidence || comparison.compatible(gold, run) else { continue }
        let fields = comparison.compare(gold, run)
        candidates[runIndex].append(goldIndex)
        if evidence { evidenceCandidates[runIndex].append(goldIndex) }
        pairs.append(
          Pair(
            gold: goldIndex, run: runIndex, evidence: evidence,
            location: fields[.location] == true, agreeing: fields.values.filter { $0 }.count,
            required: !gold.event.isCampaign, fields: fields))
      }
    }
    pairs.sort { $0.isBetter(than: $1) }
    var goldTaken = Set<Int>()
    var runTaken = Set<Int>()
    for pair in pairs where !goldTaken.contains(pair.gold) && !runTaken.contains(pair.run) {
      goldTaken.insert(pair.gold)
      runTaken.insert(pair.run)
      if let eventID = runs[pair.run].event.eventID { result.matchedEventIDs[pair.gold] = eventID }
      for (field, agrees) in pair.fields {
        result.fields[field, default: Accuracy()].total += 1
        if agrees { result.fields[field, default: Accuracy()].correct += 1 }
      }
      let wrong = EventField.allCases.filter { pair.fields[$0] == false }
      if !wrong.isEmpty {
        result.mismatches.append(
          Self.describe(golds[pair.gold].event) + " ~ \"\(runs[pair.run].event.triggerText)\": "
            + wrong.map { Self.values($0, golds[pair.gold].event, runs[pair.run].event) }
            .joined(separator: "; "))
      }
    }
    for (index, gold) in golds.enumerated() {
      if gold.event.isCampaign { result.optionalGold += 1 }
      if goldTaken.contains(index) {
        if gold.event.isCampaign { result.optionalMatched += 1 }
      } else if !gold.event.isCampaign {
        result.unmatchedGold.append(Self.describe(gold.event))
      }
    }
    for (index, run) in runs.enumerated() where !runTaken.contains(index) {
      let only = evidenceCandidates[index].isEmpty ? candidates[index] : evidenceCandidates[index]
      if !only.isEmpty, only.allSatisfy({ golds[$0].event.isCampaign }) {
        result.excusedRun += 1
      } else {
        result.unmatchedRun.append(Self.describe(run))
      }
    }
    result.runEvents = runs.count
    result.score = Score(
      truePositives: goldTaken.count, predicted: runs.count - result.excusedRun,
      gold: golds.filter { !$0.event.isCampaign }.count + result.optionalMatched)
    result.notEventsHit = notEventsHit(
      article.notEvents, runs.indices.filter { !runTaken.contains($0) }.map { runs[$0] })
    return result
  }

  func prepare(_ event: GoldEvent) -> Gold {
    Gold(
      event: event, prefixes: event.evidence.flatMap(EvidenceWords.goldPrefixes),
      attackers: GoldEvent.items(event.attacker).map(resolver.actors),
      targets: GoldEvent.items(event.target).map(resolver.actors),
      places: GoldEvent.items(event.location).map(resolver.places),
      weapons: GoldEvent.items(event.weapon).flatMap(resolver.weaponClasses))
  }

  func prepare(_ event: RunEvent, in record: RunArticle?) -> Run {
    let sentences = event.evidence.compactMap { span in
      record?.text(of: span).map { (span: span, text: $0) }
    }
    var sponsors = Set(event.actors("sponsor").compactMap(\.gazetteerID))
    for actor in event.actors { sponsors.formUnion(resolver.sponsors(of: actor.gazetteerID ?? "")) }
    return Run(
      event: event, sentences: sentences, words: sentences.map { EvidenceWords.words($0.text) },
      sponsors: sponsors)
  }

  /// Whether the article's text determines `date` (see `Gold.datable`).
  static func datable(_ date: String?, in article: GoldArticle) -> Bool {
    guard let date else { return false }
    if article.published != nil { return true }
    let year = String(date.prefix(4))
    return article.dates.contains { item in
      guard let resolved = item.resolved?.split(separator: "/").first.map(String.init) else {
        return false
      }
      let words = item.text.split { !$0.isNumber }.map(String.init)
      return words.contains(year) && (resolved.hasPrefix(date) || date.hasPrefix(resolved))
    }
  }

  /// The `not_events` the trigger of some unmatched run event falls in.
  private func notEventsHit(_ notEvents: [GoldNotEvent], _ runs: [Run]) -> [String] {
    var hits: [String] = []
    for notEvent in notEvents {
      let needle = FoldedText(notEvent.text)
      for run in runs {
        guard let trigger = run.event.trigger else { continue }
        let inside = run.sentences.contains { sentence in
          guard sentence.span.contains(trigger) else { return false }
          return FoldedText(sentence.text).occurrences(of: needle).contains { found in
            RunEvent.Span(
              start: sentence.span.start + found.start, end: sentence.span.start + found.end
            ).contains(trigger)
          }
        }
        if inside {
          hits.append(
            "\"\(notEvent.text)\" (\(notEvent.why)): event \"\(run.event.triggerText)\" at "
              + "\(trigger.start)")
          break
        }
      }
    }
    return hits
  }

  /// A field's gold and run values, for the list of mismatches.
  private static func values(_ field: EventField, _ gold: GoldEvent, _ run: RunEvent) -> String {
    func figure(_ value: Double?) -> String { value.map { String(format: "%g", $0) } ?? "-" }
    func actors(_ role: String) -> String {
      let ids = run.actors(role).map { $0.gazetteerID ?? $0.text ?? "?" }
      return ids.isEmpty ? "-" : ids.joined(separator: ",")
    }
    let (goldValue, runValue): (String?, String?) =
      switch field {
      case .type: (gold.eventType, run.eventType)
      case .subType: (gold.subEventType, run.subEventType)
      case .kind: (gold.kind, run.kind)
      case .modality: (gold.modality, run.modality)
      case .date: (gold.date, run.dateStart.map { "\($0)…\(run.dateEnd ?? "")" })
      case .location:
        (gold.location ?? gold.country, run.location.map { $0.name ?? $0.text ?? "?" })
      case .attacker: (gold.attacker, actors("attacker"))
      case .target: (gold.target, actors("target"))
      case .weapon: (gold.weapon, run.weapons.joined(separator: ","))
      case .count: (figure(gold.count), figure(run.quantity?.value))
      case .killed: (figure(gold.killed), figure(run.killed?.value))
      case .injured: (figure(gold.injured), figure(run.injured?.value))
      }
    return "\(field.rawValue) gold \(goldValue ?? "-") run \(runValue ?? "-")"
  }

  private static func describe(_ event: GoldEvent) -> String {
    let place = event.location ?? event.country ?? "no place"
    return "#\(event.index) \(event.eventType) @ \(place): \"\(event.evidence.first ?? "")\""
  }

  private static func describe(_ run: Run) -> String {
    let place = run.event.location.flatMap { $0.name ?? $0.text } ?? "no place"
    let trigger = run.event.trigger.map { " at \($0.start)" } ?? ""
    let evidence =
      run.sentences.first.map { "\"\(String($0.text.prefix(80)))\"" }
      ?? run.event.evidence.first.map { "sentence \($0.start)-\($0.end)" } ?? "no evidence"
    return "\"\(run.event.triggerText)\"\(trigger) \(run.event.eventType) @ \(place): \(evidence)"
  }
}
