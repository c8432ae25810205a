import SalvoDedup
import SalvoModel

/// A synthetic run for the dedup benchmark: event reports as several outlets retell real
/// events, with realistic duplicate rates and variation, over a synthetic world of places
/// and actors with a hierarchy and links like the gazetteer's.
///
/// World: 30 countries × 8 first-level divisions × 12 towns, each town with two sites;
/// 30 states, 240 named armed groups (each of a country, most sponsored by one of five
/// states, a third members of one of 24 umbrella groups) and generic groups per country.
/// Events: over a window that grows with the corpus like a real multi-year collection, about
/// 100,000 mentions (40,000 events, some 3.7 a day per country) a year and at least one
/// year, so that 1M mentions span ten years; 90 % incidents, 85 % political violence. Each event is
/// retold by 1 + a geometric number of reports (mean about 2.5, a long tail of widely
/// covered events); each report varies the date's precision (the day for half, sometimes the
/// day after, the week, the month, or none for 30 %), the place's (the site, town, division,
/// country, or none for 30 %), the attacker (named, generic, its sponsor state or none) and
/// the figures' hedges ("about 40", "more than 35", 38 vs 40). So about 9 % of reports have
/// neither a date nor a place. (The pipeline's own output on `salvo-bench corpus`'s
/// templated articles has more: 53 % undated, 39 % unlocated, 20 % neither; a sentence of
/// real news more often carries its own date, or borrows the dateline's.) Articles carry
/// three reports each on average; 3 % are copies of another.
struct DedupWorkload {
  var articles: [ArticleDigest] = []
  var reports: [EventReport] = []
  var links = ReferenceLinks()
  /// How many true events the mentions retell.
  var eventCount = 0

  private var random: SplitMix64
  private var countries: [EventReport.Place] = []
  private var divisions: [EventReport.Place] = []
  private var towns: [EventReport.Place] = []
  private var sites: [EventReport.Place] = []
  private var states: [ActorReference] = []
  private var groups: [ActorReference] = []

  init(mentions: Int, seed: UInt64) {
    random = SplitMix64(seed: seed)
    buildWorld()
    generate(mentions: mentions)
  }

