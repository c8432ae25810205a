import SalvoModel

/// Which places a frame reads: what a place phrase modifies or contains, and the most
/// specific of places that nest.
extension SentenceAssembler {
  /// Whether a place is the container named after another place and a partitive ("the
  /// Mezzeh district of Damascus"), not the place a region before it contains ("the
  /// southern Lebanese town of Bint Jbeil") nor the place a sea or region before it
  /// qualifies ("Yemen's Red Sea port of Hodeidah").
  func isContainer(_ item: Item) -> Bool {
    guard let before = view.placeBeforePartitive(item),
      let inner = view.place(of: before), let outer = view.place(of: item)
    else { return false }
    let first = Self.eventPlace(inner, at: before.mention.range)
    let second = Self.eventPlace(outer, at: item.mention.range)
    return !Self.nests(first, second) && Self.rank(first.precision) <= Self.rank(second.precision)
  }

  /// Whether a place outside the place that owns the noun after it names that owner's part
  /// ("the port of Ras Isa on Yemen's Red Sea coast"): the owner's coast, not the sea, and
  /// no place of its own (unlike a place inside the owner: "Lebanon's Hasbaya district").
  func qualifiesOwnersPart(_ item: Item) -> Bool {
    guard item.first > 0, view.placeNounFollows(item),
      let owner = view.item(at: item.first - 1), owner.end == item.first,
      view.isPossessor(owner), let ownerPlace = view.place(of: owner),
      let place = view.place(of: item)
    else { return false }
    return place.country == nil || place.country != ownerPlace.country
  }

  /// Whether a place qualifies the noun of a place named after a partitive, being coarser
  /// than it ("the Red Sea port of Hodeidah"): the named place is where, not this one.
  func qualifiesNamedPlace(_ item: Item) -> Bool {
    var at = item.end
    while at < view.tokens.count, at - item.end < 2, view.isPlainModifier(at) { at += 1 }
    guard at > item.end, let partitive = view.cue(.partitive, startsAt: at),
      let named = view.item(
        at: view.cue(.definite, startsAt: partitive.end)?.end ?? partitive.end),
      let place = view.place(of: item), let namedPlace = view.place(of: named)
    else { return false }
    return Self.rank(Self.precision(place.feature)) > Self.rank(Self.precision(namedPlace.feature))
  }

  /// Which of two places a hyphen joins an item is ("Jordan" and "Syria" in "the
  /// Jordan-Syria border", "the Israel-Lebanon frontier"), if it is one of them.
  func hyphenedPlacePair(_ item: Item) -> PlacePairMember? {
    if let next = view.hyphened(after: item), view.place(of: next) != nil { return .first }
    if let before = view.hyphened(before: item), view.place(of: before) != nil { return .second }
    return nil
  }

  /// Whether a place is joined by a hyphen to a demonym that modifies a noun with it ("in
  /// U.S.-British strikes"): whose, not where.
  func isHyphenedModifier(_ item: Item) -> Bool {
    view.hyphened(after: item)?.mention.kind == .demonym
  }

  /// Whether a place modifies a person or count phrase rather than naming where ("three
  /// US service members", "U.S. soldiers").
  func isModifier(_ item: Item) -> Bool {
    if let outer = view.item(at: item.first), outer.mention.range != item.mention.range {
      return true
    }
    guard let next = view.item(at: item.end) else { return false }
    return next.mention.kind == .actor || next.mention.kind == .quantity
  }

  /// Whether a country names the owner of the noun after it, after an article: "a U.S.
  /// base", "the US embassy in Baghdad" say whose, not where; so does one before a plain
  /// plural no cue starts ("attacks on U.S. bases"; not "attacks in Iraq have risen",
  /// "fired at Israel late on Tuesday", "attacks on Israel recently").
  func isAttributiveCountry(_ item: Item, _ place: PlaceReference) -> Bool {
    guard place.feature == "country", item.end < view.tokens.count else { return false }
    let next = item.end
    guard
      view.hasCue(.definite, endsAt: item.first) || view.hasCue(.indefinite, endsAt: item.first)
    else {
      return view.isPlainModifier(next) && text.slice(view.tokens[next].range).hasSuffix("s")
    }
    return view.tokens[next].kind == .word && view.item(at: next) == nil
      && !view.hasCue(.preposition, startsAt: next) && !view.hasCue(.coordination, startsAt: next)
      && !view.isBoundary(next) && !view.isTrigger(next)
  }

  /// Whether a mention modifies a place's phrase: "Israeli" in "hit the Israeli town of
  /// Metula" is no target.
  func modifiesPlace(_ item: Item) -> Bool {
    view.items.contains { other in
      other.first > item.first && other.mention.kind == .place
        && view.phraseStart(other.first) <= item.first
    }
  }

  /// Whether a mention lies in the sentence's dateline ("WASHINGTON —", "ADEN, Yemen (AP)
  /// —", "DUBAI, Jan 16 (Reuters) -"): where and when the story was filed, not where or when
  /// anything happened, nor who did it.
  func isDateline(_ item: Item) -> Bool {
    guard let end = datelineEnd() else { return false }
    return item.end <= end
  }

