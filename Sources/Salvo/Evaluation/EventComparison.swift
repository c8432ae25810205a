/// Compares a gold event with a run event, field by field, and decides whether their dates
/// and locations are compatible for matching (see `EventScorer`).
///
/// Each field is judged agreeing, disagreeing, or not scorable (left out of its accuracy):
/// - `type`: the ACLED event types are equal. `sub_event_type`: equal, scored only when
///   gold gives one. `kind`: equal. `modality`: equal, gold `reported_suspected` being the
///   run's `suspected`.
/// - `date`: scored only when gold `date` is given (`2024-09-27`, `2024-09`, `2024`) and the
///   text determines it (`EventScorer.Gold.datable`: the article states its publication
///   date, or a date expression writes the year: a gold date resolved against an inferred
///   publication date is context, not something a run can be held to): the run's start and
///   end days both lie within that day, month or year.
/// - `location`: gold null agrees with a run null, or, when gold still gives a `country`
///   (or `countries`), with a run location of precision `country` in one of them. Else one
///   gold item (`Iraq; Syria` lists items, any may agree) agrees when its folded words
///   overlap the run location's text or name as whole words ("Koniko gas field", "Gaza" ~
///   "Gaza Strip"; a run location of precision `country` must be named exactly), or when
///   the gazetteer reads a country in it and the run location is that country at precision
///   `country` or `region` ("Israel" ~ "southern Israel"), or a region and the run
///   location is a region of the same country ("western Iraq" ~ IQ at precision region).
/// - `attacker`, `target`: gold null agrees when the run has no actor of that role. Else
///   each gold item is resolved by the gazetteer (`GoldResolver`) and agrees with a run
///   actor of the role when the ids are equal (generic ids also need equal countries, when
///   both have one), or both are state-like (`state`, `state_military`, `government`) of
///   the same country (a state and its military), or both are `nonstate_armed`, one of them
///   generic, with the same country or a shared sponsor (the run's sponsors are the event's
///   `sponsor` actors and the gazetteer's sponsors of its actors). An item the gazetteer
///   cannot resolve ("industrial site") agrees by whole-word surface overlap with the run
///   actor's text or name; when no item resolves and the run has no actor of the role, the
///   field is not scorable (the contract's actors cannot hold a facility).
/// - `weapon`: gold null agrees with no run weapons. Else the gold items and the classes
///   the gazetteer reads in them are compared with the run's classes: they agree on an
///   equal class or an equal head word (last word, plural `s` dropped): "ballistic
///   missile" ~ "missile", "pager explosives" ~ "explosive", "drone" ≁ "rocket".
/// - `count`: a gold count agrees with an equal run quantity value; gold `vague` with a
///   null count agrees with a run quantity qualified `vague`; gold null with run null.
/// - `killed`, `injured`: an equal value, or both null.
struct EventComparison {
  let resolver: GoldResolver

  private static let stateTypes: Set<String> = ["state", "state_military", "government"]

  /// Every field's verdict; a field not scorable is absent.
  func compare(_ gold: EventScorer.Gold, _ run: EventScorer.Run) -> [EventField: Bool] {
    let event = gold.event
    let other = run.event
    var fields: [EventField: Bool] = [
      .type: event.eventType == other.eventType,
      .kind: event.kind == other.kind,
      .modality: event.runModality == other.modality,
      .location: location(gold, other),
      .weapon: weapon(gold, other),
      .count: count(event, other),
      .killed: Self.figure(event.killed, other.killed),
      .injured: Self.figure(event.injured, other.injured),
    ]
    if let subType = event.subEventType { fields[.subType] = subType == other.subEventType }
    if let date = event.date, gold.datable {
      let (start, end) = FigureScorer.bounds(date)
      if let runStart = other.dateStart, let runEnd = other.dateEnd {
        fields[.date] = start <= runStart && runEnd <= end
      } else {
        fields[.date] = false
      }
    }
    fields[.attacker] = actors(event.attacker, gold.attackers, "attacker", run)
    fields[.target] = actors(event.target, gold.targets, "target", run)
    return fields
  }

  /// Whether the slots allow a match without evidence: compatible dates and locations and
  /// the same ACLED event type.
  func compatible(_ gold: EventScorer.Gold, _ run: EventScorer.Run) -> Bool {
    gold.event.eventType == run.event.eventType && datesCompatible(gold.event, run.event)
      && locationsCompatible(gold, run.event)
  }

  // MARK: Matching

  private func datesCompatible(_ gold: GoldEvent, _ run: RunEvent) -> Bool {
    guard let goldPeriod = Self.period(gold), let runStart = run.dateStart,
      let runEnd = run.dateEnd, run.datePrecision != "unknown"
    else { return true }
    let coarser = max(Self.rank(goldPeriod.precision), Self.rank(run.datePrecision))
    let (goldStart, goldEnd) = Self.widen(goldPeriod.start, goldPeriod.end, to: coarser)
    let (start, end) = Self.widen(runStart, runEnd, to: coarser)
    return goldStart <= end && start <= goldEnd
  }

  private func locationsCompatible(_ gold: EventScorer.Gold, _ run: RunEvent) -> Bool {
    let items = GoldEvent.items(gold.event.location)
    guard let place = run.location, !(items.isEmpty && gold.event.locationCountries.isEmpty)
    else { return true }
    if items.contains(where: { Self.overlaps($0, place) }) { return true }
    let countries = gold.event.locationCountries + gold.places.joined().compactMap(\.country)
    return place.country.map(countries.contains) ?? false
  }

