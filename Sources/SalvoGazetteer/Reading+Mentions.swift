import SalvoModel

/// A place as a mention carries it: its reference and the row it came from.
struct ResolvedPlace {
  var reference: PlaceReference
  var origin: String
}

extension Reading {
  /// The mention of an item that no phrase consumed.
  func simpleMention(
    _ items: [Item], at index: Int, context: PlaceContext, places: inout [Int: ResolvedPlace]
  ) -> Mention? {
    let item = items[index]
    let range = range(item.span.tokens)
    switch item.role {
    case .place(let candidates):
      // "Solhan, in northern Burkina Faso": a town the gazetteer knows only in another
      // country is a place it does not know.
      if let country = appositiveCountry(items, after: index),
        !candidates.contains(where: { placeFacts[$0].countryCode == country })
      {
        return nil
      }
      // A sole candidate needs no ranking and has no alternatives.
      let sole = candidates.count == 1
      let ranked =
        sole
        ? []
        : context.rank(
          candidates, qualifier: qualifier(items, after: index),
          named: namedPlaces(in: item.span))
      guard let best = sole ? PlaceContext.sole(candidates[0]) : ranked.first else { return nil }
      if isHeadlineOnlyTown(items, index, place: best.place) || context.isStray(best.place) {
        return nil
      }
      let place = placeReference(best.place, cache: &places)
      return Mention(
        range: range, value: .place(place.reference),
        provenance: Provenance(stage: "gazetteer", rule: best.rule, source: place.origin),
        alternatives: ranked.dropFirst().prefix(3).map { gazetteer.places.id(at: $0.place) })
    case .actor(let index):
      let actor = gazetteer.actors[index]
      return Mention(
        range: range, value: .actor(reference(actor)),
        provenance: Provenance(stage: "gazetteer", rule: "alias", source: actor.origin))
    case .demonym(let index):
      let demonym = gazetteer.demonyms[index]
      return Mention(
        range: range, value: .demonym(country: demonym.country),
        provenance: Provenance(stage: "gazetteer", rule: "alias", source: demonym.origin))
    case .weapon(let index):
      return weaponMention(index, range: range)
    case .head:
      // A head that is also a weapon ("warplanes") reads as the weapon when no phrase made
      // it an actor.
      guard let weapon = first(.weapon, in: item.span) else { return nil }
      return weaponMention(weapon, range: range)
    case .cue, .modifier, .direction, .locative, .dropped:
      return nil
    }
  }

  func weaponMention(_ index: Int, range: TextRange) -> Mention {
    let weapon = gazetteer.weapons[index]
    return Mention(
      range: range,
      value: .weapon(
        WeaponReference(
          weaponClass: weapon.weaponClass, family: weapon.family,
          acledSubEventType: weapon.acledSubEventType)),
      provenance: Provenance(stage: "gazetteer", rule: "alias", source: weapon.origin))
  }

  /// The country named right after a town, as in "Homs, Syria" or "Homs (Syria)".
  func qualifier(_ items: [Item], after index: Int) -> String? {
    guard index + 1 < items.count, case .place(let current) = items[index].role,
      case .place(let next) = items[index + 1].role,
      !current.contains(where: { placeFacts[$0].isCountry }),
      items[index].span.sentence == items[index + 1].span.sentence,
      items[index + 1].span.tokens.lowerBound == items[index].span.tokens.upperBound + 2
    else { return nil }
    let separator = layer.terms[layer.tokens[items[index].span.tokens.upperBound + 1].term]
    guard separator == "," || separator == "(" else { return nil }
    return next.first { placeFacts[$0].isCountry }.flatMap {
      placeFacts[$0].country
    }
  }

  /// The country code of the country an appositive after a town places it in: "Solhan, in
  /// northern Burkina Faso" (a comma, a locative, maybe a direction, then the country).
  func appositiveCountry(_ items: [Item], after index: Int) -> UInt16? {
    guard index + 2 < items.count, case .locative = items[index + 1].role,
      items[index].span.sentence == items[index + 1].span.sentence,
      items[index + 1].span.tokens.lowerBound == items[index].span.tokens.upperBound + 2,
      layer.terms[layer.tokens[items[index].span.tokens.upperBound + 1].term] == ","
    else { return nil }
    var next = index + 2
    if case .direction = items[next].role, next + 1 < items.count { next += 1 }
    guard case .place(let candidates) = items[next].role,
      items[next].span.tokens.lowerBound <= items[index + 1].span.tokens.upperBound + 2
    else { return nil }
    return candidates.first { placeFacts[$0].isCountry }.map { placeFacts[$0].countryCode }
  }

  /// A small town named only in a title-case headline is more likely a capitalized word
  /// ("Drones Hit Base") than a place; it counts when the body names it too.
  private func isHeadlineOnlyTown(_ items: [Item], _ index: Int, place: Int) -> Bool {
    let entry = placeFacts[place]
    let span = items[index].span
    guard layer.sentences[span.sentence].isHeadline, entry.isCity,
      entry.population < 100_000, span.tokens.count == 1
    else { return false }
    return !items.contains { other in
      guard !layer.sentences[other.span.sentence].isHeadline,
        case .place(let candidates) = other.role
      else { return false }
      return candidates.contains(place)
    }
  }

  /// A place's reference and row, decoded once per document: an article names the same
  /// places again and again.
  func placeReference(_ index: Int, cache: inout [Int: ResolvedPlace]) -> ResolvedPlace {
    if let known = cache[index] { return known }
    let (reference, origin) = gazetteer.places.resolved(at: index)
    let made = ResolvedPlace(reference: reference, origin: origin)
    cache[index] = made
    return made
  }

