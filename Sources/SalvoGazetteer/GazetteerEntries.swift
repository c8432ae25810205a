/// A place from `places/*.tsv`.
public struct PlaceEntry: Sendable, Hashable {
  /// A stable id (`geonames:<id>`, `iso3166-1:<code>`, `iso3166-2:<code>`, `salvo:<slug>`).
  public var id: String
  /// The preferred name.
  public var name: String
  /// Other names it is found under.
  public var aliases: [String]
  /// `country`, `admin1`, `city`, `site`, `base`, `region`, `sea`, `strait`.
  public var feature: String
  /// A finer kind (`capital` for a national capital).
  public var subtype: String?
  /// ISO2 country code.
  public var country: String?
  /// The ISO 3166-2 code of its first-level division.
  public var admin1: String?
  /// Degrees north.
  public var latitude: Double?
  /// Degrees east.
  public var longitude: Double?
  /// Inhabitants; 0 when unknown.
  public var population: Int
  /// The enclosing place's id.
  public var parent: String?
  /// `file:line` of its row.
  public var origin: String

  /// Creates a place entry.
  public init(
    id: String, name: String, aliases: [String], feature: String, subtype: String?,
    country: String?, admin1: String?, latitude: Double?, longitude: Double?, population: Int,
    parent: String?, origin: String
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.feature = feature
    self.subtype = subtype
    self.country = country
    self.admin1 = admin1
    self.latitude = latitude
    self.longitude = longitude
    self.population = population
    self.parent = parent
    self.origin = origin
  }
}

/// An actor from `actors.tsv` or `actors-states.tsv`.
public struct ActorEntry: Sendable, Hashable {
  /// A stable id (`actor:<slug>`, `state:<ISO2>`, …).
  public var id: String
  /// The canonical name.
  public var name: String
  /// Other names it is found under.
  public var aliases: [String]
  /// `nonstate_armed`, `state_military`, `state`, `government`, `igo`, `media`, …
  public var type: String
  /// ISO2 code of its home country; nil for transnational actors.
  public var country: String?
  /// Ids of organisations it belongs to.
  public var memberOf: [String]
  /// Ids of its sponsors.
  public var sponsors: [String]
  /// Whether the row stands for a class of unnamed groups ("Iran-backed Iraqi militias"),
  /// the target of generic actor phrases.
  public var isGeneric: Bool
  /// `file:line` of its row.
  public var origin: String

  /// Creates an actor entry.
  public init(
    id: String, name: String, aliases: [String], type: String, country: String?,
    memberOf: [String], sponsors: [String], isGeneric: Bool = false, origin: String
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.type = type
    self.country = country
    self.memberOf = memberOf
    self.sponsors = sponsors
    self.isGeneric = isGeneric
    self.origin = origin
  }
}

/// A demonym from `demonyms.tsv` ("Iranian" → IR).
public struct DemonymEntry: Sendable, Hashable {
  /// The word as written ("Iranian").
  public var surface: String
  /// ISO2 code of the country it names.
  public var country: String?
  /// `adjective`, `singular`, `plural`, `attributive`.
  public var form: String
  /// `file:line` of its row.
  public var origin: String

  /// Creates a demonym entry.
  public init(surface: String, country: String?, form: String, origin: String) {
    self.surface = surface
    self.country = country
    self.form = form
    self.origin = origin
  }
}

/// A weapon class from `weapons.tsv`.
public struct WeaponEntry: Sendable, Hashable {
  /// The class name, also its first alias ("ballistic missile").
  public var weaponClass: String
  /// Other names of the class.
  public var aliases: [String]
  /// The broader family it belongs to.
  public var family: String
  /// The ACLED sub-event type an attack with it suggests, if any.
  public var acledSubEventType: String?
  /// `file:line` of its row.
  public var origin: String

  /// Creates a weapon entry.
  public init(
    weaponClass: String, aliases: [String], family: String, acledSubEventType: String?,
    origin: String
  ) {
    self.weaponClass = weaponClass
    self.aliases = aliases
    self.family = family
    self.acledSubEventType = acledSubEventType
    self.origin = origin
  }
}

/// A head noun of generic actor phrases from `generic-actors.tsv` ("militias").
public struct GenericHeadEntry: Sendable, Hashable {
  /// The head noun ("militia").
  public var head: String
  /// Its forms as found in text ("militias", "militiamen").
  public var forms: [String]
  /// The actor type of the groups it names.
  public var type: String
  /// The id given to the unnamed group it stands for.
  public var genericID: String
  /// Whether the head counts only when qualified by a demonym, country or sponsor cue
  /// ("groups", "factions").
  public var needsQualifier: Bool
  /// Whether a demonym before the head names the sponsor, not the home country
  /// ("Iranian proxies").
  public var demonymIsSponsor: Bool
  /// `file:line` of its row.
  public var origin: String

  /// Creates a generic head entry.
  public init(
    head: String, forms: [String], type: String, genericID: String, needsQualifier: Bool,
    demonymIsSponsor: Bool = false, origin: String
  ) {
    self.demonymIsSponsor = demonymIsSponsor
    self.head = head
    self.forms = forms
    self.type = type
    self.genericID = genericID
    self.needsQualifier = needsQualifier
    self.origin = origin
  }
}

/// A cue that links a group to its sponsor or leader (`-backed`, `linked to`, `pro-`).
public struct SponsorCueEntry: Sendable, Hashable {
  /// The cue's name.
  public var cue: String
  /// Its forms as found in text.
  public var forms: [String]
  /// `sponsor` or `leader`.
  public var relation: String
  /// `file:line` of its row.
  public var origin: String

  /// Creates a sponsor cue entry.
  public init(cue: String, forms: [String], relation: String, origin: String) {
    self.cue = cue
    self.forms = forms
    self.relation = relation
    self.origin = origin
  }
}

/// A compass direction word that makes a region of a place ("western Syria",
/// "south of Baghdad").
public struct DirectionEntry: Sendable, Hashable {
  /// The direction ("south east").
  public var word: String
  /// Its forms as found in text.
  public var forms: [String]
  /// `adjective` ("western") or `relative` ("west of").
  public var usage: String
  /// `file:line` of its row.
  public var origin: String

  /// The word as an id suffix: `south-east` for "south east".
  public var slug: String { String(word.map { $0 == " " ? "-" : $0 }) }

  /// Creates a direction entry.
  public init(word: String, forms: [String], usage: String, origin: String) {
    self.word = word
    self.forms = forms
    self.usage = usage
    self.origin = origin
  }
}
