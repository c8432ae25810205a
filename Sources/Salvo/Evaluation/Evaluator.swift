import SalvoIO

/// `salvo eval`: scores a run against gold annotations.
public struct EvaluationReport: Sendable {
  /// One article's figures: scores, plus the surfaces behind each miss for the report.
  public struct Article: Sendable {
    /// The gold file's article.
    public var file: String
    /// Place surfaces found.
    public var places: Score
    /// Found places resolved to the gold country.
    public var placeCountry: Accuracy
    /// Place mentions inside a gold `not_places` surface.
    public var notPlacesTagged: [String]
    /// Gold places not found.
    public var missedPlaces: [String]
    /// Place surfaces gold does not list.
    public var spuriousPlaces: [String]
    /// Actor surfaces found (persons are not scored).
    public var actors: Score
    /// The non-state armed actors among them.
    public var nonstateActors: Score
    /// Gold actors not found.
    public var missedActors: [String]
    /// Counts found.
    public var quantities: Score
    /// Found counts with the gold qualifier.
    public var qualifier: Accuracy
    /// Found counts with the gold role.
    public var role: Accuracy
    /// Predicted counts that gold lists as non-counts.
    public var leakedNonCounts: [String]
    /// Gold counts not found.
    public var missedQuantities: [String]
    /// Resolvable gold dates found.
    public var dates: Score
    /// Found dates resolved to the gold day range.
    public var dateResolution: Accuracy
    /// Gold dates not found or resolved otherwise, with what was found.
    public var wrongDates: [String]
    /// Event mentions against gold events.
    public var events = EventScore()
  }

  /// Per-article figures, in gold order.
  public var articles: [Article] = []

  // Totals over all articles.

  /// Place surfaces found, over all articles.
  public var places: Score { articles.map(\.places).reduce(Score(), +) }
  /// Found places resolved to the gold country, over all articles.
  public var placeCountry: Accuracy { articles.map(\.placeCountry).reduce(Accuracy(), +) }
  /// How many place mentions fell inside gold `not_places` surfaces.
  public var notPlacesTagged: Int { articles.reduce(0) { $0 + $1.notPlacesTagged.count } }
  /// Actor surfaces found, over all articles.
  public var actors: Score { articles.map(\.actors).reduce(Score(), +) }
  /// Non-state armed actors found, over all articles.
  public var nonstateActors: Score { articles.map(\.nonstateActors).reduce(Score(), +) }
  /// Counts found, over all articles.
  public var quantities: Score { articles.map(\.quantities).reduce(Score(), +) }
  /// Found counts with the gold qualifier, over all articles.
  public var qualifier: Accuracy { articles.map(\.qualifier).reduce(Accuracy(), +) }
  /// Found counts with the gold role, over all articles.
  public var role: Accuracy { articles.map(\.role).reduce(Accuracy(), +) }
  /// How many predicted counts were gold non-counts.
  public var leakedNonCounts: Int { articles.reduce(0) { $0 + $1.leakedNonCounts.count } }
  /// Resolvable gold dates found, over all articles.
  public var dates: Score { articles.map(\.dates).reduce(Score(), +) }
  /// Found dates resolved to the gold day range, over all articles.
  public var dateResolution: Accuracy { articles.map(\.dateResolution).reduce(Accuracy(), +) }

  /// Cross-article merges against `clusters.json`, when the gold folder has one.
  public var clusters: ClusterScore?

  /// Event mentions against gold events, over all articles.
  public var events: EventScore { articles.map(\.events).reduce(EventScore(), +) }

  /// Scores `run` against `gold`.
  ///
  /// - Parameters:
  ///   - gold: the gold articles.
  ///   - run: the run's article records.
  ///   - resolver: reads gold actor, place and weapon strings with the gazetteer; without a
  ///     pipeline, event fields are compared by surface only.
  ///   - clusters: the gold folder's `clusters.json`, to score cross-article merges.
  /// - Returns: the report, one entry per gold article in gold order.
  public static func evaluate(
    gold: [GoldArticle], run: [RunArticle], resolver: GoldResolver = GoldResolver(),
    clusters: GoldClusters? = nil
  ) -> EvaluationReport {
    var report = EvaluationReport()
    let events = EventScorer(resolver: resolver)
    var records: [String: RunArticle] = [:]
    for article in gold {
      let record = RunArticle.matching(article, in: run)
      records[article.file] = record
      let places = PlaceScorer().score(gold: article, run: record)
      let actors = ActorScorer().score(gold: article, run: record)
      let figures = FigureScorer().score(gold: article, run: record)
      report.articles.append(
        Article(
          file: article.file, places: places.score, placeCountry: places.country,
          notPlacesTagged: places.notPlacesTagged, missedPlaces: places.missed,
          spuriousPlaces: places.spurious, actors: actors.score,
          nonstateActors: actors.nonstate, missedActors: actors.missed,
          quantities: figures.quantities, qualifier: figures.qualifier, role: figures.role,
          leakedNonCounts: figures.leakedNonCounts, missedQuantities: figures.missedQuantities,
          dates: figures.dates, dateResolution: figures.dateResolution,
          wrongDates: figures.wrongDates,
          events: events.score(gold: article, run: record)))
    }
    if let clusters {
      let matched = Dictionary(
        report.articles.map { ($0.file, $0.events.matchedEventIDs) },
        uniquingKeysWith: { a, _ in a })
      report.clusters = ClusterScorer(gold: clusters).score(matched: matched, records: records)
    }
    return report
  }

