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
    var builder = JSONTreeBuilder()
    emit(mention, text: text, offsets: offsets, to: &builder)
    return builder.result
  }

  static func emit<Sink: JSONSink & ~Copyable>(
    _ mention: Mention, text: String, offsets: ScalarOffsets, to sink: inout Sink
  ) {
    let span = offsets.scalarRange(mention.range)
    sink.beginObject()
    sink.field("kind", mention.kind.rawValue)
    sink.field("text", text, mention.range)
    sink.field("start", span.start)
    sink.field("end", span.end)
    resolution(mention.value, to: &sink)
    // Containers opened and closed in line, not through `object`/`array` closures: a
    // closure that captures the mention copies it, retaining every string it holds.
    sink.key("provenance")
    sink.beginObject()
    sink.field("stage", mention.provenance.stage)
    sink.field("rule", mention.provenance.rule)
    sink.field("source", mention.provenance.source)
    sink.endObject()
    if !mention.alternatives.isEmpty {
      sink.key("alternatives")
      sink.beginArray()
      for alternative in mention.alternatives { sink.string(alternative) }
      sink.endArray()
    }
    sink.endObject()
  }

  static func resolution<Sink: JSONSink & ~Copyable>(_ value: MentionValue, to sink: inout Sink) {
    switch value {
    case .place(let place):
      sink.field("gazetteer_id", place.gazetteerID)
      sink.field("name", place.name)
      sink.field("country", place.country)
      sink.field("admin1", place.admin1)
      sink.key("lat")
      sink.double(place.latitude)
      sink.key("lon")
      sink.double(place.longitude)
      sink.field("feature", place.feature)
    case .actor(let actor):
      sink.field("gazetteer_id", actor.gazetteerID)
      sink.field("name", actor.name)
      sink.field("type", actor.type)
      sink.field("country", actor.country)
      sink.field("sponsor", actor.sponsor)
    case .demonym(let country):
      sink.field("country", country)
    case .weapon(let weapon):
      sink.field("class", weapon.weaponClass)
      sink.field("family", weapon.family)
      sink.field("acled_sub_event_type", weapon.acledSubEventType)
    case .quantity(let quantity):
      QuantityRecord.emit(quantity, unit: true, role: true, to: &sink)
    case .date(let date):
      // Nested, as in events: the mention's own `start`/`end` are its text offsets.
      sink.key("date")
      sink.beginObject()
      sink.field("start", date.start?.description)
      sink.field("end", date.end?.description)
      sink.field("precision", date.precision.rawValue)
      sink.key("year_inferred")
      sink.bool(date.yearInferred)
      sink.endObject()
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

  /// Writes a number as `number(_:)` gives it.
  static func emit<Sink: JSONSink & ~Copyable>(number value: Double?, to sink: inout Sink) {
    guard let value else { return sink.null() }
    if value.rounded() == value, abs(value) < 1e15 { return sink.int(Int(value)) }
    sink.double(value)
  }

  /// Writes the members of `fields(_:)`: value, low, high, qualifier, then unit and role
  /// when asked.
  static func emit<Sink: JSONSink & ~Copyable>(
    _ quantity: Quantity, unit: Bool, role: Bool, to sink: inout Sink
  ) {
    sink.key("value")
    emit(number: quantity.value, to: &sink)
    sink.key("low")
    emit(number: quantity.low, to: &sink)
    sink.key("high")
    emit(number: quantity.high, to: &sink)
    sink.field("qualifier", quantity.qualifier.rawValue)
    if unit { sink.field("unit", quantity.unit) }
    if role { sink.field("role", quantity.role.rawValue) }
  }
}
