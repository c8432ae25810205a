import SalvoIO

/// `salvo eval`: scores a run against gold annotations.
public struct EvaluationReport: Sendable {
  /// One article's figures: scores, plus the surfaces behind each miss for the report.
  public struct Article: Sendable {
    /// The gold file's article.
    public var file: String
    public var places: Score
    public var placeCountry: Accuracy
    public var notPlacesTagged: [String]
    public var missedPlaces: [String]
    public var spuriousPlaces: [String]
    public var actors: Score
    public var nonstateActors: Score
    public var missedActors: [String]
    public var quantities: Score
    public var qualifier: Accuracy
    public var role: Accuracy
    public var leakedNonCounts: [String]
    public var missedQuantities: [String]
    public var dates: Score
    public var dateResolution: Accuracy
    public var wrongDates: [String]
  }

  /// Per-article figures, in gold order.
  public var articles: [Article] = []

  /// Totals over all articles.
  public var places: Score { articles.map(\.places).reduce(Score(), +) }
  public var placeCountry: Accuracy { articles.map(\.placeCountry).reduce(Accuracy(), +) }
  public var notPlacesTagged: Int { articles.reduce(0) { $0 + $1.notPlacesTagged.count } }
  public var actors: Score { articles.map(\.actors).reduce(Score(), +) }
  public var nonstateActors: Score { articles.map(\.nonstateActors).reduce(Score(), +) }
  public var quantities: Score { articles.map(\.quantities).reduce(Score(), +) }
  public var qualifier: Accuracy { articles.map(\.qualifier).reduce(Accuracy(), +) }
  public var role: Accuracy { articles.map(\.role).reduce(Accuracy(), +) }
  public var leakedNonCounts: Int { articles.reduce(0) { $0 + $1.leakedNonCounts.count } }
  public var dates: Score { articles.map(\.dates).reduce(Score(), +) }
  public var dateResolution: Accuracy { articles.map(\.dateResolution).reduce(Accuracy(), +) }

  /// Scores `run` against `gold`.
  public static func evaluate(gold: [GoldArticle], run: [RunArticle]) -> EvaluationReport {
    var report = EvaluationReport()
    for article in gold {
      let record = RunArticle.matching(article, in: run)
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
          wrongDates: figures.wrongDates))
    }
    return report
  }

  /// A table for people.
  public var table: String {
    func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
    func name(_ text: String) -> String { text.padding(toLength: 28, withPad: " ", startingAt: 0) }
    var lines = [
      name("article") + " places P     R    F1  country not-places | actors P     R  non-state R"
    ]
    let rows = articles.map { ($0.file, $0) }
    for (file, article) in rows {
      lines.append(
        name(file) + "       \(percent(article.places.precision)) \(percent(article.places.recall))"
          + " \(percent(article.places.f1))  \(percent(article.placeCountry.value))"
          + String(format: " %6d", article.notPlacesTagged.count)
          + "     | \(percent(article.actors.precision)) \(percent(article.actors.recall))"
          + "   \(percent(article.nonstateActors.recall))")
    }
    lines.append(
      name("ALL") + "       \(percent(places.precision)) \(percent(places.recall))"
        + " \(percent(places.f1))  \(percent(placeCountry.value))"
        + String(format: " %6d", notPlacesTagged)
        + "     | \(percent(actors.precision)) \(percent(actors.recall))"
        + "   \(percent(nonstateActors.recall))")
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
                      article.leakedNonCounts, article.dates, article.dateResolution))
              })
          )
        ])
  }
}
