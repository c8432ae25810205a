import SalvoModel
import Synchronization

/// One shared object per distinct place, actor, actor list and weapon list that profiles
/// hold.
///
/// A run has a million profiles but a few thousand distinct places and actors. Comparing
/// is mostly waiting for memory, and a profile that made its own copies would scatter them
/// over the heap, each a cache miss per comparison; shared, they stay in the cache and a
/// comparison touches little more than the two profiles. The objects are equal in content
/// to the copies they replace, so sharing changes no verdict.
final class SharedParts: Sendable {
  private struct PlaceKey: Hashable {
    var place: PlaceReference
    var precision: LocationPrecision
  }

  private struct Tables {
    var places: [PlaceKey: Profile.Place] = [:]
    var actors: [ActorReference: Profile.Actor] = [:]
    var actorLists: [[ObjectIdentifier]: [Profile.Actor]] = [:]
    var weaponLists: [[String]: [String]] = [:]
  }

  private let tables = Mutex(Tables())

  /// The shared place equal to `make()`, made once per distinct reported place.
  func place(_ reported: EventReport.Place, _ make: () -> Profile.Place) -> Profile.Place {
    let key = PlaceKey(place: reported.place, precision: reported.precision)
    if let found = tables.withLock({ $0.places[key] }) { return found }
    let made = make()
    return tables.withLock { tables in
      if let found = tables.places[key] { return found }
      tables.places[key] = made
      return made
    }
  }

  /// The shared actor equal to `make()`, made once per distinct resolved actor.
  func actor(_ reference: ActorReference, _ make: () -> Profile.Actor) -> Profile.Actor {
    if let found = tables.withLock({ $0.actors[reference] }) { return found }
    let made = make()
    return tables.withLock { tables in
      if let found = tables.actors[reference] { return found }
      tables.actors[reference] = made
      return made
    }
  }

  /// The shared list of these actors (each shared, so their identities key the list: the
  /// tables hold them as long as the lists), in this order.
  func actors(_ list: [Profile.Actor]) -> [Profile.Actor] {
    guard !list.isEmpty else { return [] }
    let key = list.map(ObjectIdentifier.init)
    return tables.withLock { tables in
      if let found = tables.actorLists[key] { return found }
      tables.actorLists[key] = list
      return list
    }
  }

  /// The shared list of these weapon classes, in this order.
  func weapons(_ list: [String]) -> [String] {
    guard !list.isEmpty else { return [] }
    return tables.withLock { tables in
      if let found = tables.weaponLists[list] { return found }
      tables.weaponLists[list] = list
      return list
    }
  }
}
