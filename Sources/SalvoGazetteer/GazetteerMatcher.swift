import SalvoModel

/// The gazetteer stage: finds places, actors, demonyms and weapons in a document and says
/// which real thing each one is.
///
/// Input: a `Document` and its `TextLayer`. Output: non-overlapping `Mention`s in text
/// order, each with its resolution, the rule that decided and the data row it came from,
/// and the losing candidates.
public struct GazetteerMatcher: Sendable {
  /// The countries news in this domain is mostly about: an ambiguous name leans to them.
  public static let defaultRegion: Set<String> = [
    "IL", "PS", "LB", "SY", "IQ", "IR", "YE", "JO", "SA", "AE", "BH", "QA", "KW", "OM", "EG",
    "TR", "CY",
  ]

  /// The compiled gazetteer.
  public let gazetteer: Gazetteer
  /// Countries an ambiguous place name leans to, other evidence being equal.
  public var regionalPrior: Set<String>

  /// Creates a matcher.
  public init(gazetteer: Gazetteer, regionalPrior: Set<String> = GazetteerMatcher.defaultRegion) {
    self.gazetteer = gazetteer
    self.regionalPrior = regionalPrior
  }

  /// The mentions of a document.
  public func match(document: Document, layer: TextLayer) -> [Mention] {
    let finder = SpanFinder(gazetteer: gazetteer, text: document.text, layer: layer)
    var reader = Reading(
      gazetteer: gazetteer, document: document, layer: layer, keys: finder.keys,
      regionalPrior: regionalPrior)
    return reader.mentions(of: finder.spans())
  }
}
