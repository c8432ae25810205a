import SalvoModel

/// The gazetteer links deduplication reasons with, with the walks over them: a place's
/// ancestry and an actor's organizations and sponsors.
struct Knowledge: Sendable {
  let links: ReferenceLinks

  init(_ links: ReferenceLinks) { self.links = links }

  /// The ids of the places that enclose `place` through the gazetteer's parent links,
  /// nearest first, without the place itself (at most 8 levels, so a cycle cannot hang).
  func ancestors(ofPlace id: String) -> [String] {
    var chain: [String] = []
    var current = id
    while chain.count < 8, let parent = links.placeParents[current], parent != id {
      if chain.contains(parent) { break }
      chain.append(parent)
      current = parent
    }
    return chain
  }

  /// The organizations `id` belongs to, directly or through its organizations.
  func organizations(of id: String) -> [String] {
    var found: [String] = []
    var pending = links.memberOf[id] ?? []
    while let next = pending.popLast() {
      if next == id || found.contains(next) || found.count >= 16 { continue }
      found.append(next)
      pending += links.memberOf[next] ?? []
    }
    return found.sorted()
  }

  /// The sponsors of an actor: those its mention states and those the gazetteer lists for it
  /// and for its organizations.
  func sponsors(of actor: ActorReference, organizations: [String]) -> [String] {
    var found = Set(links.sponsors[actor.gazetteerID] ?? [])
    if let stated = actor.sponsor { found.insert(stated) }
    for organization in organizations {
      // A coalition's sponsor (the Axis of Resistance's) is not each member's, so only the
      // direct organizations' sponsors count.
      if links.memberOf[actor.gazetteerID]?.contains(organization) == true {
        found.formUnion(links.sponsors[organization] ?? [])
      }
    }
    return found.sorted()
  }
}
