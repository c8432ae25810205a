import SalvoModel

/// The gazetteer links deduplication reasons with, with the walks over them: a place's
/// ancestry and an actor's organizations and sponsors.
///
/// The walks are made once per linked id when it is created (a run builds a profile for
/// every report and every grown cluster, each looking them up again), so a lookup is one
/// dictionary read. A final class, so that profiles and blocking keys, made on every
/// thread, share one reference rather than copy its seven collections.
final class Knowledge: Sendable {
  /// What the gazetteer says of an actor id.
  struct ActorLinks: Sendable {
    /// The organizations it belongs to, directly or through its organizations, sorted.
    var organizations: [String] = []
    /// Its sponsors, sorted: those the gazetteer lists for it and for its direct
    /// organizations (and, from `actor(_:)`, the one its mention states).
    var sponsors: [String] = []
    /// Whether it stands for unnamed groups (`ReferenceLinks.isGeneric(_:)`).
    var isGeneric = false
  }

  let links: ReferenceLinks
  /// The places and actors the run's profiles share.
  let shared = SharedParts()
  /// `ancestors(ofPlace:)` of every place with a parent.
  private let ancestorsOf: [String: [String]]
  /// The links of every actor with organizations, sponsors or a generic mark.
  private let actorLinksOf: [String: ActorLinks]

  init(_ links: ReferenceLinks) {
    self.links = links
    var ancestorsOf: [String: [String]] = [:]
    for id in links.placeParents.keys { ancestorsOf[id] = Self.ancestors(ofPlace: id, links) }
    var actorLinksOf: [String: ActorLinks] = [:]
    for id in Set(links.memberOf.keys).union(links.sponsors.keys).union(links.genericActors) {
      let organizations = Self.organizations(of: id, links)
      var sponsors = Set(links.sponsors[id] ?? [])
      for organization in organizations {
        // A coalition's sponsor (the Axis of Resistance's) is not each member's, so only the
        // direct organizations' sponsors count.
        if links.memberOf[id]?.contains(organization) == true {
          sponsors.formUnion(links.sponsors[organization] ?? [])
        }
      }
      actorLinksOf[id] = ActorLinks(
        organizations: organizations, sponsors: sponsors.sorted(), isGeneric: links.isGeneric(id))
    }
    self.ancestorsOf = ancestorsOf
    self.actorLinksOf = actorLinksOf
  }

  /// The ids of the places that enclose `place` through the gazetteer's parent links,
  /// nearest first, without the place itself (at most 8 levels, so a cycle cannot hang).
  func ancestors(ofPlace id: String) -> [String] { ancestorsOf[id] ?? [] }

  /// The links of an actor as its mention resolved it: its sponsors include the one the
  /// mention states.
  func actor(_ actor: ActorReference) -> ActorLinks {
    var found =
      actorLinksOf[actor.gazetteerID] ?? ActorLinks(isGeneric: links.isGeneric(actor.gazetteerID))
    if let stated = actor.sponsor, !found.sponsors.contains(stated) {
      found.sponsors = (found.sponsors + [stated]).sorted()
    }
    return found
  }

  /// `ancestors(ofPlace:)`, walked.
  private static func ancestors(ofPlace id: String, _ links: ReferenceLinks) -> [String] {
    var chain: [String] = []
    var current = id
    while chain.count < 8, let parent = links.placeParents[current], parent != id {
      if chain.contains(parent) { break }
      chain.append(parent)
      current = parent
    }
    return chain
  }

  /// The organizations `id` belongs to, directly or through its organizations (at most 16),
  /// sorted.
  private static func organizations(of id: String, _ links: ReferenceLinks) -> [String] {
    var found: [String] = []
    var pending = links.memberOf[id] ?? []
    while let next = pending.popLast() {
      if next == id || found.contains(next) || found.count >= 16 { continue }
      found.append(next)
      pending += links.memberOf[next] ?? []
    }
    return found.sorted()
  }
}