  /// The dash that closes the sentence's dateline: from the first token, only places, dates,
  /// commas and a parenthesized agency come before it.
  private func datelineEnd() -> Int? {
    guard let first = view.item(at: 0), first.mention.kind == .place else { return nil }
    var index = first.end
    var inParentheses = false
    while index < min(view.tokens.count, 14) {
      if let item = view.item(at: index), !inParentheses {
        guard item.mention.kind == .place || item.mention.kind == .date else { return nil }
        index = item.end
        continue
      }
      switch text.slice(view.textRange(index..<(index + 1))) {
      case "—", "–", "-", "--": if !inParentheses { return index }
      case "(": inParentheses = true
      case ")": inParentheses = false
      case ",": break
      default: guard inParentheses else { return nil }
      }
      index += 1
    }
    return nil
  }

  /// Whether a place only says where the site or town right before it lies: "the Ramat
  /// David air base near Haifa" and "Metula near Kiryat Shmona" each name one place, the
  /// first.
  func isReferencePoint(_ item: Item) -> Bool {
    // (The direction may open the place's own mention: "200 km south-east of Moscow".)
    guard
      let cue = view.cue(.location, endsAt: view.phraseStart(item.first))
        ?? view.cue(.location, endsAt: item.first),
      let before = placeBefore(
        cue.start, overComma: view.hasCue(.province, startsAt: item.end)),
      let inner = view.place(of: before),
      let outer = view.place(of: item), inner.country == outer.country
    else { return false }
    let precision = Self.precision(inner.feature)
    return precision == .site || precision == .city
  }

  /// Whether a place lies in an appositive that says what the place before it is ("near
  /// Hit, a town on the Euphrates in western Anbar province"): it only says where that
  /// place lies.
  func describesPlaceBefore(_ item: Item) -> Bool {
    // The comma that opens the appositive, with no verb or clause boundary after it.
    guard
      let comma = (max(1, item.first - 12)..<item.first).last(where: {
        view.hasCue(.comma, startsAt: $0)
      }),
      !(comma..<item.first).contains(where: { view.isTrigger($0) || view.isBoundary($0) }),
      let described = view.item(at: comma - 1), view.place(of: described) != nil,
      let article = view.cue(.indefinite, startsAt: comma + 1)
    else { return false }
    // "a town", "a small border town": the noun that says what the place is.
    var at = article.end
    while at < item.first, view.isPlainModifier(at), !view.hasCue(.settlement, startsAt: at) {
      at += 1
    }
    return at < item.first && view.hasCue(.settlement, startsAt: at)
  }

  /// The item ending right before local token `end`, over a distance between (", about 200
  /// km" in "the city of Ryazan, about 200 km south-east of Moscow"); over a bare comma
  /// only when asked (before a province: "in Kstovo, in the Nizhny Novgorod region").
  private func placeBefore(_ end: Int, overComma: Bool) -> Item? {
    let isFigure = { (at: Int) in
      view.tokens[at].kind == .number || view.item(at: at)?.mention.kind == .quantity
    }
    var at = end
    var distance = false
    while at > 0, end - at < 6, view.item(at: at - 1)?.mention.kind != .place {
      let index = at - 1
      if view.hasCue(.comma, startsAt: index) {
        guard distance || overComma else { return nil }
      } else if isFigure(index) {
        distance = true
      } else {
        // (A plain word only as the figure's hedge: "about 200 km".)
        let hedge =
          view.tokens[index].kind == .word && view.item(at: index) == nil && index + 1 < end
          && isFigure(index + 1)
        guard view.hasCue(.location, startsAt: index) || hedge else { return nil }
      }
      at -= 1
    }
    return at > 0 ? view.item(at: at - 1) : nil
  }

  /// Places the frame at the most specific of the places read, each filled by its rule.
  static func locate(_ frame: inout Frame, at places: [(EventPlace, String)]) {
    for (place, rule) in mostSpecific(places) {
      frame.locations.append(place)
      frame.fill("location", place.range, rule)
    }
  }

  /// Keeps, of places that nest (a base in a country, a city in a governorate), the most
  /// specific; places that do not nest stay apart (a list of places).
  private static func mostSpecific(_ places: [(EventPlace, String)]) -> [(EventPlace, String)] {
    var kept: [(EventPlace, String)] = []
    for candidate in places {
      if kept.contains(where: { $0.0.place.gazetteerID == candidate.0.place.gazetteerID }) {
        continue
      }
      if let index = kept.firstIndex(where: { nests($0.0, candidate.0) || nests(candidate.0, $0.0) }
      ) {
        if rank(candidate.0.precision) < rank(kept[index].0.precision) { kept[index] = candidate }
        continue
      }
      kept.append(candidate)
    }
    return kept
  }

  /// A place as an event's place, with the precision its feature gives.
  static func eventPlace(_ place: PlaceReference, at range: TextRange) -> EventPlace {
    EventPlace(place: place, precision: precision(place.feature), range: range)
  }

  /// Whether `outer` contains `inner`: a coarser place of the same country.
  static func nests(_ outer: EventPlace, _ inner: EventPlace) -> Bool {
    guard let country = outer.place.country, country == inner.place.country else {
      return false
    }
    if outer.precision == .country || outer.precision == .region { return true }
    if outer.precision == .admin1 { return inner.place.admin1 == outer.place.admin1 }
    return false
  }

  private static func rank(_ precision: LocationPrecision) -> Int {
    switch precision {
    case .site: 0
    case .city: 1
    case .region: 2
    case .admin1: 3
    case .country: 4
    }
  }

  /// The location precision of a gazetteer feature.
  static func precision(_ feature: String) -> LocationPrecision {
    switch feature {
    case "country": .country
    case "admin1": .admin1
    case "city": .city
    case "site", "base": .site
    default: .region
    }
  }
}

/// A place's side in a pair a hyphen joins ("Jordan-Syria").
enum PlacePairMember {
  case first, second
}
