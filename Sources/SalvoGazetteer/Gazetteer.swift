import SalvoModel

/// The compiled gazetteer: every entry, and the trie that finds their aliases in text.
///
/// Immutable and `Sendable`: loaded once (from the compiled index when it is fresh) and
/// shared by every task. A class, so that sharing it never copies its many fields.
public final class Gazetteer: Sendable {
  public let places: PlaceTable
  public let actors: [ActorEntry]
  public let demonyms: [DemonymEntry]
  public let weapons: [WeaponEntry]
  public let genericHeads: [GenericHeadEntry]
  public let sponsorCues: [SponsorCueEntry]
  public let directions: [DirectionEntry]
  /// Surface forms of actor modifiers.
  public let modifiers: [String]
  /// Locative prepositions.
  public let locatives: [String]
  /// Token surfaces of the aliases that match only as written.
  public let exactSurfaces: [[String]]
  /// The alias trie.
  public let trie: AliasTrie
  /// The sources' fingerprint this was compiled from.
  public let sourceHash: UInt64
  /// Lookups derived from the entries.
  let lookups: Lookups
  /// What resolution reads of each place, index for index with `places`.
  var placeFacts: [PlaceFacts] { places.facts }
  /// What reading weighs of each actor.
  let actorFacts: [ActorFacts]

  /// Creates a gazetteer from its parts (used by `compile` and the index reader).
  init(
    places: PlaceTable, actors: [ActorEntry], demonyms: [DemonymEntry], weapons: [WeaponEntry],
    genericHeads: [GenericHeadEntry], sponsorCues: [SponsorCueEntry],
    directions: [DirectionEntry], modifiers: [String], locatives: [String],
    exactSurfaces: [[String]],
    trie: AliasTrie, sourceHash: UInt64
  ) {
    self.places = places
    self.actors = actors
    self.demonyms = demonyms
    self.weapons = weapons
    self.genericHeads = genericHeads
    self.sponsorCues = sponsorCues
    self.directions = directions
    self.modifiers = modifiers
    self.locatives = locatives
    self.exactSurfaces = exactSurfaces
    self.trie = trie
    self.sourceHash = sourceHash
    lookups = Lookups(places: places.facts, actors: actors)
    actorFacts = actors.map { ActorFacts(type: $0.type, country: $0.country) }
  }

  /// The facts of an actor that reading weighs.
  struct ActorFacts: Sendable {
    var type: String
    var country: String?
  }

  /// The number of aliases (trie payloads) in the gazetteer.
  public var aliasCount: Int { trie.payloadCount }

  /// Indexes derived from the entries: ids, countries, each country's state and military.
  struct Lookups: Sendable {
    var actorByID: [String: Int] = [:]
    /// ISO2 → the country's place entry.
    var countryPlace: [String: Int] = [:]
    /// ISO2 → the state actor (`state:XX`).
    var stateActor: [String: Int] = [:]
    /// ISO2 → the country's main armed forces: the first top-level `state_military` row.
    var military: [String: Int] = [:]
    /// ISO2 → the country's main government row.
    var government: [String: Int] = [:]
    /// "type|country|sponsor" → the generic row for that class of groups.
    var generic: [String: Int] = [:]

    static func genericKey(type: String, country: String?, sponsor: String?) -> String {
      "\(type)|\(country ?? "")|\(sponsor ?? "")"
    }

    init(places: [PlaceFacts], actors: [ActorEntry]) {
      for (index, place) in places.enumerated() where place.isCountry {
        if let country = place.country, countryPlace[country] == nil {
          countryPlace[country] = index
        }
      }
      for (index, actor) in actors.enumerated() {
        if actorByID[actor.id] == nil { actorByID[actor.id] = index }
        if actor.isGeneric {
          let key = Self.genericKey(
            type: actor.type, country: actor.country, sponsor: actor.sponsors.first)
          if generic[key] == nil { generic[key] = index }
        }
        guard let country = actor.country else { continue }
        switch actor.type {
        case "state" where stateActor[country] == nil:
          stateActor[country] = index
        case "state_military" where military[country] == nil && actor.memberOf.isEmpty:
          military[country] = index
        case "government" where government[country] == nil && actor.memberOf.isEmpty:
          government[country] = index
        default:
          break
        }
      }
    }
  }
}
