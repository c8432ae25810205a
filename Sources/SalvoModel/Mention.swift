/// What kind of thing a mention names.
public enum MentionKind: String, Sendable, Hashable, CaseIterable {
  /// A place: a country, region, city, site.
  case place
  /// An armed group, military, state or organization.
  case actor
  /// A people or nationality adjective ("Iranian").
  case demonym
  /// A weapon class.
  case weapon
  /// A count.
  case quantity
  /// A date expression.
  case date
}

/// Where an annotation came from: the stage, the rule, and the data entry that produced it.
public struct Provenance: Sendable, Hashable {
  /// The stage (`gazetteer`, `figures`, `events`).
  public var stage: String
  /// The rule that decided (`longest-match`, `qualifier-before-number`).
  public var rule: String
  /// The data entry, as `file:line` (`places/curated.tsv:42`), when one applies.
  public var source: String?

  /// Creates a provenance record.
  public init(stage: String, rule: String, source: String? = nil) {
    self.stage = stage
    self.rule = rule
    self.source = source
  }
}

/// A place a mention resolved to.
public struct PlaceReference: Sendable, Hashable {
  /// `geonames:<id>`, `iso3166-2:<code>` or `salvo:<slug>`.
  public var gazetteerID: String
  /// The place's preferred name.
  public var name: String
  /// ISO 3166-1 alpha-2, when the place lies in one country.
  public var country: String?
  /// ISO 3166-2 code of the first-level unit.
  public var admin1: String?
  /// Latitude in decimal degrees, when known.
  public var latitude: Double?
  /// Longitude in decimal degrees, when known.
  public var longitude: Double?
  /// `country`, `admin1`, `city`, `site`, `base`, `region`, `sea`, `strait`.
  public var feature: String

  /// Creates a place reference.
  public init(
    gazetteerID: String, name: String, country: String?, admin1: String?, latitude: Double?,
    longitude: Double?, feature: String
  ) {
    self.gazetteerID = gazetteerID
    self.name = name
    self.country = country
    self.admin1 = admin1
    self.latitude = latitude
    self.longitude = longitude
    self.feature = feature
  }
}

/// An actor a mention resolved to.
public struct ActorReference: Sendable, Hashable {
  /// `actor:<slug>`, `state:<ISO2>` or `generic:<kind>`.
  public var gazetteerID: String
  /// The actor's preferred name.
  public var name: String
  /// `nonstate_armed`, `state_military`, `state`, `government`, `igo`, `media`, …
  public var type: String
  /// The actor's country (ISO 3166-1 alpha-2), when it has one.
  public var country: String?
  /// The sponsor's id ("Iran-backed" → `state:IR`), when stated or known.
  public var sponsor: String?

  /// Creates an actor reference.
  public init(
    gazetteerID: String, name: String, type: String, country: String?, sponsor: String? = nil
  ) {
    self.gazetteerID = gazetteerID
    self.name = name
    self.type = type
    self.country = country
    self.sponsor = sponsor
  }
}

/// A weapon class a mention resolved to.
public struct WeaponReference: Sendable, Hashable {
  /// The normalized class (`ballistic missile`, `drone`).
  public var weaponClass: String
  /// `air`, `missile`, `artillery`, `explosive`, `ground`, `naval`, `other`.
  public var family: String
  /// ACLED's sub-event type for this weapon, verbatim, when it decides one.
  public var acledSubEventType: String?

  /// Creates a weapon reference.
  public init(weaponClass: String, family: String, acledSubEventType: String?) {
    self.weaponClass = weaponClass
    self.family = family
    self.acledSubEventType = acledSubEventType
  }
}

/// What a mention resolved to.
public enum MentionValue: Sendable, Hashable {
  /// A resolved place.
  case place(PlaceReference)
  /// A resolved actor.
  case actor(ActorReference)
  /// A demonym and its country (nil for ethnic demonyms such as "Kurdish").
  case demonym(country: String?)
  /// A weapon class.
  case weapon(WeaponReference)
  /// A count.
  case quantity(Quantity)
  /// A date expression resolved to a span of days.
  case date(TimeExpression)

  /// The mention kind of this value.
  public var kind: MentionKind {
    switch self {
    case .place: .place
    case .actor: .actor
    case .demonym: .demonym
    case .weapon: .weapon
    case .quantity: .quantity
    case .date: .date
    }
  }
}

/// A span of an article that names a place, actor, demonym, weapon, count or date, with
/// what it resolved to and why.
public struct Mention: Sendable, Hashable {
  /// The span in the document text.
  public var range: TextRange
  /// What it resolved to.
  public var value: MentionValue
  /// Which stage, rule and data entry produced it.
  public var provenance: Provenance
  /// Other readings that were considered and lost, best first (for `inspect`).
  public var alternatives: [String]

  /// Creates a mention.
  public init(
    range: TextRange, value: MentionValue, provenance: Provenance, alternatives: [String] = []
  ) {
    self.range = range
    self.value = value
    self.provenance = provenance
    self.alternatives = alternatives
  }

  /// The mention's kind.
  public var kind: MentionKind { value.kind }
}
