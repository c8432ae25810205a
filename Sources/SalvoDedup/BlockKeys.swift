import SalvoModel

/// The blocking keys of event profiles: a report is compared only with the clusters that
/// share a key with it, so the cost grows with the size of the blocks, not the square of
/// the input.
///
/// Every key includes the event family and kind. A dated report is blocked by time: a day
/// (or week) by each of its days (filed under the two days either side too, so that it looks
/// up its own days only), a month-long span by its months, anything up to about three years
/// by its years; and by the country of its place, narrowed for a place inside a first-level
/// division to that division (it looks up its division's reports and the country's coarse
/// ones; a site dated to the day also the grid cells around it on its days, for a town
/// across the border a few kilometres away). A report without a place is filed under its
/// attackers' countries and looks up the reports of those parties, so that it is compared
/// with the day's events of its attackers, not with every event of the day (a report without
/// a place and one without an attacker are not compared by date). An undated report (or one
/// spanning years) is blocked by its place (not a country's, for an incident: "Israel"
/// cannot anchor one), the places that enclose it below the country level, and its figures
/// (exact ones, and hedged ones above 5; for a vague report, one with neither a date nor a
/// place, only figures above 5) within its country: without a date, only those can anchor a
/// merge. Reports of near-duplicate articles also share their story's key.
enum BlockKeys {
  private enum Namespace: UInt8 {
    case day = 1
    case monthOwn
    case monthAll
    case yearOwn
    case yearAll
    case place
    case within
    case figure
    case story
  }

  /// The keys a cluster member is filed under.
  static func registration(_ profile: Profile, knowledge: Knowledge) -> [UInt64] {
    var keys: [UInt64] = []
    let base = Self.base(profile)
    let attackers = attackerParties(profile)
    let countries = registrationParties(profile, attackers: attackers)
    // Month- and year-long buckets are large: they are split by attacker party too ("*" for
    // a report that names no attacker, which looks them all up).
    let coarse = [text("*")] + (attackers.isEmpty ? [text("?")] : attackers.map { text($0) })
    if let days = profile.days, let level = Level(days) {
      // Filed under its days widened by the largest slack of either side, so that a report
      // looks up its own days only (it looks up many more parties than it is filed under).
      let widened = DayInterval(start: days.start - 2, end: days.end + 2)
      for country in countries {
        switch level {
        case .day:
          for day in widened.start...widened.end { keys.append(key(base, .day, day, country)) }
          for month in months(days) {
            for party in coarse { keys.append(key(base, .monthAll, month, country, party)) }
          }
        case .month:
          for month in months(days) {
            for party in coarse {
              keys.append(key(base, .monthOwn, month, country, party))
              keys.append(key(base, .monthAll, month, country, party))
            }
          }
        case .year:
          for year in years(days) {
            for party in coarse { keys.append(key(base, .yearOwn, year, country, party)) }
          }
        }
        for year in years(days) {
          for party in coarse { keys.append(key(base, .yearAll, year, country, party)) }
        }
      }
      // A town or site is filed under its grid cell for the sites nearby, by day only.
      if level == .day, let country = profile.place?.country, let cell = cell(profile) {
        for day in widened.start...widened.end {
          keys.append(key(base, .day, day, text(country), cell))
        }
      }
    }
    if let place = profile.place {
      keys.append(key(base, .place, 0, text(place.id)))
      for ancestor in place.ancestors where !knowledge.links.countryPlaces.contains(ancestor) {
        keys.append(key(base, .within, 0, text(ancestor)))
      }
      if let admin1 = place.admin1, place.precision != .admin1, place.precision != .country {
        keys.append(key(base, .within, 0, text("admin1:", admin1)))
      }
    }
    keys += figureKeys(profile, base: base)
    if let story = profile.story { keys.append(key(base, .story, story, text(""))) }
    return keys
  }