  /// A table for people (without the lists of unmatched events).
  public var table: String { table(verbose: false) }

  /// A table for people.
  ///
  /// - Parameter verbose: also list, per article, the gold events nothing matched and the
  ///   run events that matched nothing.
  /// - Returns: the table's lines.
  public func table(verbose: Bool) -> String {
    func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
    func name(_ text: String) -> String { text.padding(toLength: 28, withPad: " ", startingAt: 0) }
    var lines = [
      name("article") + " places P     R    F1  country not-places | actors P     R  non-state R"
    ]
    func entityRow(
      _ label: String, _ places: Score, _ country: Accuracy, _ notPlaces: Int, _ actors: Score,
      _ nonstate: Score
    ) -> String {
      name(label) + "       \(percent(places.precision)) \(percent(places.recall))"
        + " \(percent(places.f1))  \(percent(country.value))"
        + String(format: " %6d", notPlaces)
        + "     | \(percent(actors.precision)) \(percent(actors.recall))"
        + "   \(percent(nonstate.recall))"
    }
    for article in articles {
      lines.append(
        entityRow(
          article.file, article.places, article.placeCountry, article.notPlacesTagged.count,
          article.actors, article.nonstateActors))
    }
    lines.append(
      entityRow("ALL", places, placeCountry, notPlacesTagged, actors, nonstateActors))
    lines.append("")
    lines.append(
      name("article") + " counts P     R    F1  qualifier role  leaked | dates found resolved")
    func figureRow(
      _ label: String, _ quantities: Score, _ qualifier: Accuracy, _ role: Accuracy,
      _ leaked: Int, _ dates: Score, _ resolution: Accuracy
    ) -> String {
      name(label) + "       \(percent(quantities.precision)) \(percent(quantities.recall))"
        + " \(percent(quantities.f1))    \(percent(qualifier.value)) \(percent(role.value))"
        + String(format: " %6d", leaked) + " |       \(percent(dates.recall))    "
        + "\(percent(resolution.value))"
    }
    for article in articles {
      lines.append(
        figureRow(
          article.file, article.quantities, article.qualifier, article.role,
          article.leakedNonCounts.count, article.dates, article.dateResolution))
    }
    lines.append(
      figureRow("ALL", quantities, qualifier, role, leakedNonCounts, dates, dateResolution))
    for article in articles {
      let notes: [(String, [String])] = [
        ("missed places", article.missedPlaces), ("extra places", article.spuriousPlaces),
        ("NOT places tagged", article.notPlacesTagged), ("missed actors", article.missedActors),
        ("missed counts", article.missedQuantities),
        ("NON-COUNTS as counts", article.leakedNonCounts), ("dates", article.wrongDates),
      ]
      for (label, items) in notes where !items.isEmpty {
        lines.append("\(article.file): \(label): \(items.joined(separator: "; "))")
      }
    }
    lines += eventTable(verbose: verbose)
    lines += clusterTable(verbose: verbose)
    return lines.joined(separator: "\n")
  }

  /// The report for machines.
  public var json: JSONValue {
    func score(_ score: Score) -> JSONValue {
      .object([
        ("precision", .double(score.precision)), ("recall", .double(score.recall)),
        ("f1", .double(score.f1)), ("true_positives", .int(score.truePositives)),
        ("predicted", .int(score.predicted)), ("gold", .int(score.gold)),
      ])
    }
    func section(
      _ places: Score, _ country: Accuracy, _ notPlaces: [String], _ actors: Score,
      _ nonstate: Score
    ) -> [(String, JSONValue)] {
      [
        (
          "places",
          .object([
            ("score", score(places)), ("country_accuracy", .double(country.value)),
            ("not_places_tagged", .array(notPlaces.map(JSONValue.string))),
          ])
        ),
        ("actors", .object([("score", score(actors)), ("nonstate_armed", score(nonstate))])),
      ]
    }
    func figures(
      _ quantities: Score, _ qualifier: Accuracy, _ role: Accuracy, _ leaked: [String],
      _ dates: Score, _ resolution: Accuracy
    ) -> [(String, JSONValue)] {
      [
        (
          "quantities",
          .object([
            ("score", score(quantities)), ("qualifier_accuracy", .double(qualifier.value)),
            ("role_accuracy", .double(role.value)),
            ("non_counts_as_counts", .array(leaked.map(JSONValue.string))),
          ])
        ),
        (
          "dates",
          .object([("score", score(dates)), ("resolution_accuracy", .double(resolution.value))])
        ),
      ]
    }
    return .object(
      [("schema", .string("salvo.eval/1"))]
        + section(
          places, placeCountry, articles.flatMap(\.notPlacesTagged), actors, nonstateActors)
        + figures(
          quantities, qualifier, role, articles.flatMap(\.leakedNonCounts), dates, dateResolution)
        + [("events", Self.eventJSON(eventsWithFiles))]
        + (clusters.map { [("clusters", Self.clusterJSON($0))] } ?? [])
        + [
          (
            "articles",
            .array(
              articles.map { article in
                .object(
                  [("file", .string(article.file))]
                    + section(
                      article.places, article.placeCountry, article.notPlacesTagged,
                      article.actors, article.nonstateActors)
                    + figures(
                      article.quantities, article.qualifier, article.role,
                      article.leakedNonCounts, article.dates, article.dateResolution)
                    + [("events", Self.eventJSON(article.events))])
              })
          )
        ])
  }
}
