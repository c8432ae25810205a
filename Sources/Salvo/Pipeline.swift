import Foundation
import SalvoEvents
import SalvoFigures
import SalvoGazetteer
import SalvoIngest
import SalvoModel
import SalvoText

/// The public API: runs Salvo's stages over articles.
///
/// Stage order: ingest → text layer → gazetteer and figures → events (per document,
/// concurrently) → output, in the deterministic order of the inputs whatever the number of
/// workers.
public struct Pipeline: Sendable {
  /// The loaded gazetteers and configurations.
  public let resources: Resources
  private let pool: AnalyzerPool
  private let matcher: GazetteerMatcher
  private let figures: FiguresExtractor
  private let events: EventAssembler

  /// Creates a pipeline over loaded resources.
  public init(resources: Resources) {
    self.resources = resources
    pool = AnalyzerPool(configuration: resources.text)
    matcher = GazetteerMatcher(gazetteer: resources.gazetteer)
    figures = FiguresExtractor(configuration: resources.figures)
    events = EventAssembler(configuration: resources.events)
  }

  /// Analyzes one document already in memory.
  ///
  /// - Throws: `TextError` when ICU fails.
  public func analyze(_ document: Document) throws -> AnalyzedArticle {
    var times = StageTimes()
    return try analyze(document, times: &times)
  }

  /// Analyzes one document, adding the time each stage took to `times`.
  func analyze(_ document: Document, times: inout StageTimes) throws -> AnalyzedArticle {
    let clock = ContinuousClock()
    var start = clock.now
    func lap(_ total: inout Duration) {
      let now = clock.now
      total += now - start
      start = now
    }
    let layer = try pool.withAnalyzer { analyzer in try analyzer.analyze(document) }
    lap(&times.text)
    // Gazetteer and figures mentions, merged in text order. A count may contain the weapon
    // it counts ("180 ballistic missiles"); within a stage, mentions never overlap.
    let places = matcher.match(document: document, layer: layer)
    lap(&times.gazetteer)
    var ordered = places
    ordered += figures.extract(document: document, layer: layer)
    // In place: the mentions move rather than being copied (which retains every string).
    // Ties keep their order, gazetteer first, as sorting their indices did.
    ordered.sort { $0.range < $1.range }
    lap(&times.figures)
    let findings = events.assemble(document: document, layer: layer, mentions: ordered)
    lap(&times.events)
    return AnalyzedArticle(
      document: document, layer: layer, mentions: ordered, events: findings.events,
      rejected: findings.rejected)
  }

  /// Reads and analyzes one article source (a file, or a `.jsonl` line).
  func process(_ source: ArticleSource) -> WorkResult {
    let clock = ContinuousClock()
    var result = WorkResult()
    let ingestStart = clock.now
    let outcomes = ArticleReader(configuration: resources.ingest).read(source)
    result.times.ingest = clock.now - ingestStart
    for outcome in outcomes {
      switch outcome {
      case .skipped(let skip):
        result.items.append(.skipped(skip))
      case .document(let document):
        do {
          result.items.append(.article(try analyze(document, times: &result.times)))
        } catch {
          result.items.append(
            .skipped(
              SkippedInput(
                path: document.id, code: .unreadable, reason: "text analysis failed: \(error)")))
        }
      }
    }
    return result
  }
}

/// What processing one source produced, with the time each stage took.
struct WorkResult: Sendable {
  enum Item: Sendable {
    case article(AnalyzedArticle)
    case skipped(SkippedInput)
  }

  var items: [Item] = []
  var times = StageTimes()
}
