/// Scores place mentions against gold places, by surface form.
///
/// Gold lists every toponym surface of an article once. A gold surface is found when a
/// place mention has the same surface (ignoring case, "the" and possessives); a predicted
/// surface is correct when gold lists it. Country accuracy is judged on found surfaces. A
/// place mention inside a gold `not_places` surface ("Gulf" in "Gulf War") is reported.
struct PlaceScorer {
  struct Result {
    var score = Score()
    var country = Accuracy()
    var notPlacesTagged: [String] = []
    var missed: [String] = []
    var spurious: [String] = []
  }

  func score(gold: GoldArticle, run: RunArticle?) -> Result {
    var result = Result()
    let mentions = run?.mentions.filter { $0.kind == "place" } ?? []
    var predicted: [String: [String?]] = [:]
    for mention in mentions {
      predicted[SurfaceForm.normalize(mention.text), default: []].append(mention.country)
    }
    let goldSurfaces = Dictionary(
      gold.places.map { (SurfaceForm.normalize($0.surface), $0) }, uniquingKeysWith: { a, _ in a })
    result.score.gold = goldSurfaces.count
    result.score.predicted = predicted.count
    for (surface, place) in goldSurfaces.sorted(by: { $0.key < $1.key }) {
      guard let countries = predicted[surface] else {
        result.missed.append(place.surface)
        continue
      }
      result.score.truePositives += 1
      result.country.total += 1
      if countries.contains(where: { $0 == place.country }) { result.country.correct += 1 }
    }
    let notPlaces = gold.notPlaces.map(SurfaceForm.normalize)
    for surface in predicted.keys.sorted() where goldSurfaces[surface] == nil {
      if notPlaces.contains(where: { SurfaceForm.overlaps($0, surface) }) {
        result.notPlacesTagged.append(surface)
      }
      result.spurious.append(surface)
    }
    return result
  }
}

/// Scores actor mentions against gold actors, by surface form.
///
/// A gold actor is found when an actor mention's surface equals it or is contained in it as
/// whole words ("militias" in "Iran-linked militias in Iraq"); a state ("Iran") is also
/// found by a country place mention. Persons are not extracted and not scored.
struct ActorScorer {
  struct Result {
    var score = Score()
    var nonstate = Score()
    var missed: [String] = []
  }

  func score(gold: GoldArticle, run: RunArticle?) -> Result {
    var result = Result()
    let mentions = run?.mentions ?? []
    let actors = mentions.filter { $0.kind == "actor" }.map { SurfaceForm.normalize($0.text) }
    let countries = mentions.filter { $0.kind == "place" && $0.fields["feature"] == "country" }
      .map { SurfaceForm.normalize($0.text) }
    let scored = gold.actors.filter { $0.type != "person" }
    var seen = Set<String>()
    for actor in scored where seen.insert(SurfaceForm.normalize(actor.surface)).inserted {
      let surface = SurfaceForm.normalize(actor.surface)
      let found =
        actors.contains { SurfaceForm.overlaps($0, surface) }
        || (actor.type == "state" && countries.contains(surface))
      result.score.gold += 1
      if actor.type == "nonstate_armed" { result.nonstate.gold += 1 }
      if found {
        result.score.truePositives += 1
        if actor.type == "nonstate_armed" { result.nonstate.truePositives += 1 }
      } else {
        result.missed.append(actor.surface)
      }
    }
    let goldSurfaces = scored.map { SurfaceForm.normalize($0.surface) }
    let distinct = Set(actors)
    result.score.predicted = distinct.count
    result.nonstate.predicted = result.nonstate.truePositives
    result.score.truePositives = min(
      result.score.truePositives,
      distinct.filter { actor in goldSurfaces.contains { SurfaceForm.overlaps($0, actor) } }.count
        + countries.count)
    return result
  }
}
