import SalvoModel

/// Builds actor mentions from phrases around generic heads and named groups:
/// "Iran-backed Shi'ite armed groups in Iraq", "Syrian militia", "Iranian proxies",
/// "US warplanes", "Israeli special forces", "U.S. officials", "Houthi fighters".
///
/// The actor mention covers the modifiers and the head; the sponsor and country words stay
/// mentions of their own (places, demonyms), so mentions never overlap.
struct ActorPhrases {
  let reading: Reading
  var gazetteer: Gazetteer { reading.gazetteer }

  /// The actor mentions of phrases; their items are marked consumed.
  func phrases(_ items: inout [Reading.Item]) -> [Mention] {
    var mentions: [Mention] = []
    for index in items.indices where !items[index].consumed {
      switch items[index].role {
      case .head(let head):
        if let mention = genericPhrase(&items, head: index, entry: gazetteer.genericHeads[head]) {
          mentions.append(mention)
        }
      case .actor(let actor):
        if let mention = namedGroupWithHead(&items, at: index, actor: actor) {
          mentions.append(mention)
        }
      default:
        continue
      }
    }
    return mentions
  }

  /// "Houthi fighters", "Hezbollah militants", "Hamas-led fighters": a named group followed
  /// by a head (or leading it) is that group.
  private func namedGroupWithHead(_ items: inout [Reading.Item], at item: Int, actor row: Int)
    -> Mention?
  {
    guard reading.actorFacts[row].isNonstateArmed, item + 1 < items.count else { return nil }
    // "Hamas-led fighters", "Houthi-led forces": the group that leads them stands for them.
    var last = item + 1
    var led = false
    if case .cue(let cue) = items[last].role, gazetteer.sponsorCues[cue].relation == "leader",
      last + 1 < items.count, reading.adjacent(items[item], items[last])
    {
      last += 1
      led = true
    }
    let armedTypes = led ? ["nonstate_armed", "state_military"] : ["nonstate_armed"]
    guard case .head(let head) = items[last].role,
      armedTypes.contains(gazetteer.genericHeads[head].type),
      reading.adjacent(items[last - 1], items[last])
    else { return nil }
    for index in item...last { items[index].consumed = true }
    let entry = gazetteer.actors[row]
    let tokens = items[item].span.tokens.lowerBound...items[last].span.tokens.upperBound
    return Mention(
      range: reading.range(tokens), value: .actor(reading.reference(entry)),
      provenance: Provenance(stage: "gazetteer", rule: "group-and-head", source: entry.origin))
  }

  /// A generic head with what qualifies it.
  private func genericPhrase(_ items: inout [Reading.Item], head: Int, entry: GenericHeadEntry)
    -> Mention?
  {
    var first = head
    var modified = false
    while first > 0, case .modifier = items[first - 1].role,
      reading.adjacent(items[first - 1], items[first])
    {
      first -= 1
      modified = true
    }
    var country: String?
    var sponsor: String?
    var leader: String?
    // Left of the modifiers, right to left: [country] ([sponsor or leader] [cue])?
    // "Iran-backed Iraqi groups": Iraqi is the home country, Iran (before the cue) the sponsor.
    var pending: String?
    var cursor = first - 1
    while cursor >= 0, cursor >= first - 4, reading.adjacent(items[cursor], items[cursor + 1]) {
      let item = items[cursor]
      if case .cue(let cue) = item.role {
        pending = gazetteer.sponsorCues[cue].relation
      } else if let itemCountry = countryOf(item) {
        switch pending {
        case "sponsor"?: sponsor = sponsor ?? itemCountry
        case "leader"?: leader = leader ?? itemCountry
        default: if country == nil && sponsor == nil { country = itemCountry }
        }
        pending = nil
      } else {
        break
      }
      cursor -= 1
    }
    // "pro-Iran groups": the cue precedes the country.
    if first >= 2, case .cue = items[first - 2].role, let proCountry = countryOf(items[first - 1]),
      reading.adjacent(items[first - 2], items[first - 1])
    {
      sponsor = sponsor ?? proCountry
      if country == proCountry { country = nil }
    }
    // Right of the head: "… in Iraq", "… backed by Iran".
    if head + 2 < items.count, reading.adjacent(items[head], items[head + 1]),
      reading.adjacent(items[head + 1], items[head + 2]), let right = countryOf(items[head + 2])
    {
      switch items[head + 1].role {
      case .locative where country == nil: country = right
      case .cue(let cue) where gazetteer.sponsorCues[cue].relation == "sponsor":
        sponsor = sponsor ?? right
      default: break
      }
    }
    if entry.demonymIsSponsor, sponsor == nil {
      sponsor = country
      country = nil
    }
    let qualified = modified || country != nil || sponsor != nil || leader != nil
    guard qualified || !entry.needsQualifier else { return nil }
    for index in first...head { items[index].consumed = true }
    let tokens = items[first].span.tokens.lowerBound...items[head].span.tokens.upperBound
    return Mention(
      range: reading.range(tokens),
      value: .actor(actor(for: entry, country: country ?? leader, sponsor: sponsor)),
      provenance: Provenance(stage: "gazetteer", rule: "generic-actor", source: entry.origin))
  }

  /// The country an item names: a place's (country or admin1 feature) or a demonym's.
  private func countryOf(_ item: Reading.Item) -> String? {
    switch item.role {
    case .place(let candidates):
      // A country name ("Iraq", also the alias of a town in Iran) names its country.
      guard candidates.contains(where: { reading.placeFacts[$0].isCountry }) else {
        return nil
      }
      return PlaceContext.soleCountry(candidates, reading.placeFacts)
    case .demonym(let index):
      return gazetteer.demonyms[index].country
    default:
      return nil
    }
  }

  /// The actor a generic phrase denotes: the country's own armed forces or government row
  /// when there is one, else a generic actor with its country and sponsor.
  private func actor(for head: GenericHeadEntry, country: String?, sponsor: String?)
    -> ActorReference
  {
    let lookups = gazetteer.lookups
    if let country, sponsor == nil {
      let named =
        head.type == "state_military" && head.genericID == "generic:military"
        ? lookups.military[country]
        : head.type == "government" ? lookups.government[country] : nil
      if let named { return reading.reference(gazetteer.actors[named]) }
    }
    let sponsorID = sponsor.map { "state:\($0)" }
    let key = Gazetteer.Lookups.genericKey(type: head.type, country: country, sponsor: sponsorID)
    if let row = lookups.generic[key] { return reading.reference(gazetteer.actors[row]) }
    var name = head.head
    if let sponsor { name = "\(countryName(sponsor))-backed \(name)" }
    if let country { name += " (\(countryName(country)))" }
    return ActorReference(
      gazetteerID: head.genericID, name: name, type: head.type, country: country,
      sponsor: sponsorID)
  }

  private func countryName(_ code: String) -> String {
    gazetteer.lookups.countryPlace[code].map { gazetteer.places.name(at: $0) } ?? code
  }
}
