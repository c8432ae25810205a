import SalvoModel

/// Builds the canonical event of a cluster of reports.
///
/// Policy: the kind is shared by every member; the event type and sub-event type are the
/// ones most members give (ties: the most specific member's); the date is the most precise
/// (the shortest span; ties: the one most members give, then the earliest); the location and
/// launch place are the most specific (site, city, admin1, country, region; ties: the one most
/// members give, then the smallest id); actors are the union by role and id, named ones before
/// generic ones; weapons are the union, most reported first; figures follow
/// `reconcile(_:slot:_:_:_:)`; the modality is the strongest any source takes (asserted,
/// claimed, suspected); the confidence combines the members' as independent evidence
/// (1 − Π(1 − cᵢ), at most 0.99). Disagreements are kept in `conflicts`, and the reasons each
/// member joined in `mergeReasons`.
///
/// Members are read in place by index (a report is a dozen reference-counted fields, and the
/// clusterer merges every cluster that grows).
struct CanonicalBuilder {
  let reports: [EventReport]
  /// The reports' profiles: `profiles[i]` is `reports[i]`'s (its days, figure labels and
  /// intervals are read from it rather than computed again).
  let profiles: [Profile]
  let articles: [ArticleDigest]
  let rules: Compatibility
  /// Whether the slot choosers record the disagreements (not for `mergedProfile`).
  private(set) var recordsConflicts = true

  /// The canonical event of `members` (profile indices, in the order they joined, first the
  /// most specific).
  func build(_ members: [Int]) -> EventCluster {
    let (event, conflicts) = merged(members)
    // Sorted by publication day (undated last), article id, offset and mention; each
    // article's day is written once.
    var sources: [EventCluster.Source] = []
    var days: [String] = []
    var (articleIDs, outlets) = (Tally<String>(), Tally<String>())
    for member in members {
      let article = reports[member].article
      articleIDs.add(articles[article].id)
      if let outlet = articles[article].outlet { outlets.add(outlet) }
      let day = articles[article].published.map(\.description) ?? "~"
      for sentence in reports[member].evidence {
        sources.append(
          EventCluster.Source(
            articleID: articles[article].id, outlet: articles[article].outlet,
            url: articles[article].url, published: articles[article].published,
            mentionID: reports[member].mentionID, sentence: sentence))
        days.append(day)
      }
    }
    let order = sources.indices.sorted { a, b in
      (days[a], sources[a].articleID, sources[a].sentence.start, sources[a].mentionID)
        < (days[b], sources[b].articleID, sources[b].sentence.start, sources[b].mentionID)
    }
    return EventCluster(
      // The merged event's mention id is the anchor: the smallest of its members'.
      id: EventIdentity.eventID(anchorMentionID: event.mentionID), event: event,
      sources: order.map { sources[$0] },
      mentionIDs: members.map { reports[$0].mentionID }.sorted(),
      numArticles: articleIDs.entries.count, numOutlets: outlets.entries.count,
      conflicts: conflicts, mergeReasons: mergeReasons(members),
      partOf: [], confidence: event.confidence)
  }

  /// The profile of the canonical event of `members`, supported by `articles`: the profile
  /// of `merged(_:)`'s event, made without building the event. The slots are chosen by the
  /// same rules, and the chosen members' dates, places and figures are their profiles'.
  func mergedProfile(_ members: [Int], articles: [Int]) -> Profile {
    let knowledge = rules.knowledge
    guard members.count > 1 else {
      return Profile(reports[members[0]], knowledge: knowledge, articles: articles)
    }
    var builder = self
    builder.recordsConflicts = false
    var ignored: [EventCluster.Conflict] = []
    let first = profiles[members[0]]
    let place = builder.bestPlace(members) { reports[$0].location }
    let origin = builder.bestPlace(members) { reports[$0].origin }
    func figure(
      _ slot: String, _ reported: (Int) -> EventReport.Figure?,
      _ profiled: (Profile) -> Profile.Figure?
    ) -> Profile.Figure? {
      builder.reconcile(members, slot: slot, &ignored, reported, profiled).flatMap {
        profiled(profiles[$0])
      }
    }
    return Profile(
      articles: articles, story: nil, kind: first.kind,
      eventType: builder.vote(members, field: "event_type", &ignored) { profiles[$0].eventType }
        ?? first.eventType,
      subEventType: builder.vote(members, field: "sub_event_type", &ignored) {
        profiles[$0].subEventType
      },
      days: builder.bestDate(members, &ignored).flatMap { profiles[$0].days },
      place: place.flatMap { profiles[$0].place }, origin: origin.flatMap { profiles[$0].origin },
      actors: builder.mergedActors(members), weapons: builder.rankedWeapons(members),
      count: figure("quantity", { reports[$0].count }, \.count),
      killed: figure("killed", { reports[$0].killed }, \.killed),
      injured: figure("injured", { reports[$0].injured }, \.injured), knowledge: knowledge)
  }

