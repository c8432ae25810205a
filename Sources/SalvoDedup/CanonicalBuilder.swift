import SalvoModel

/// Builds the canonical event of a cluster of reports.
///
/// Policy: the kind is shared by every member; the event type and sub-event type are the
/// ones most members give (ties: the most specific member's); the date is the most precise
/// (the shortest span; ties: the one most members give, then the earliest); the location and
/// launch place are the most specific (site, city, admin1, country, region; ties: the one most
/// members give, then the smallest id); actors are the union by role and id, named ones before
/// generic ones; weapons are the union, most reported first; figures follow
/// `reconcile(_:slot:)`; the modality is the strongest any source takes (asserted, claimed,
/// suspected); the confidence combines the members' as independent evidence (1 − Π(1 − cᵢ),
/// at most 0.99). Disagreements are kept in `conflicts`, and the reasons each member joined in
/// `mergeReasons`.
struct CanonicalBuilder {
  let reports: [EventReport]
  let profiles: [Profile]
  let articles: [ArticleDigest]
  let rules: Compatibility

  /// The canonical event of `members` (profile indices, in the order they joined, first the
  /// most specific).
  func build(_ members: [Int]) -> EventCluster {
    let group = members.map { reports[$0] }
    let anchor = group.map(\.mentionID).min() ?? ""
    let (event, conflicts) = merged(members)
    let sources = members.flatMap { member -> [EventCluster.Source] in
      let report = reports[member]
      let article = articles[report.article]
      return report.evidence.map { sentence in
        EventCluster.Source(
          articleID: article.id, outlet: article.outlet, url: article.url,
          published: article.published, mentionID: report.mentionID, sentence: sentence)
      }
    }.sorted(by: Self.sourceOrder)
    let outlets = Set(group.compactMap { articles[$0.article].outlet })
    return EventCluster(
      id: EventIdentity.eventID(anchorMentionID: anchor), event: event, sources: sources,
      mentionIDs: group.map(\.mentionID).sorted(),
      numArticles: Set(group.map { articles[$0.article].id }).count, numOutlets: outlets.count,
      conflicts: conflicts, mergeReasons: mergeReasons(members), partOf: [],
      confidence: event.confidence)
  }

  /// The merged slots of `members` (see the type's summary), and the disagreements.
  func merged(_ members: [Int]) -> (event: EventReport, conflicts: [EventCluster.Conflict]) {
    if members.count == 1 {
      var event = reports[members[0]]
      event.evidence = []
      event.confidence = (min(0.99, event.confidence) * 1000).rounded() / 1000
      return (event, [])
    }
    let group = members.map { reports[$0] }
    var conflicts: [EventCluster.Conflict] = []
    var event = group[0]
    event.mentionID = group.map(\.mentionID).min() ?? ""
    event.evidence = []

    event.eventType =
      vote(group.map(\.eventType), field: "event_type", &conflicts) ?? event.eventType
    event.subEventType = vote(group.compactMap(\.subEventType), field: "sub_event_type", &conflicts)
    event.date = bestDate(group, &conflicts)
    event.dateText = group.first { $0.date == event.date }?.dateText
    event.location = bestPlace(group.compactMap(\.location))
    event.origin = bestPlace(group.compactMap(\.origin))
    event.actors = mergedActors(group)
    event.weapons = ranked(group.flatMap(\.weapons))
    event.count = reconcile(members, slot: "quantity", \.count, &conflicts)
    event.killed = reconcile(members, slot: "killed", \.killed, &conflicts)
    event.injured = reconcile(members, slot: "injured", \.injured, &conflicts)
    let modalities = Set(group.map(\.modality))
    event.modality =
      modalities.contains(.asserted)
      ? .asserted : modalities.contains(.claimed) ? .claimed : .suspected
    if modalities.count > 1 {
      conflicts.append(
        conflict(
          "modality", chosen: event.modality.rawValue,
          members.map { (reports[$0].modality.rawValue, reports[$0].article) }))
    }
    let confidence = min(0.99, 1 - group.reduce(1.0) { $0 * (1 - $1.confidence) })
    event.confidence = (confidence * 1000).rounded() / 1000
    return (event, conflicts)
  }

  /// Sources by publication day (undated last), article id, offset and mention.
  static func sourceOrder(_ a: EventCluster.Source, _ b: EventCluster.Source) -> Bool {
    let dayA = a.published.map(\.description) ?? "~"
    let dayB = b.published.map(\.description) ?? "~"
    return (dayA, a.articleID, a.sentence.start, a.mentionID)
      < (dayB, b.articleID, b.sentence.start, b.mentionID)
  }

