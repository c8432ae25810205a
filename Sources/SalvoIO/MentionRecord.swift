import SalvoModel

/// The JSON of one mention in `mentions.jsonl`: kind, text, scalar offsets, the resolution
/// fields SCHEMA.md lists for its kind, and where it came from. A date's resolution
/// (`start`, `end`, `precision`, `year_inferred`) is nested under `date`, as in event
/// records, because `start` and `end` already name the mention's offsets.
public enum MentionRecord {
  /// A mention as JSON.
  ///
  /// - Parameters:
  ///   - mention: the mention.
  ///   - text: the document text it points into.
  ///   - offsets: the document's scalar-offset converter.
  public static func json(_ mention: Mention, text: String, offsets: ScalarOffsets) -> JSONValue {
    let span = offsets.scalarRange(mention.range)
    var fields: [(String, JSONValue)] = [
      ("kind", .string(mention.kind.rawValue)),
      ("text", .string(String(text.slice(mention.range)))),
      ("start", .int(span.start)),
      ("end", .int(span.end)),
    ]
    fields += resolution(mention.value)
    fields.append(
      (
        "provenance",
        .object([
          ("stage", .string(mention.provenance.stage)),
          ("rule", .string(mention.provenance.rule)),
          ("source", .string(mention.provenance.source)),
        ])
      ))
    if !mention.alternatives.isEmpty {
      fields.append(("alternatives", .array(mention.alternatives.map(JSONValue.string))))
    }
    return .object(fields)
  }

  static func resolution(_ value: MentionValue) -> [(String, JSONValue)] {
    switch value {
    case .place(let place):
      return [
        ("gazetteer_id", .string(place.gazetteerID)),
        ("name", .string(place.name)),
        ("country", .string(place.country)),
        ("admin1", .string(place.admin1)),
        ("lat", place.latitude.map(JSONValue.double) ?? .null),
        ("lon", place.longitude.map(JSONValue.double) ?? .null),
        ("feature", .string(place.feature)),
      ]
    case .actor(let actor):
      return [
        ("gazetteer_id", .string(actor.gazetteerID)),
        ("name", .string(actor.name)),
        ("type", .string(actor.type)),
        ("country", .string(actor.country)),
        ("sponsor", .string(actor.sponsor)),
      ]
    case .demonym(let country):
      return [("country", .string(country))]
    case .weapon(let weapon):
      return [
        ("class", .string(weapon.weaponClass)),
        ("family", .string(weapon.family)),
        ("acled_sub_event_type", .string(weapon.acledSubEventType)),
      ]
    case .quantity(let quantity):
      return QuantityRecord.fields(quantity)
    case .date(let date):
      // Nested, as in events: the mention's own `start`/`end` are its text offsets.
      return [
        (
          "date",
          .object([
            ("start", .string(date.start?.description)),
            ("end", .string(date.end?.description)),
            ("precision", .string(date.precision.rawValue)),
            ("year_inferred", .bool(date.yearInferred)),
          ])
        )
      ]
    }
  }
}

/// Quantities as JSON: integral numbers are written as integers.
public enum QuantityRecord {
  /// A number as JSON: an integer when it is one.
  public static func number(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    if value.rounded() == value, abs(value) < 1e15 { return .int(Int(value)) }
    return .double(value)
  }

  /// The fields of a quantity: value, low, high, qualifier, then unit and role.
  public static func fields(_ quantity: Quantity) -> [(String, JSONValue)] {
    [
      ("value", number(quantity.value)),
      ("low", number(quantity.low)),
      ("high", number(quantity.high)),
      ("qualifier", .string(quantity.qualifier.rawValue)),
      ("unit", .string(quantity.unit)),
      ("role", .string(quantity.role.rawValue)),
    ]
  }
}
