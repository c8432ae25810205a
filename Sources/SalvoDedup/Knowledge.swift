import SalvoModel

/// The gazetteer links deduplication reasons with, with the walks over them: a place's
/// ancestry and an actor's organizations and sponsors.
///
/// The walks are made once per linked id when it is created (a run builds a profile for
/// every report and every grown cluster, each looking them up again), so a lookup is one
/// dictionary read.
struct Knowledge: Sendable {
  let links: ReferenceLinks
  /// `ancestors(ofPlace:)` of every place with a parent.
  private let ancestorsOf: [String: [String]]
  /// `organizations(of:)` of every actor with an organization.
  private let organizationsOf: [String: [String]]
  /// The sponsors the gazetteer gives every actor with sponsors or organizations (see
  /// `sponsors(of:)`), sorted.
  private let listedSponsorsOf: [String: [String]]

  init(_ links: ReferenceLinks) {
    self.links = links
    var ancestorsOf: [String: [String]] = [:]
    for id in links.placeParents.keys { ancestorsOf[id] = Self.ancestors(ofPlace: id, links) }
    var organizationsOf: [String: [String]] = [:]
    for id in links.memberOf.keys { organizationsOf[id] = Self.organizations(of: id, links) }
    var listedSponsorsOf: [String: [String]] = [:]
    for id in Set(links.sponsors.keys).union(links.memberOf.keys) {
      var found = Set(links.sponsors[id] ?? [])
      for organization in organizationsOf[id] ?? [] {
        // A coalition's sponsor (the Axis of Resistance's) is not each member's, so only the
        // direct organizations' sponsors count.
        if links.memberOf[id]?.contains(organization) == true {
          found.formUnion(links.sponsors[organization] ?? [])
        }
      }
      listedSponsorsOf[id] = found.sorted()
    }
    self.ancestorsOf = ancestorsOf
    self.organizationsOf = organizationsOf
    self.listedSponsorsOf = listedSponsorsOf
  }

  /// The ids of the places that enclose `place` through the gazetteer's parent links,
  /// nearest first, without the place itself (at most 8 levels, so a cycle cannot hang).
  func ancestors(ofPlace id: String) -> [String] { ancestorsOf[id] ?? [] }

  /// The organizations `id` belongs to, directly or through its organizations.
  func organizations(of id: String) -> [String] { organizationsOf[id] ?? [] }

  /// The sponsors of an actor: those its mention states and those the gazetteer lists for it
  /// and for its direct organizations, sorted.
  func sponsors(of actor: ActorReference) -> [String] {
    let listed = listedSponsorsOf[actor.gazetteerID] ?? []
    guard let stated = actor.sponsor, !listed.contains(stated) else { return listed }
    return (listed + [stated]).sorted()
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

  /// `organizations(of:)`, walked.
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