  private mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
  private mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &random) < probability
  }

  private mutating func buildWorld() {
    func place(
      _ id: String, _ feature: String, _ precision: LocationPrecision, _ country: String,
      _ admin1: String?, _ lat: Double, _ lon: Double
    ) -> EventReport.Place {
      EventReport.Place(
        place: PlaceReference(
          gazetteerID: id, name: id, country: country, admin1: admin1, latitude: lat,
          longitude: lon, feature: feature),
        precision: precision, span: ReportedSpan(text: id, start: 0, end: id.count))
    }
    var parents: [String: String] = [:]
    for c in 0..<30 {
      let code =
        String(UnicodeScalar(UInt8(65 + c / 26))) + String(UnicodeScalar(UInt8(65 + c % 26)))
      let country = place(
        "country:\(c)", "country", .country, code, nil, Double(20 + c), Double(30 + c))
      countries.append(country)
      states.append(
        ActorReference(
          gazetteerID: "state:\(code)", name: "State \(code)", type: "state", country: code))
      for d in 0..<8 {
        let admin1 = "\(code)-\(d)"
        let division = place(
          "admin1:\(c).\(d)", "admin1", .admin1, code, admin1, Double(20 + c) + Double(d) * 0.1,
          Double(30 + c))
        divisions.append(division)
        parents[division.place.gazetteerID] = country.place.gazetteerID
        for t in 0..<12 {
          let lat = Double(20 + c) + Double(d) * 0.1 + Double(t) * 0.5
          let town = place(
            "town:\(c).\(d).\(t)", "city", .city, code, admin1, lat, Double(30 + c) + Double(t))
          towns.append(town)
          parents[town.place.gazetteerID] = division.place.gazetteerID
          for s in 0..<2 {
            let site = place(
              "site:\(c).\(d).\(t).\(s)", "site", .site, code, admin1, lat + 0.01,
              Double(30 + c) + Double(t) + 0.01)
            sites.append(site)
            parents[site.place.gazetteerID] = town.place.gazetteerID
          }
        }
      }
    }
    var memberOf: [String: [String]] = [:]
    var sponsors: [String: [String]] = [:]
    for g in 0..<240 {
      let home = states[g % 30]
      let group = ActorReference(
        gazetteerID: "actor:group-\(g)", name: "Group \(g)", type: "nonstate_armed",
        country: home.country)
      groups.append(group)
      if g % 5 != 0 { sponsors[group.gazetteerID] = [states[g % 5].gazetteerID] }
      if g % 3 == 0 { memberOf[group.gazetteerID] = ["actor:umbrella-\(g % 24)"] }
    }
    links = ReferenceLinks(
      placeParents: parents, memberOf: memberOf, sponsors: sponsors,
      countryPlaces: Set(countries.map(\.place.gazetteerID)))
  }

  private mutating func generate(mentions: Int) {
    var pending: [EventReport] = []
    var eventNumber = 0
    let firstDay = 19_723  // 2024-01-01
    let days = Self.windowDays(mentions: mentions)
    while pending.count < mentions {
      eventNumber += 1
      let kind: EventKind = chance(0.9) ? .incident : .aggregate
      let type =
        chance(0.85)
        ? ["Explosions/Remote violence", "Battles", "Violence against civilians"][int(0..<3)]
        : "Strategic developments"
      let siteIndex = int(0..<sites.count)
      let town = siteIndex / 2
      let day = firstDay + int(0..<days)
      let attacker = groups[int(0..<groups.count)]
      let killed = chance(0.4) ? Double(1 + int(0..<(chance(0.8) ? 10 : 200))) : nil
      let count = kind == .aggregate ? Double(5 + int(0..<100)) : nil
      var retellings = 1
      while retellings < 60 && chance(0.6) { retellings += 1 }
      for _ in 0..<min(retellings, mentions - pending.count) {
        pending.append(
          report(
            event: eventNumber, kind: kind, type: type, site: siteIndex, town: town, day: day,
            attacker: attacker, killed: killed, count: count))
      }
    }
    eventCount = eventNumber
    // Articles: reports shuffled into articles of one to five reports.
    pending.shuffle(using: &random)
    var index = 0
    while index < pending.count {
      let size = min(1 + int(0..<5), pending.count - index)
      let article = articles.count
      let copy = chance(0.03) && article > 0
      let id = "bench-\(article)"
      articles.append(
        ArticleDigest(
          id: id, outlet: "outlet-\(int(0..<400))", url: nil,
          published: CalendarDate(
            year: 2024 + int(0..<(days / 365)), month: 1 + int(0..<12), day: 1 + int(0..<28)),
          contentHash: copy ? articles[article - 1].contentHash : "sha256:\(article)",
          textSignature: (0..<MinHash.textFunctions).map { _ in
            UInt32.random(in: 0...UInt32.max, using: &random)
          },
          facts: (0..<20).map { _ in UInt64.random(in: 0...UInt64.max, using: &random) }.sorted(),
          factCount: 20,
          specificFacts: (0..<3).map { _ in UInt64(int(0..<200_000)) }.sorted()))
      for ordinal in 0..<size {
        var report = pending[index + ordinal]
        report.article = article
        report.ordinal = ordinal
        report.mentionID = "em-\(String(UInt64(article) << 8 | UInt64(ordinal), radix: 16))"
        reports.append(report)
      }
      index += size
    }
  }

  /// The days the events fall in: a year per 100,000 mentions (at least a year), so that
  /// the news flow per day is the same at every size and a larger run covers more time, as
  /// a growing collection does.
  static func windowDays(mentions: Int) -> Int { max(365, mentions * 365 / 100_000) }

  private mutating func report(
    event: Int, kind: EventKind, type: String, site: Int, town: Int, day: Int,
    attacker: ActorReference, killed: Double?, count: Double?
  ) -> EventReport {
    let date: TimeExpression
    let roll = int(0..<100)
    func calendar(_ number: Int) -> CalendarDate {
      // Civil date of a day number (Howard Hinnant's algorithm).
      let shifted = number + 719_468
      let era = shifted / 146_097
      let dayOfEra = shifted - era * 146_097
      let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
      let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
      let monthPart = (5 * dayOfYear + 2) / 153
      let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
      return CalendarDate(
        year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
        day: dayOfYear - (153 * monthPart + 2) / 5 + 1)
    }
    let spread = kind == .aggregate ? 20 : 0
    switch roll {
    case 0..<50:
      let shown = calendar(day + (roll < 6 ? 1 : 0))
      date = TimeExpression(
        start: shown, end: calendar(day + (roll < 6 ? 1 : 0) + spread),
        precision: spread > 0 ? .range : .day, yearInferred: false)
    case 50..<55:
      date = TimeExpression(
        start: calendar(day - 3), end: calendar(day + 3), precision: .week, yearInferred: false)
    case 55..<70:
      let start = calendar(day)
      date = TimeExpression(
        start: CalendarDate(year: start.year, month: start.month, day: 1),
        end: CalendarDate(year: start.year, month: start.month, day: 28), precision: .month,
        yearInferred: false)
    default:
      date = TimeExpression(start: nil, end: nil, precision: .unknown, yearInferred: false)
    }
    let placeRoll = int(0..<100)
    let location: EventReport.Place? =
      kind == .aggregate
      ? (placeRoll < 70 ? countries[town / 96] : nil)
      : placeRoll < 25
        ? sites[site]
        : placeRoll < 55
          ? towns[town]
          : placeRoll < 62
            ? divisions[town / 12]
            : placeRoll < 70 ? countries[town / 96] : nil
    let actorRoll = int(0..<100)
    var actors: [EventReport.Actor] = []
    if actorRoll < 50 {
      actors.append(.init(role: .attacker, actor: attacker, span: nil))
    } else if actorRoll < 80 {
      let generic = ActorReference(
        gazetteerID: "generic:militia", name: "militia", type: "nonstate_armed",
        country: attacker.country)
      actors.append(.init(role: .attacker, actor: generic, span: nil))
    }
    func figure(_ value: Double?, _ role: QuantityRole) -> EventReport.Figure? {
      guard let value, chance(0.8) else { return nil }
      switch int(0..<10) {
      case 0..<6:
        return .init(
          quantity: Quantity(value: value, qualifier: .exact, role: role), text: "\(Int(value))")
      case 6..<8:
        return .init(
          quantity: Quantity(value: value, qualifier: .approx, role: role),
          text: "about \(Int(value))")
      case 8:
        return .init(
          quantity: Quantity(value: value - 2, low: value - 2, qualifier: .moreThan, role: role),
          text: "more than \(Int(value) - 2)")
      default:
        return .init(
          quantity: Quantity(value: value + 2, qualifier: .exact, role: role),
          text: "\(Int(value) + 2)")
      }
    }
    let sentence =
      "Report of event \(event): an attack was carried out, officials said, according to a statement published by the ministry."
    return EventReport(
      mentionID: "", article: 0, ordinal: 0, kind: kind, eventType: type,
      subEventType: type == "Strategic developments"
        ? nil
        : ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"][event % 3],
      date: date, dateText: nil, location: location, origin: nil, actors: actors,
      weapons: chance(0.6) ? [["drone", "rocket", "missile", "airstrike"][event % 4]] : [],
      count: figure(count, .count), killed: figure(killed, .killed), injured: nil,
      modality: chance(0.85) ? .asserted : .claimed,
      evidence: [ReportedSpan(text: sentence, start: 0, end: sentence.count)], confidence: 0.6)
  }
}