  /// The merged slots of `members` (see the type's summary), and the disagreements.
  func merged(_ members: [Int]) -> (event: EventReport, conflicts: [EventCluster.Conflict]) {
    var event = reports[members[0]]
    event.evidence = []
    if members.count == 1 {
      event.confidence = (min(0.99, event.confidence) * 1000).rounded() / 1000
      return (event, [])
    }
    var conflicts: [EventCluster.Conflict] = []
    for member in members.dropFirst() where reports[member].mentionID < event.mentionID {
      event.mentionID = reports[member].mentionID
    }
    event.eventType =
      vote(members, field: "event_type", &conflicts) { reports[$0].eventType } ?? event.eventType
    event.subEventType = vote(members, field: "sub_event_type", &conflicts) {
      reports[$0].subEventType
    }
    event.date = bestDate(members, &conflicts).map { reports[$0].date } ?? event.date
    event.dateText = members.first { reports[$0].date == event.date }.flatMap {
      reports[$0].dateText
    }
    event.location = bestPlace(members) { reports[$0].location }.flatMap { reports[$0].location }
    event.origin = bestPlace(members) { reports[$0].origin }.flatMap { reports[$0].origin }
    event.actors = mergedActors(members)
    event.weapons = rankedWeapons(members)
    event.count = reconcile(
      members, slot: "quantity", &conflicts, { reports[$0].count }, { $0.count }
    ).flatMap { reports[$0].count }
    event.killed = reconcile(
      members, slot: "killed", &conflicts, { reports[$0].killed }, { $0.killed }
    ).flatMap { reports[$0].killed }
    event.injured = reconcile(
      members, slot: "injured", &conflicts, { reports[$0].injured }, { $0.injured }
    ).flatMap { reports[$0].injured }
    var modalities: [EventModality] = []
    for member in members where !modalities.contains(reports[member].modality) {
      modalities.append(reports[member].modality)
    }
    event.modality =
      modalities.contains(.asserted)
      ? .asserted : modalities.contains(.claimed) ? .claimed : .suspected
    if recordsConflicts && modalities.count > 1 {
      conflicts.append(
        conflict(
          "modality", chosen: event.modality.rawValue,
          members.map { (reports[$0].modality.rawValue, reports[$0].article) }))
    }
    var disbelief = 1.0
    for member in members { disbelief *= 1 - reports[member].confidence }
    event.confidence = (min(0.99, 1 - disbelief) * 1000).rounded() / 1000
    return (event, conflicts)
  }

  /// Why each member after the first joined: its best-scoring earlier member and the
  /// agreeing and disagreeing fields.
  ///
  /// Members with several earlier ones are scored without reasons, and only the best pair is
  /// explained: a compatible verdict scores the same either way, and an incompatible one (a
  /// member and its copy in a duplicate article) is scored again with every rule, as the
  /// explained verdict is.
  private func mergeReasons(_ members: [Int]) -> [EventCluster.MergeReason] {
    guard members.count > 1 else { return [] }
    return (1..<members.count).map { position in
      let member = members[position]
      var best: (index: Int, verdict: Verdict)?
      for earlier in members[..<position] {
        var verdict = rules.compare(profiles[member], profiles[earlier], explain: position == 1)
        if !verdict.compatible && position > 1 {
          verdict = rules.compare(profiles[member], profiles[earlier], explain: true)
        }
        if best == nil || verdict.score > best?.verdict.score ?? 0 { best = (earlier, verdict) }
      }
      // Explained already when it was the only candidate or incompatible.
      let reasons = best.map {
        position == 1 || !$0.verdict.compatible
          ? $0.verdict.reasons
          : rules.compare(profiles[member], profiles[$0.index], explain: true).reasons
      }
      return EventCluster.MergeReason(
        mentionID: reports[member].mentionID,
        matchedWith: best.map { reports[$0.index].mentionID } ?? "",
        reasons: reasons ?? [])
    }
  }

  /// A conflict from (reading, article index) pairs: each distinct reading with the ids of
  /// the articles that give it, both sorted.
  func conflict(_ field: String, chosen: String, _ readings: [(String, Int)])
    -> EventCluster.Conflict
  {
    var values: [String] = []
    var articleIDs: [[String]] = []
    for (value, article) in readings {
      let id = articles[article].id
      if let position = values.firstIndex(of: value) {
        if !articleIDs[position].contains(id) { articleIDs[position].append(id) }
      } else {
        values.append(value)
        articleIDs.append([id])
      }
    }
    return EventCluster.Conflict(
      field: field, chosen: chosen,
      readings: values.indices.sorted { values[$0] < values[$1] }.map {
        .init(value: values[$0], articleIDs: articleIDs[$0].sorted())
      })
  }
}
