import SalvoModel

/// The compiled gazetteer: every entry, and the trie that finds their aliases in text.
///
/// Immutable and `Sendable`: loaded once (from the compiled index when it is fresh) and
/// shared by every task. A class, so that sharing it never copies its many fields.
public final class Gazetteer: Sendable {
  /// The places, index for index with the trie's place payloads.
  public let places: PlaceTable
  /// The actors (aliases left to the trie), index for index with its actor payloads.
  public let actors: [ActorEntry]
  /// The demonyms, index for index with the trie's demonym payloads.
  public let demonyms: [DemonymEntry]
  /// The weapon classes (aliases left to the trie).
  public let weapons: [WeaponEntry]
  /// The head nouns of generic actor phrases (forms left to the trie).
  public let genericHeads: [GenericHeadEntry]
  /// The sponsor and leader cues (forms left to the trie).
  public let sponsorCues: [SponsorCueEntry]
  /// The compass direction words (forms left to the trie).
  public let directions: [DirectionEntry]
  /// Token surfaces of the aliases that match only as written.
  public let exactSurfaces: [[String]]
  /// The alias trie.
  public let trie: AliasTrie
  /// The sources' fingerprint this was compiled from.
  public let sourceHash: UInt64
  /// Lookups derived from the entries.
  let lookups: Lookups
  /// What matching reads of each actor, index for index with `actors`.
  let actorFacts: [ActorFacts]
  /// What resolution reads of each place, index for index with `places`.
  var placeFacts: [PlaceFacts] { places.facts }

  /// Creates a gazetteer from its parts (used by `compile` and the index reader).
  init(
    places: PlaceTable, actors: [ActorEntry], demonyms: [DemonymEntry], weapons: [WeaponEntry],
    genericHeads: [GenericHeadEntry], sponsorCues: [SponsorCueEntry],
    directions: [DirectionEntry], exactSurfaces: [[String]], trie: AliasTrie, sourceHash: UInt64
  ) {
    self.places = places
    self.actors = actors
    self.demonyms = demonyms
    self.weapons = weapons
    self.genericHeads = genericHeads
    self.sponsorCues = sponsorCues
    self.directions = directions
    self.exactSurfaces = exactSurfaces
    self.trie = trie
    self.sourceHash = sourceHash
    lookups = Lookups(places: places.facts, actors: actors)
    actorFacts = actors.map(ActorFacts.init)
  }

  /// The number of aliases (trie payloads) in the gazetteer.
  public var aliasCount: Int { trie.payloadCount }

  /// Indexes derived from the entries: countries, each country's military and government,
  /// generic rows.
  struct Lookups: Sendable {
    /// ISO2 → the country's place entry.
    var countryPlace: [String: Int] = [:]
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
        if actor.isGeneric {
          let key = Self.genericKey(
            type: actor.type, country: actor.country, sponsor: actor.sponsors.first)
          if generic[key] == nil { generic[key] = index }
        }
        guard let country = actor.country else { continue }
        switch actor.type {
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