  /// The gold period for matching: `date_range` when given (open ends stay open), else
  /// `date`, with its precision; nil when gold gives neither.
  private static func period(_ gold: GoldEvent) -> (start: String, end: String, precision: String)?
  {
    if let range = gold.dateRange, range.start != nil || range.end != nil {
      let start = range.start.map { FigureScorer.bounds($0).0 } ?? "0000-01-01"
      let end = range.end.map { FigureScorer.bounds($0).1 } ?? "9999-12-31"
      return (start, end, "range")
    }
    guard let date = gold.date else { return nil }
    let (start, end) = FigureScorer.bounds(date)
    let precision = date.count == 4 ? "year" : date.count == 7 ? "month" : "day"
    return (start, end, precision)
  }

  /// How coarse a precision is: day, week and range 0, month 1, year 2.
  private static func rank(_ precision: String) -> Int {
    switch precision {
    case "month": return 1
    case "year": return 2
    default: return 0
    }
  }

  /// A period widened to whole months (rank 1) or years (rank 2); ISO dates compare as
  /// strings, so a month ends on its "31st".
  private static func widen(_ start: String, _ end: String, to rank: Int) -> (String, String) {
    switch rank {
    case 1: return (String(start.prefix(7)) + "-01", String(end.prefix(7)) + "-31")
    case 2: return (String(start.prefix(4)) + "-01-01", String(end.prefix(4)) + "-12-31")
    default: return (start, end)
    }
  }

  // MARK: Fields

  private func location(_ gold: EventScorer.Gold, _ run: RunEvent) -> Bool {
    let items = GoldEvent.items(gold.event.location)
    guard !items.isEmpty else {
      guard let place = run.location else { return true }
      return place.precision == "country"
        && place.country.map(gold.event.locationCountries.contains) == true
    }
    guard let place = run.location else { return false }
    if items.contains(where: { Self.overlaps($0, place) }) { return true }
    guard let country = place.country else { return false }
    return gold.places.joined().contains { named in
      guard named.country == country else { return false }
      switch named.feature {
      case "country": return place.precision == "country" || place.precision == "region"
      case "region": return place.precision == "region"
      default: return false
      }
    }
  }

  private func actors(
    _ field: String?, _ resolved: [[GoldResolver.ActorKey]], _ role: String,
    _ run: EventScorer.Run
  ) -> Bool? {
    let items = GoldEvent.items(field)
    let actors = run.event.actors(role)
    guard !items.isEmpty else { return actors.isEmpty }
    let keys = actors.map { actor in
      GoldResolver.ActorKey(
        id: actor.gazetteerID ?? "", type: actor.type ?? "", country: actor.country,
        sponsors: run.sponsors, isGeneric: resolver.isGeneric(actor.gazetteerID ?? ""))
    }
    if resolved.allSatisfy(\.isEmpty) && actors.isEmpty { return nil }
    for (item, golds) in zip(items, resolved) {
      if golds.isEmpty {
        let surface = Self.normalized(GoldResolver.splitGloss(item).outside)
        if actors.contains(where: { actor in
          [actor.text, actor.name].compactMap { $0 }.contains {
            SurfaceForm.overlaps(Self.normalized($0), surface)
          }
        }) {
          return true
        }
      } else if golds.contains(where: { gold in keys.contains { Self.agree(gold, $0) } }) {
        return true
      }
    }
    return false
  }

  /// Whether a gold actor and a run actor are the same party for scoring.
  static func agree(_ gold: GoldResolver.ActorKey, _ run: GoldResolver.ActorKey) -> Bool {
    if gold.id == run.id {
      guard gold.isGeneric, let a = gold.country, let b = run.country else { return true }
      return a == b
    }
    if stateTypes.contains(gold.type), stateTypes.contains(run.type), let country = gold.country,
      country == run.country
    {
      return true
    }
    guard gold.type == "nonstate_armed", run.type == "nonstate_armed",
      gold.isGeneric || run.isGeneric
    else { return false }
    if let country = gold.country, country == run.country { return true }
    return !gold.sponsors.isDisjoint(with: run.sponsors)
  }

  private func weapon(_ gold: EventScorer.Gold, _ run: RunEvent) -> Bool {
    let items = GoldEvent.items(gold.event.weapon)
    guard !items.isEmpty else { return run.weapons.isEmpty }
    let golds = items.map { Self.normalized(GoldResolver.splitGloss($0).outside) } + gold.weapons
    return golds.contains { gold in
      run.weapons.contains { $0 == gold || Self.head($0) == Self.head(gold) }
    }
  }

  /// The last word of a weapon class, without a plural `s`.
  static func head(_ weapon: String) -> String {
    var word = String(weapon.lowercased().split(separator: " ").last ?? "")
    if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
    return word
  }

  private func count(_ gold: GoldEvent, _ run: RunEvent) -> Bool {
    if let value = gold.count { return run.quantity?.value == value }
    if gold.countQualifier == "vague" { return run.quantity?.qualifier == "vague" }
    return run.quantity == nil
  }

  private static func figure(_ gold: Double?, _ run: RunEvent.Figure?) -> Bool {
    guard let gold else { return run == nil }
    return run?.value == gold
  }

  /// Whether a gold place item and a run place share a name: whole-word overlap of the
  /// folded surfaces, except that a country-level run place must name the item itself (a
  /// place inside a country, "western Iraq", is not found by the country's name).
  private static func overlaps(_ item: String, _ place: RunEvent.Place) -> Bool {
    let surface = normalized(item)
    return [place.text, place.name].compactMap { $0 }.contains {
      place.precision == "country"
        ? normalized($0) == surface : SurfaceForm.overlaps(normalized($0), surface)
    }
  }

  /// Folded and normalized for surface comparison.
  static func normalized(_ text: String) -> String {
    SurfaceForm.normalize(FoldedText(text).string)
  }
}