  /// The keys a report looks its candidate clusters up under.
  static func probes(_ profile: Profile, knowledge: Knowledge) -> [UInt64] {
    var keys: [UInt64] = []
    let base = Self.base(profile)
    let attackers = attackerParties(profile)
    let countries = probeParties(profile, attackers: attackers)
    let coarse = attackers.isEmpty ? [text("*")] : [text("?")] + attackers.map { text($0) }
    if let days = profile.days, let level = Level(days) {
      for country in countries {
        switch level {
        case .day:
          // Its own days: the reports of a day are filed under the days either side too.
          for day in days.start...days.end { keys.append(key(base, .day, day, country)) }
          // Month- and year-long reports are filed under their own span only.
          let widened = DayInterval(start: days.start - 2, end: days.end + 2)
          for month in months(widened) {
            for party in coarse { keys.append(key(base, .monthOwn, month, country, party)) }
          }
          for year in years(widened) {
            for party in coarse { keys.append(key(base, .yearOwn, year, country, party)) }
          }
        case .month:
          for month in months(days) {
            for party in coarse { keys.append(key(base, .monthAll, month, country, party)) }
          }
          for year in years(days) {
            for party in coarse { keys.append(key(base, .yearOwn, year, country, party)) }
          }
        case .year:
          for year in years(days) {
            for party in coarse { keys.append(key(base, .yearAll, year, country, party)) }
          }
        }
      }
      // A site agrees with a place a few kilometres away across a division's border
      // (`Compatibility.nearbyKilometres`): on its days, it looks up the cells around its own.
      if level == .day, let country = profile.place?.country, profile.place?.precision == .site {
        for cell in nearbyCells(profile) {
          for day in days.start...days.end {
            keys.append(key(base, .day, day, text(country), cell))
          }
        }
      }
      if let story = profile.story { keys.append(key(base, .story, story, text(""))) }
      return keys
    }
    if let place = profile.place {
      if place.precision != .country || profile.kind == .aggregate {
        keys.append(key(base, .place, 0, text(place.id)))
      }
      if place.precision != .country && place.precision != .region {
        keys.append(key(base, .within, 0, text(place.id)))
        if place.precision == .admin1, let admin1 = place.admin1 {
          keys.append(key(base, .within, 0, text("admin1:", admin1)))
        }
      }
      for ancestor in place.ancestors where !knowledge.links.countryPlaces.contains(ancestor) {
        keys.append(key(base, .place, 0, text(ancestor)))
      }
    }
    keys += figureKeys(profile, base: base, probing: true)
    if let story = profile.story { keys.append(key(base, .story, story, text(""))) }
    return keys
  }

  /// The parties a report is filed under: its place's country, and `la:` its attackers'
  /// countries; without a place, `na:` its attackers' countries, or `?` without attackers.
  private static func registrationParties(_ profile: Profile, attackers: [String]) -> [UInt64] {
    if let country = profile.place?.country {
      // A report placed inside a first-level division is filed under it too; one placed no
      // finer than the country under the country's coarse reports (`~`).
      let scope = area(profile).map { text(country, "/", $0) } ?? text(country, "~")
      return [text(country), scope] + attackers.map { text("la:", $0) }
    }
    return attackers.isEmpty ? anonymousParties(profile) : attackers.map { text("na:", $0) }
  }

  /// The parties a report looks up: with a place, its country, `?` and the unplaced reports
  /// of its attackers (`na:`); without, `?` and every report of its attackers.
  private static func probeParties(_ profile: Profile, attackers: [String]) -> [UInt64] {
    if let country = profile.place?.country {
      // Two places in different divisions exclude each other: a report inside a division
      // looks up its division's reports and the country's coarse ones; a coarse one, all.
      let scopes =
        area(profile).map { [text(country, "/", $0), text(country, "~")] } ?? [text(country)]
      return scopes + anonymousParties(profile) + attackers.map { text("na:", $0) }
    }
    return anonymousParties(profile) + attackers.flatMap { [text("la:", $0), text("na:", $0)] }
  }

  /// The parties of a report without a place and without an attacker, by what could make it
  /// merge. Beside the date (at most 3), it shares neither place nor attacker with anyone, so
  /// reaching `Compatibility.threshold` takes 2 more points: a figure read the same (2 or
  /// 3), a target (up to 2), or two of a weapon, the sub-event type, the launch site's
  /// country and an overlapping figure (1 each). It is filed under those, alone or in
  /// pairs, and every report looks up its own: the pairs that cannot merge are never
  /// compared (a day's every report with every anonymous one of the day, else).
  private static func anonymousParties(_ profile: Profile) -> [UInt64] {
    var single: [UInt64] = profile.targets.isEmpty ? [] : [text("?t")]
    var paired: [UInt64] = []
    for weapon in profile.weapons {
      // Its head word: the last one.
      let bytes = weapon.utf8
      let head = bytes.lastIndex(of: UInt8(ascii: " ")).map(bytes.index(after:)) ?? bytes.startIndex
      paired.append(text("w:", bytes[head...]))
    }
    if let subEventType = profile.subEventType { paired.append(text("s:", subEventType)) }
    if let origin = profile.origin { paired.append(text("o:", origin.country ?? origin.id)) }
    for (slot, figure) in [("c", profile.count), ("k", profile.killed), ("i", profile.injured)] {
      guard let figure, figure.low > 0 || figure.high < .infinity else { continue }
      paired.append(text("f:", slot))
      if figure.isExact || figure.low > 5 { single.append(text("?f:", slot, figure.label)) }
    }
    // Each pair once, in one order (by hash: any order the filing and the lookup share).
    var distinct: [UInt64] = []
    for party in paired.sorted() where distinct.last != party { distinct.append(party) }
    var parties = single
    for (position, first) in distinct.enumerated() {
      for second in distinct[(position + 1)...] {
        parties.append(MinHash.mix(MinHash.mix(first ^ pairTag) ^ second))
      }
    }
    return parties
  }

  /// The first-level division a report's place lies in, when the place is finer than a
  /// country: its admin1 code, or a division's own id. Nil for a country, a region (whose
  /// extent is unknown) or a place without a division.
  private static func area(_ profile: Profile) -> String? {
    guard let place = profile.place else { return nil }
    switch place.precision {
    case .country, .region: return nil
    case .admin1: return place.admin1 ?? place.id
    case .city, .site: return place.admin1
    }
  }

