import SalvoDedup
import SalvoGazetteer
import SalvoModel

extension ReferenceLinks {
  /// The links deduplication needs, read from a loaded gazetteer: each place's parent, each
  /// actor's organizations and sponsors, the generic actor rows and the country places.
  public init(gazetteer: Gazetteer) {
    var parents: [String: String] = [:]
    var countries = Set<String>()
    for index in gazetteer.places.indices {
      let place = gazetteer.places[index]
      if let parent = place.parent, !parent.isEmpty { parents[place.id] = parent }
      if place.feature == "country" { countries.insert(place.id) }
    }
    var memberOf: [String: [String]] = [:]
    var sponsors: [String: [String]] = [:]
    var generic = Set<String>()
    for actor in gazetteer.actors {
      if !actor.memberOf.isEmpty { memberOf[actor.id] = actor.memberOf }
      if !actor.sponsors.isEmpty { sponsors[actor.id] = actor.sponsors }
      if actor.isGeneric { generic.insert(actor.id) }
    }
    self.init(
      placeParents: parents, memberOf: memberOf, sponsors: sponsors, genericActors: generic,
      countryPlaces: countries)
  }
}
