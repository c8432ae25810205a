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

  /// A key with its hash computed once, before the lock is taken: profiles are made on
  /// several threads, and hashing a place inside the lock kept the others waiting.
  private struct Prehashed<Key: Hashable & Sendable>: Hashable, Sendable {
    let key: Key
    let hash: Int

    init(_ key: Key) {
      self.key = key
      hash = key.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: Self, b: Self) -> Bool { a.hash == b.hash && a.key == b.key }
  }

  private struct Tables {
    var places: [Prehashed<PlaceKey>: Profile.Place] = [:]
    var actors: [Prehashed<ActorReference>: Profile.Actor] = [:]
    var actorLists: [Prehashed<[ObjectIdentifier]>: [Profile.Actor]] = [:]
    var weaponLists: [Prehashed<[String]>: [String]] = [:]
  }

  private let tables = Mutex(Tables())

  /// The shared place equal to `make()`, made once per distinct reported place.
  func place(_ reported: EventReport.Place, _ make: () -> Profile.Place) -> Profile.Place {
    shared(\.places, PlaceKey(place: reported.place, precision: reported.precision), make)
  }

  /// The shared actor equal to `make()`, made once per distinct resolved actor.
  func actor(_ reference: ActorReference, _ make: () -> Profile.Actor) -> Profile.Actor {
    shared(\.actors, reference, make)
  }

  /// The value filed under `key` in `table`, made (outside the lock) and filed when absent.
  private func shared<Key: Hashable & Sendable, Value: Sendable>(
    _ table: WritableKeyPath<Tables, [Prehashed<Key>: Value]>, _ key: Key, _ make: () -> Value
  ) -> Value {
    let key = Prehashed(key)
    if let found = tables.withLock({ $0[keyPath: table][key] }) { return found }
    let made = make()
    return tables.withLock { tables in
      if let found = tables[keyPath: table][key] { return found }
      tables[keyPath: table][key] = made
      return made
    }
  }

  /// The shared list of these actors (each shared, so their identities key the list: the
  /// tables hold them as long as the lists), in this order.
  func actors(_ list: [Profile.Actor]) -> [Profile.Actor] {
    list.isEmpty ? [] : shared(\.actorLists, list.map(ObjectIdentifier.init)) { list }
  }

  /// The shared list of these weapon classes, in this order.
  func weapons(_ list: [String]) -> [String] {
    list.isEmpty ? [] : shared(\.weaponLists, list) { list }
  }
}
