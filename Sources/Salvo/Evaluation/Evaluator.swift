import SalvoIO

/// `salvo eval`: scores a run against gold annotations.
public struct EvaluationReport: Sendable {
  /// One article's figures.
  public struct Article: Sendable {
    public var file: String
    public var places: Score
    public var placeCountry: Accuracy
    public var notPlacesTagged: [String]
    public var missedPlaces: [String]
    public var spuriousPlaces: [String]
    public var actors: Score
    public var nonstateActors: Score
    public var missedActors: [String]
  }

  public var articles: [Article] = []

  /// Totals over all articles.
  public var places: Score { articles.map(\.places).reduce(Score(), +) }
  public var placeCountry: Accuracy { articles.map(\.placeCountry).reduce(Accuracy(), +) }
  public var notPlacesTagged: Int { articles.reduce(0) { $0 + $1.notPlacesTagged.count } }
  public var actors: Score { articles.map(\.actors).reduce(Score(), +) }
  public var nonstateActors: Score { articles.map(\.nonstateActors).reduce(Score(), +) }

  /// Scores `run` against `gold`.
  public static func evaluate(gold: [GoldArticle], run: [RunArticle]) -> EvaluationReport {
    var report = EvaluationReport()
    for article in gold {
      let record = RunArticle.matching(article, in: run)
      let places = PlaceScorer().score(gold: article, run: record)
      let actors = ActorScorer().score(gold: article, run: record)
      report.articles.append(
        Article(
          file: article.file, places: places.score, placeCountry: places.country,
          notPlacesTagged: places.notPlacesTagged, missedPlaces: places.missed,
          spuriousPlaces: places.spurious, actors: actors.score,
          nonstateActors: actors.nonstate, missedActors: actors.missed))
    }
    return report
  }

  /// A table for people.
  public var table: String {
    func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
    var lines = [
      "article                          places P     R    F1  country  not-places | actors P     R   nonstate R"
    ]
    func row(
      _ name: String, _ places: Score, _ country: Accuracy, _ notPlaces: Int, _ actors: Score,
      _ nonstate: Score
    ) -> String {
      name.padding(toLength: 32, withPad: " ", startingAt: 0)
        + " \(percent(places.precision)) \(percent(places.recall)) \(percent(places.f1))"
        + "   \(percent(country.value))   \(String(format: "%5d", notPlaces))     |"
        + " \(percent(actors.precision)) \(percent(actors.recall))   \(percent(nonstate.recall))"
    }
    for article in articles {
      lines.append(
        row(
          article.file, article.places, article.placeCountry, article.notPlacesTagged.count,
          article.actors, article.nonstateActors))
    }
    lines.append(row("ALL", places, placeCountry, notPlacesTagged, actors, nonstateActors))
    for article in articles {
      if !article.missedPlaces.isEmpty {
        lines.append(
          "\(article.file): missed places: \(article.missedPlaces.joined(separator: ", "))")
      }
      if !article.spuriousPlaces.isEmpty {
        lines.append(
          "\(article.file): extra places: \(article.spuriousPlaces.joined(separator: ", "))")
      }
      if !article.notPlacesTagged.isEmpty {
        lines.append(
          "\(article.file): NOT places tagged: \(article.notPlacesTagged.joined(separator: ", "))")
      }
      if !article.missedActors.isEmpty {
        lines.append(
          "\(article.file): missed actors: \(article.missedActors.joined(separator: ", "))")
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
    return .object(
      [("schema", .string("salvo.eval/1"))]
        + section(
          places, placeCountry, articles.flatMap(\.notPlacesTagged), actors, nonstateActors)
        + [
          (
            "articles",
            .array(
              articles.map { article in
                .object(
                  [("file", .string(article.file))]
                    + section(
                      article.places, article.placeCountry, article.notPlacesTagged,
                      article.actors, article.nonstateActors))
              })
          )
        ])
  }
}