  /// The grid cell (half a degree of latitude by a degree of longitude, wider than
  /// `Compatibility.nearbyKilometres` below 70°) of a city or site with coordinates.
  private static func cell(_ profile: Profile) -> UInt64? {
    guard let place = profile.place, place.precision == .city || place.precision == .site,
      let latitude = place.latitude, let longitude = place.longitude
    else { return nil }
    return cell(row: Int((latitude * 2).rounded(.down)), column: Int(longitude.rounded(.down)))
  }

  /// A site's cell and the eight around it.
  private static func nearbyCells(_ profile: Profile) -> [UInt64] {
    guard let place = profile.place, let latitude = place.latitude,
      let longitude = place.longitude
    else { return [] }
    let (row, column) = (Int((latitude * 2).rounded(.down)), Int(longitude.rounded(.down)))
    return (-1...1).flatMap { dRow in (-1...1).map { cell(row: row + dRow, column: column + $0) } }
  }

  /// The component of a grid cell's keys.
  private static func cell(row: Int, column: Int) -> UInt64 {
    MinHash.mix(
      MinHash.mix(UInt64(bitPattern: Int64(row)) ^ cellTag) ^ UInt64(bitPattern: Int64(column)))
  }

  /// The countries of a report's attackers (an attacker without one stands for itself).
  private static func attackerParties(_ profile: Profile) -> [String] {
    var parties: [String] = []
    for attacker in profile.attackers {
      let party = attacker.country ?? attacker.id
      if !parties.contains(party) { parties.append(party) }
    }
    return parties
  }

  private enum Level {
    case day, month, year

    /// The level of a span; nil for one too long (or open) to block on time.
    init?(_ days: DayInterval) {
      switch days.length {
      case ...7: self = .day
      case ...62: self = .month
      case ...1100: self = .year
      default: return nil
      }
    }
  }

  private static func figureKeys(_ profile: Profile, base: UInt64, probing: Bool = false)
    -> [UInt64]
  {
    var keys: [UInt64] = []
    let country = profile.place?.country ?? "?"
    // A located report also looks up reports without a place.
    let countries = (probing && country != "?" ? [country, "?"] : [country]).map { text($0) }
    for (slot, figure) in [("c", profile.count), ("k", profile.killed), ("i", profile.injured)] {
      // The figures that can anchor a merge: exact ones, and hedged ones above 5 (the same
      // reading, "about 40", in both).
      guard let figure, figure.isExact || figure.low > 5, figure.high < .infinity || figure.low > 5
      else { continue }
      // A vague report merges only on a specific figure (`Compatibility`): it looks up no
      // small ones.
      if probing && profile.isVague && !(figure.low > 5) { continue }
      for country in countries {
        keys.append(key(base, .figure, 0, country, text(":", slot, figure.label)))
      }
    }
    return keys
  }

  private static func months(_ days: DayInterval) -> ClosedRange<Int> {
    DayInterval.monthIndex(days.start)...DayInterval.monthIndex(days.end)
  }

  private static func years(_ days: DayInterval) -> ClosedRange<Int> {
    (DayInterval.monthIndex(days.start) / 12)...(DayInterval.monthIndex(days.end) / 12)
  }

  private static func base(_ profile: Profile) -> UInt64 {
    var hash = TermFingerprint.seed
    for byte in profile.family.utf8 { hash = TermFingerprint.combine(hash, byte) }
    return TermFingerprint.combine(hash, profile.kind == .incident ? 1 : 2)
  }

  /// The key of one or two components (parties, places, cells, figures) in a namespace.
  private static func key(
    _ base: UInt64, _ namespace: Namespace, _ number: Int, _ first: UInt64,
    _ second: UInt64? = nil
  ) -> UInt64 {
    var hash = MinHash.mix(base ^ UInt64(namespace.rawValue))
    hash = MinHash.mix(hash ^ UInt64(bitPattern: Int64(number)))
    hash = MinHash.mix(hash ^ first)
    if let second { hash = MinHash.mix(hash ^ second) }
    return hash
  }

  /// The component of a text: the fingerprint of the texts' concatenation, without building
  /// it.
  private static func text(_ a: String, _ b: String = "", _ c: String = "") -> UInt64 {
    continued(continued(continued(TermFingerprint.seed, a.utf8), b.utf8), c.utf8)
  }

  /// The component of a prefix and some bytes of a text.
  private static func text(_ prefix: String, _ bytes: Substring.UTF8View) -> UInt64 {
    continued(continued(TermFingerprint.seed, prefix.utf8), bytes)
  }

  /// A fingerprint continued over more bytes.
  private static func continued(_ hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(hash, TermFingerprint.combine)
  }

  /// Told apart from texts in the components of pairs of parties and of grid cells.
  private static let pairTag: UInt64 = 0x5041_4952
  private static let cellTag: UInt64 = 0x4345_4C4C
}
