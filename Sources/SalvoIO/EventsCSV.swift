import SalvoModel

/// `events.csv`: canonical events under ACLED's column names (SCHEMA.md), then Salvo's
/// own, so the file drops into workflows built for ACLED exports.
///
/// RFC 4180 text: UTF-8 without a byte-order mark, one header row, comma-separated, LF
/// line ends, a field quoted (its quotes doubled) when it holds a comma, a quote, a line
/// break or leading or trailing spaces. An unknown value is an empty cell, never `0`
/// (ACLED writes 0 fatalities when none are reported; Salvo cannot tell "none" from "not
/// said"). Values follow ACLED's codebook:
/// - `event_id_cnty`: Salvo's stable event id (`ev-…`);
/// - `event_date` (`YYYY-MM-DD`, the first day of the reported period), `year`;
/// - `time_precision`: 1 day, 2 week (or a range of at most 7 days), 3 month or coarser;
/// - `disorder_type`: ACLED's grouping of the sub-event type (`events/acled-types.tsv`);
/// - `actor1`/`assoc_actor_1`: the attackers (else the interceptors), then the sponsors;
///   `actor2`/`assoc_actor_2`: the targets and victims; several names joined by `; `;
/// - `civilian_targeting`: `Civilian targeting` for violence against civilians;
/// - `iso` (ISO 3166-1 numeric), `country` (ACLED's name), `admin1` (the division's
///   name), `location`, `latitude`, `longitude`;
/// - `geo_precision`: 1 a site or town, 2 part of a country (a region), 3 a province or
///   a whole country;
/// - `source`: the outlets joined by `; `; `notes`: one sentence built from the fields,
///   then the first evidence sentence;
/// - `fatalities`: people killed (the lowest reported figure); `tags`: weapons, modality
///   when not asserted, people injured;
/// - `kind`, `quantity` (`about 40`), `num_articles`.
public struct EventsCSV: Sendable {
  /// The header, in order.
  public static let columns = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "civilian_targeting", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "tags", "kind", "quantity",
    "num_articles",
  ]

  /// Country names, division names and disorder types.
  public var tables: EventViewTables

  /// Creates a writer.
  public init(tables: EventViewTables) { self.tables = tables }

  /// The whole file: the header and one row per event, in the order given.
  public func render(_ events: [EventLine]) -> [UInt8] {
    var output: [UInt8] = []
    Self.append(Self.columns, to: &output)
    for event in events { Self.append(row(event), to: &output) }
    return output
  }

  /// One event's cells, in column order.
  public func row(_ event: EventLine) -> [String] {
    let attackers = event.actors("attacker")
    let first = attackers.isEmpty ? event.actors("interceptor") : attackers
    let side1 = first.map(\.name) + event.actors("sponsor").map(\.name)
    let side2 = (event.actors("target") + event.actors("victim")).map(\.name)
    let location = event.location
    let country = location?.country.flatMap { tables.countries[$0] }
    let cells: [String?] = [
      event.id,
      event.date.start,
      event.date.start.map { String($0.prefix(4)) },
      Self.timePrecision(event.date).map(String.init),
      disorderType(event),
      event.eventType,
      event.subEventType,
      side1.first,
      Self.joined(side1.dropFirst()),
      side2.first,
      Self.joined(side2.dropFirst()),
      event.eventType == "Violence against civilians" ? "Civilian targeting" : nil,
      country?.iso.map(String.init),
      country?.name ?? location?.country,
      location?.admin1.map { tables.admin1Names[$0] ?? $0 },
      location?.name,
      location?.lat.map(EventLine.number),
      location?.lon.map(EventLine.number),
      location?.precision.flatMap(Self.geoPrecision).map(String.init),
      Self.joined(Self.distinct(event.sources.compactMap(\.outlet))),
      notes(event),
      event.fatalities.killed?.lowestCount.map(String.init),
      Self.joined(tags(event)),
      event.kind,
      event.quantity?.phrase,
      String(event.numArticles),
    ]
    return cells.map { $0 ?? "" }
  }

  /// ACLED's disorder type of the event's sub-event type, else of its event type.
  func disorderType(_ event: EventLine) -> String? {
    event.subEventType.flatMap { tables.disorderTypes[$0] }
      ?? event.eventType.flatMap { tables.disorderTypes[$0] }
  }

  /// One readable sentence: date, type, parties, place and figures, then the evidence.
  func notes(_ event: EventLine) -> String {
    var sentence = event.subEventType ?? event.eventType ?? "Event"
    if event.date.start != nil { sentence = "On \(event.date.phrase): " + sentence }
    let attackers = event.actors("attacker") + event.actors("interceptor")
    if !attackers.isEmpty { sentence += " by " + Self.list(attackers.map(\.name)) }
    let targets = event.actors("target") + event.actors("victim")
    if !targets.isEmpty { sentence += " against " + Self.list(targets.map(\.name)) }
    if let location = event.location {
      sentence += " in " + location.name
      if let code = location.country, let country = tables.countries[code]?.name,
        country != location.name
      {
        sentence += ", " + country
      }
    }
    var details: [String] = []
    if event.kind == "aggregate" { details.append("aggregate") }
    if let quantity = event.quantity { details.append(quantity.text ?? quantity.phrase) }
    if let killed = event.fatalities.killed { details.append("killed: " + killed.phrase) }
    if let injured = event.fatalities.injured { details.append("injured: " + injured.phrase) }
    if event.modality != "asserted" { details.append(event.modality) }
    if !details.isEmpty { sentence += " (" + details.joined(separator: "; ") + ")" }
    sentence += "."
    if let evidence = event.sources.first?.sentence {
      sentence += " Source sentence: \"" + evidence + "\""
    }
    return sentence
  }

  func tags(_ event: EventLine) -> [String] {
    var tags: [String] = []
    if !event.weapons.isEmpty { tags.append("weapons=" + event.weapons.joined(separator: ", ")) }
    if event.modality != "asserted" { tags.append("modality=" + event.modality) }
    if let injured = event.fatalities.injured { tags.append("injured=" + injured.phrase) }
    return tags
  }

  /// ACLED's time precision: 1 a day, 2 a week, 3 a month or coarser; `nil` when unknown.
  package static func timePrecision(_ date: EventLine.EventDate) -> Int? {
    guard let start = date.start else { return nil }
    switch date.precision {
    case "day": return 1
    case "week": return 2
    case "range":
      guard let end = date.end, let days = daysBetween(start, end) else { return 3 }
      return days == 0 ? 1 : days < 7 ? 2 : 3
    default: return 3
    }
  }

  /// ACLED's geo-precision of a Salvo location precision.
  static func geoPrecision(_ precision: String) -> Int? {
    switch precision {
    case "site", "city": return 1
    case "region": return 2
    case "admin1", "country": return 3
    default: return nil
    }
  }

  /// Days from one `YYYY-MM-DD` to another, by the proleptic Gregorian calendar.
  static func daysBetween(_ start: String, _ end: String) -> Int? {
    func dayNumber(_ text: String) -> Int? {
      let parts = text.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      return CalendarDate(year: parts[0], month: parts[1], day: parts[2]).dayNumber
    }
    guard let first = dayNumber(start), let last = dayNumber(end) else { return nil }
    return last - first
  }

  static func distinct(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }

  static func joined<S: Sequence<String>>(_ values: S) -> String? {
    let list = Array(values)
    return list.isEmpty ? nil : list.joined(separator: "; ")
  }

  /// `A`, `A and B`, `A, B and C`.
  static func list(_ names: [String]) -> String {
    let names = distinct(names)
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + last
  }

  /// Appends one CSV record and its LF.
  package static func append(_ cells: [String], to output: inout [UInt8]) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      let needsQuotes =
        cell.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        || cell.first == " " || cell.last == " "
      guard needsQuotes else {
        output.append(contentsOf: cell.utf8)
        continue
      }
      output.append(0x22)
      for byte in cell.utf8 {
        output.append(byte)
        if byte == 0x22 { output.append(0x22) }
      }
      output.append(0x22)
    }
    output.append(0x0A)
  }
}