  func reference(_ actor: ActorEntry) -> ActorReference {
    ActorReference(
      gazetteerID: actor.id, name: actor.name, type: actor.type, country: actor.country,
      sponsor: actor.sponsors.first)
  }

  /// A bare compass direction after "in the" ("attacked by drones in the north") is a region
  /// of the country the sentence (else the article) is about: the country named most often
  /// there, when one is.
  func bareDirections(_ items: inout [Item], context: PlaceContext) -> [Mention] {
    var mentions: [Mention] = []
    for index in items.indices where !items[index].consumed {
      guard case .direction(let directionIndex) = items[index].role,
        items[index].span.tokens.count == 1, index > 0, case .locative = items[index - 1].role
      else { continue }
      let first = items[index].span.tokens.lowerBound
      guard first - 1 == items[index - 1].span.tokens.upperBound + 1,
        layer.terms[layer.tokens[first - 1].term] == "the",
        let country = directionCountry(items, index, context: context),
        let countryPlace = gazetteer.lookups.countryPlace[country]
      else { continue }
      let direction = gazetteer.directions[directionIndex]
      let base = gazetteer.places.resolved(at: countryPlace).reference
      let range = range(items[index].span.tokens)
      mentions.append(
        Mention(
          range: range,
          value: .place(
            PlaceReference(
              gazetteerID: "\(base.gazetteerID)#\(direction.slug)",
              name: "\(document.text.slice(range)) of \(base.name)", country: base.country,
              admin1: nil, latitude: base.latitude, longitude: base.longitude, feature: "region")),
          provenance: Provenance(
            stage: "gazetteer", rule: "direction-of-country-in-context", source: direction.origin)))
      items[index].consumed = true
    }
    return mentions
  }

  /// The nouns after which an adjective of direction still names a region of the country
  /// in context ("in the northern part").
  private static let areaNouns: Set<String> = [
    "part", "parts", "area", "areas", "region", "regions",
  ]

  /// The country of which the direction item `index` names a region: a demonym's right
  /// after it ("in the northern Nigerian state of Zamfara"), else, when the direction stands
  /// alone (a noun, "in the north", or an adjective before an area noun, "in the northern
  /// areas"), the country in context; nil for an adjective of another phrase ("in the
  /// central city of Homs").
  private func directionCountry(_ items: [Item], _ index: Int, context: PlaceContext)
    -> String?
  {
    let token = items[index].span.tokens.lowerBound
    // Items run in text order: look no further than the token after the direction.
    for item in items[(index + 1)...] {
      guard item.span.tokens.lowerBound <= token + 1 else { break }
      if item.span.tokens.lowerBound == token + 1, case .demonym(let demonym) = item.role {
        return gazetteer.demonyms[demonym].country
      }
    }
    let word = layer.terms[layer.tokens[token].term]
    let adjective = word.hasSuffix("ern") || word.hasSuffix("ernmost") || word == "central"
    let next = token + 1
    guard
      !adjective
        || (next < layer.tokens.count
          && Self.areaNouns.contains(layer.terms[layer.tokens[next].term]))
    else { return nil }
    return dominantCountry(items, sentence: items[index].span.sentence, context: context)
  }

  /// The country a sentence names most (ties: the article's most named), else the article's.
  private func dominantCountry(_ items: [Item], sentence: Int, context: PlaceContext) -> String? {
    var counts: [String: Int] = [:]
    for item in items where item.span.sentence == sentence {
      if case .place(let candidates) = item.role,
        let country = PlaceContext.soleCountry(candidates, placeFacts)
      {
        counts[country, default: 0] += 1
      }
    }
    let pool = counts.isEmpty ? context.countries : counts
    // Most mentions first; then the article's count; then the code, for determinism.
    return pool.max {
      ($0.value, context.countries[$0.key] ?? 0, $1.key)
        < ($1.value, context.countries[$1.key] ?? 0, $0.key)
    }?.key
  }

  /// Region phrases. A direction adjective and a place ("western Syria") make one region
  /// mention. A relative direction ("south of Baghdad") makes a region mention of its own
  /// words, tied to the place that follows, which stays a mention of its own: the article
  /// names Baghdad, and the event happened south of it.
  func regionPhrases(_ items: inout [Item], context: PlaceContext) -> [Mention] {
    var mentions: [Mention] = []
    for index in items.indices.dropLast() {
      guard case .direction(let directionIndex) = items[index].role,
        case .place(let candidates) = items[index + 1].role,
        adjacent(items[index], items[index + 1]), !items[index].consumed,
        let best = context.rank(
          candidates, qualifier: nil, named: namedPlaces(in: items[index + 1].span)
        ).first
      else { continue }
      let direction = gazetteer.directions[directionIndex]
      let base = gazetteer.places.resolved(at: best.place).reference
      let relative = direction.usage == "relative"
      let tokens =
        relative
        ? items[index].span.tokens
        : items[index].span.tokens.lowerBound...items[index + 1].span.tokens.upperBound
      let whole = range(
        items[index].span.tokens.lowerBound...items[index + 1].span.tokens.upperBound)
      let reference = PlaceReference(
        gazetteerID: "\(base.gazetteerID)#\(direction.slug)",
        name: String(document.text.slice(whole)), country: base.country, admin1: base.admin1,
        latitude: base.latitude, longitude: base.longitude, feature: "region")
      mentions.append(
        Mention(
          range: range(tokens), value: .place(reference),
          provenance: Provenance(
            stage: "gazetteer", rule: relative ? "relative-to-place" : "direction-of-place",
            source: direction.origin)))
      items[index].consumed = true
      if !relative { items[index + 1].consumed = true }
    }
    return mentions
  }
}
