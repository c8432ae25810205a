/// The gazetteer's hierarchy and links that deduplication needs, as a small value: which
/// place lies in which, and which actor belongs to or is sponsored by which.
public struct ReferenceLinks: Sendable {
  /// Each place id's enclosing place id (`salvo:conoco-gas-field` → an admin1 id).
  public var placeParents: [String: String]
  /// Each actor id's organizations (`actor:kataib-hezbollah` → the umbrella group's id).
  public var memberOf: [String: [String]]
  /// Each actor id's sponsors (`actor:kataib-hezbollah` → `state:IR`).
  public var sponsors: [String: [String]]
  /// Actor ids that stand for a class of unnamed groups ("Iran-backed Iraqi militias");
  /// ids beginning `generic:` are generic too.
  public var genericActors: Set<String>
  /// The place ids of countries: containment within a country is read from a place's
  /// `country`, so deduplication does not block on country-sized ancestors.
  public var countryPlaces: Set<String>

  /// Creates links.
  public init(
    placeParents: [String: String] = [:], memberOf: [String: [String]] = [:],
    sponsors: [String: [String]] = [:], genericActors: Set<String> = [],
    countryPlaces: Set<String> = []
  ) {
    self.countryPlaces = countryPlaces
    self.placeParents = placeParents
    self.memberOf = memberOf
    self.sponsors = sponsors
    self.genericActors = genericActors
  }

  /// Whether an actor id stands for unnamed groups rather than one named actor.
  public func isGeneric(_ id: String) -> Bool {
    id.hasPrefix("generic:") || genericActors.contains(id)
  }

  /// No links: places and actors are compared by id, country and admin1 only.
  public static let none = ReferenceLinks()
}
