import SalvoDedup
import SalvoModel

/// Small gazetteer facts and report builders for the dedup tests, in realistic news terms.
enum Fixtures {
  // Places: Syria ⊃ Deir ez-Zor ⊃ the Conoco gas field; Israel ⊃ Southern District ⊃ Eilat ⊃
  // the Port of Eilat; Jordan ⊃ Tower 22.
  static let syria = place("geonames:163843", "Syria", "country", .country, "SY", nil, 35, 38)
  static let deirEzZor = place(
    "iso3166-2:SY-DY", "Deir ez-Zor Governorate", "admin1", .admin1, "SY", "SY-DY", 35.3, 40.1)
  static let conoco = place(
    "salvo:conoco-gas-field", "Conoco gas field", "site", .site, "SY", "SY-DY", 35.39, 40.55)
  static let israel = place(
    "geonames:294640", "Israel", "country", .country, "IL", nil, 31.5, 34.75)
  static let southernDistrict = place(
    "iso3166-2:IL-D", "Southern District", "admin1", .admin1, "IL", "IL-D", 30.9, 34.8)
  static let eilat = place("geonames:295277", "Eilat", "city", .city, "IL", "IL-D", 29.558, 34.948)
  static let portOfEilat = place(
    "salvo:port-of-eilat", "Port of Eilat", "site", .site, "IL", "IL-D", 29.545, 34.955)
  static let telAviv = place(
    "geonames:293397", "Tel Aviv", "city", .city, "IL", "IL-TA", 32.08, 34.78)
  static let jordan = place("geonames:248816", "Jordan", "country", .country, "JO", nil, 31, 36)
  static let tower22 = place(
    "salvo:tower-22", "Tower 22", "base", .site, "JO", "JO-MA", 33.32, 38.7)
  static let redSea = place("salvo:red-sea", "Red Sea", "sea", .region, nil, nil, 20, 38)
  static let southernLebanon = place(
    "salvo:southern-lebanon", "southern Lebanon", "region", .region, "LB", nil, 33.3, 35.4)

  static let links = ReferenceLinks(
    placeParents: [
      "iso3166-2:SY-DY": "geonames:163843", "salvo:conoco-gas-field": "iso3166-2:SY-DY",
      "iso3166-2:IL-D": "geonames:294640", "geonames:295277": "iso3166-2:IL-D",
      "salvo:port-of-eilat": "geonames:295277", "salvo:tower-22": "geonames:248816",
    ],
    memberOf: [
      "actor:kataib-hezbollah": ["actor:islamic-resistance-in-iraq"],
      "actor:islamic-resistance-in-iraq": ["actor:axis-of-resistance"],
    ],
    sponsors: [
      "actor:kataib-hezbollah": ["state:IR"], "actor:islamic-resistance-in-iraq": ["state:IR"],
      "actor:hezbollah": ["state:IR"], "actor:houthis": ["state:IR"],
    ],
    genericActors: ["actor:iran-backed-iraqi-militias"],
    countryPlaces: ["geonames:163843", "geonames:294640", "geonames:248816"])

  // Actors.
  static let kataibHezbollah = ActorReference(
    gazetteerID: "actor:kataib-hezbollah", name: "Kataib Hezbollah", type: "nonstate_armed",
    country: "IQ")
  static let islamicResistance = ActorReference(
    gazetteerID: "actor:islamic-resistance-in-iraq", name: "Islamic Resistance in Iraq",
    type: "nonstate_armed", country: "IQ")
  static let hezbollah = ActorReference(
    gazetteerID: "actor:hezbollah", name: "Hezbollah", type: "nonstate_armed", country: "LB")
  static let houthis = ActorReference(
    gazetteerID: "actor:houthis", name: "Houthis", type: "nonstate_armed", country: "YE")
  static let syrianMilitia = ActorReference(
    gazetteerID: "generic:militia", name: "militia (Syria)", type: "nonstate_armed", country: "SY")
  static let iraqiGroups = ActorReference(
    gazetteerID: "actor:iran-backed-iraqi-militias", name: "Iran-backed Iraqi militias",
    type: "nonstate_armed", country: "IQ", sponsor: "state:IR")
  static let usBackedFighters = ActorReference(
    gazetteerID: "generic:militia", name: "US-backed militia", type: "nonstate_armed",
    country: "SY", sponsor: "state:US")
  static let unitedStates = ActorReference(
    gazetteerID: "state:US", name: "United States", type: "state", country: "US")
  static let usMilitary = ActorReference(
    gazetteerID: "actor:us-military", name: "United States Armed Forces", type: "state_military",
    country: "US")
  static let iran = ActorReference(
    gazetteerID: "state:IR", name: "Iran", type: "state", country: "IR")
  static let israelState = ActorReference(
    gazetteerID: "state:IL", name: "Israel", type: "state", country: "IL")

