import SalvoModel

/// The blocking keys of event profiles: a report is compared only with the clusters that
/// share a key with it, so the cost grows with the size of the blocks, not the square of
/// the input.
///
/// Every key includes the event family and kind. A dated report is blocked by time: a day
/// (or week) by each of its days, a month-long span by its months, anything up to about
/// three years by its years; and by the country of its place (`?` for no place, `*` for any,
/// which a report without a place looks up). An undated report (or one spanning years) is
/// blocked by its place, the places that enclose it below the country level, and its figures
/// (exact ones, and hedged ones above 5): without a date, only those can anchor a merge.
/// Reports of near-duplicate articles also share their story's key.
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
    let countries = [profile.place?.country ?? "?", "*"]
    if let days = profile.days, let level = Level(days) {
      for country in countries {
        switch level {
        case .day:
          for day in days.start...days.end {
            keys.append(key(base, .day, day, country))
            keys.append(key(base, .monthAll, DayInterval.monthIndex(day), country))
          }
        case .month:
          for month in months(days) {
            keys.append(key(base, .monthOwn, month, country))
            keys.append(key(base, .monthAll, month, country))
          }
        case .year:
          for year in years(days) { keys.append(key(base, .yearOwn, year, country)) }
        }
        for year in years(days) { keys.append(key(base, .yearAll, year, country)) }
      }
    }
    if let place = profile.place {
      keys.append(key(base, .place, 0, place.id))
      for ancestor in place.ancestors where !knowledge.links.countryPlaces.contains(ancestor) {
        keys.append(key(base, .within, 0, ancestor))
      }
      if let admin1 = place.admin1, place.precision != .admin1, place.precision != .country {
        keys.append(key(base, .within, 0, "admin1:" + admin1))
      }
    }
    keys += figureKeys(profile, base: base)
    if let story = profile.story { keys.append(key(base, .story, story, "")) }
    return keys
  }

  /// The keys a report looks its candidate clusters up under.
  static func probes(_ profile: Profile, knowledge: Knowledge) -> [UInt64] {
    var keys: [UInt64] = []
    let base = Self.base(profile)
    let countries = profile.place?.country.map { [$0, "?"] } ?? ["*"]
    if let days = profile.days, let level = Level(days) {
      for country in countries {
        switch level {
        case .day:
          // Widened by the largest slack of either side.
          let widened = DayInterval(start: days.start - 4, end: days.end + 4)
          for day in widened.start...widened.end { keys.append(key(base, .day, day, country)) }
          for month in months(widened) { keys.append(key(base, .monthOwn, month, country)) }
          for year in years(widened) { keys.append(key(base, .yearOwn, year, country)) }
        case .month:
          for month in months(days) { keys.append(key(base, .monthAll, month, country)) }
          for year in years(days) { keys.append(key(base, .yearOwn, year, country)) }
        case .year:
          for year in years(days) { keys.append(key(base, .yearAll, year, country)) }
        }
      }
      if let story = profile.story { keys.append(key(base, .story, story, "")) }
      return keys
    }
    if let place = profile.place {
      keys.append(key(base, .place, 0, place.id))
      if place.precision != .country && place.precision != .region {
        keys.append(key(base, .within, 0, place.id))
        if place.precision == .admin1, let admin1 = place.admin1 {
          keys.append(key(base, .within, 0, "admin1:" + admin1))
        }
      }
      for ancestor in place.ancestors where !knowledge.links.countryPlaces.contains(ancestor) {
        keys.append(key(base, .place, 0, ancestor))
      }
    }
    keys += figureKeys(profile, base: base)
    if let story = profile.story { keys.append(key(base, .story, story, "")) }
    return keys
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

  private static func figureKeys(_ profile: Profile, base: UInt64) -> [UInt64] {
    var keys: [UInt64] = []
    for (slot, figure) in [("c", profile.count), ("k", profile.killed), ("i", profile.injured)] {
      // The figures that can anchor a merge: exact ones, and hedged ones above 5 (the same
      // reading, "about 40", in both).
      guard let figure, figure.isExact || figure.low > 5, figure.high < .infinity || figure.low > 5
      else { continue }
      keys.append(key(base, .figure, 0, slot + figure.label))
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

  private static func key(_ base: UInt64, _ namespace: Namespace, _ number: Int, _ text: String)
    -> UInt64
  {
    var hash = TermFingerprint.combine(base, namespace.rawValue)
    var value = UInt64(bitPattern: Int64(number))
    for _ in 0..<8 {
      hash = TermFingerprint.combine(hash, UInt8(truncatingIfNeeded: value))
      value >>= 8
    }
    for byte in text.utf8 { hash = TermFingerprint.combine(hash, byte) }
    return hash
  }
}