  /// Why each member after the first joined: its best-scoring earlier member and the
  /// agreeing and disagreeing fields.
  private func mergeReasons(_ members: [Int]) -> [EventCluster.MergeReason] {
    guard members.count > 1 else { return [] }
    return (1..<members.count).map { position in
      let member = members[position]
      var best: (index: Int, verdict: Verdict)?
      for earlier in members[..<position] {
        let verdict = rules.compare(profiles[member], profiles[earlier], explain: true)
        if best == nil || verdict.score > best?.verdict.score ?? 0 { best = (earlier, verdict) }
      }
      return EventCluster.MergeReason(
        mentionID: reports[member].mentionID,
        matchedWith: best.map { reports[$0.index].mentionID } ?? "",
        reasons: best?.verdict.reasons ?? [])
    }
  }

  /// The value most members give; ties go to the earliest member's. Records a conflict
  /// when members differ.
  private func vote(
    _ values: [String], field: String, _ conflicts: inout [EventCluster.Conflict]
  ) -> String? {
    guard let first = values.first else { return nil }
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    var chosen = first
    for value in values where counts[value, default: 0] > counts[chosen, default: 0] {
      chosen = value
    }
    if counts.count > 1 {
      conflicts.append(
        EventCluster.Conflict(
          field: field, chosen: chosen,
          readings: counts.keys.sorted().map { .init(value: $0, articleIDs: []) }))
    }
    return chosen
  }

  private func bestDate(_ group: [EventReport], _ conflicts: inout [EventCluster.Conflict])
    -> TimeExpression
  {
    let known = group.filter { DayInterval($0.date) != nil }
    guard !known.isEmpty else { return group[0].date }
    var support: [TimeExpression: Int] = [:]
    for report in known { support[report.date, default: 0] += 1 }
    let lengths = known.map { DayInterval($0.date)?.length ?? .max }
    let best = known.indices.min { a, b in
      if lengths[a] != lengths[b] { return lengths[a] < lengths[b] }
      let (countA, countB) = (
        support[known[a].date, default: 0], support[known[b].date, default: 0]
      )
      if countA != countB { return countA > countB }
      return (known[a].date.start.map(DayInterval.dayNumber) ?? 0)
        < (known[b].date.start.map(DayInterval.dayNumber) ?? 0)
    }
    let chosen = best.map { known[$0] }
    let date = chosen?.date ?? group[0].date
    let precise = known.filter { (DayInterval($0.date)?.length ?? .max) <= 1 }
    let days = Set(precise.compactMap { $0.date.start?.description })
    if days.count > 1 {
      conflicts.append(
        conflict(
          "date", chosen: date.start?.description ?? "",
          precise.compactMap { report in report.date.start.map { ($0.description, report.article) }
          }))
    }
    return date
  }

  private func bestPlace(_ places: [EventReport.Place]) -> EventReport.Place? {
    let rank: [LocationPrecision: Int] = [.site: 0, .city: 1, .admin1: 2, .country: 3, .region: 4]
    var support: [String: Int] = [:]
    for place in places { support[place.place.gazetteerID, default: 0] += 1 }
    return places.min { a, b in
      let rankA = rank[a.precision] ?? 5
      let rankB = rank[b.precision] ?? 5
      if rankA != rankB { return rankA < rankB }
      let countA = support[a.place.gazetteerID, default: 0]
      let countB = support[b.place.gazetteerID, default: 0]
      if countA != countB { return countA > countB }
      return a.place.gazetteerID < b.place.gazetteerID
    }
  }

  private func mergedActors(_ group: [EventReport]) -> [EventReport.Actor] {
    let roles: [EventRole] = [.attacker, .target, .victim, .sponsor, .interceptor]
    var merged: [EventReport.Actor] = []
    for role in roles {
      var firsts: [String: EventReport.Actor] = [:]
      var counts: [String: Int] = [:]
      for actor in group.flatMap(\.actors) where actor.role == role {
        counts[actor.actor.gazetteerID, default: 0] += 1
        if firsts[actor.actor.gazetteerID] == nil { firsts[actor.actor.gazetteerID] = actor }
      }
      let links = rules.knowledge.links
      merged += firsts.keys.sorted { a, b in
        let genericA = links.isGeneric(a)
        let genericB = links.isGeneric(b)
        if genericA != genericB { return !genericA }
        if counts[a] != counts[b] { return counts[a, default: 0] > counts[b, default: 0] }
        return a < b
      }.compactMap { firsts[$0] }
    }
    return merged
  }

  private func ranked(_ values: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.keys.sorted { a, b in
      counts[a] != counts[b] ? counts[a, default: 0] > counts[b, default: 0] : a < b
    }
  }

  /// A conflict from (reading, article index) pairs.
  func conflict(_ field: String, chosen: String, _ readings: [(String, Int)])
    -> EventCluster.Conflict
  {
    var byValue: [String: Set<String>] = [:]
    for (value, article) in readings { byValue[value, default: []].insert(articles[article].id) }
    return EventCluster.Conflict(
      field: field, chosen: chosen,
      readings: byValue.keys.sorted().map {
        .init(value: $0, articleIDs: byValue[$0, default: []].sorted())
      })
  }
}