  static func place(
    _ id: String, _ name: String, _ feature: String, _ precision: LocationPrecision,
    _ country: String?, _ admin1: String?, _ lat: Double, _ lon: Double
  ) -> EventReport.Place {
    EventReport.Place(
      place: PlaceReference(
        gazetteerID: id, name: name, country: country, admin1: admin1, latitude: lat,
        longitude: lon, feature: feature),
      precision: precision, span: ReportedSpan(text: name, start: 0, end: name.count))
  }

  static func day(_ year: Int, _ month: Int, _ day: Int) -> TimeExpression {
    let date = CalendarDate(year: year, month: month, day: day)
    return TimeExpression(start: date, end: date, precision: .day, yearInferred: false)
  }

  static func month(_ year: Int, _ month: Int) -> TimeExpression {
    let last = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return TimeExpression(
      start: CalendarDate(year: year, month: month, day: 1),
      end: CalendarDate(year: year, month: month, day: last), precision: .month,
      yearInferred: false)
  }

  static let undated = TimeExpression(
    start: nil, end: nil, precision: .unknown, yearInferred: false)

  static func figure(_ value: Double, _ qualifier: QuantityQualifier = .exact, _ text: String)
    -> EventReport.Figure
  {
    EventReport.Figure(
      quantity: Quantity(
        value: value, low: qualifier == .moreThan || qualifier == .atLeast ? value : nil,
        qualifier: qualifier),
      text: text)
  }

  /// An event report with the given slots; the mention id derives from the article and
  /// ordinal, like the pipeline's, from content.
  static func report(
    _ article: Int, _ ordinal: Int = 0, kind: EventKind = .incident,
    type: String = "Explosions/Remote violence", sub: String? = "Air/drone strike",
    date: TimeExpression = undated, location: EventReport.Place? = nil,
    attackers: [ActorReference] = [], targets: [ActorReference] = [], weapons: [String] = [],
    count: EventReport.Figure? = nil, killed: EventReport.Figure? = nil,
    injured: EventReport.Figure? = nil, modality: EventModality = .asserted,
    mention: String? = nil
  ) -> EventReport {
    EventReport(
      mentionID: mention ?? "em-a\(article)-o\(ordinal)", article: article, ordinal: ordinal,
      kind: kind, eventType: type, subEventType: sub, date: date, dateText: nil,
      location: location, origin: nil,
      actors: attackers.map { .init(role: .attacker, actor: $0, span: nil) }
        + targets.map { .init(role: .target, actor: $0, span: nil) },
      weapons: weapons, count: count, killed: killed, injured: injured, modality: modality,
      evidence: [ReportedSpan(text: "Evidence \(article).\(ordinal).", start: 0, end: 10)],
      confidence: 0.7)
  }

  /// Digests for `count` articles, published a day apart, from distinct outlets.
  static func articles(_ count: Int) -> [ArticleDigest] {
    (0..<count).map { index in
      ArticleDigest(
        id: "article-\(index)", outlet: "Outlet \(index % 7)", url: nil,
        published: CalendarDate(year: 2024, month: 10, day: 1 + index % 28),
        contentHash: "sha256:\(index)", textSignature: [], facts: [], factCount: 0,
        specificFacts: [])
    }
  }
}
