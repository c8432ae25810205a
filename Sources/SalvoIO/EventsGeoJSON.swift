/// `events.geojson`: an RFC 7946 FeatureCollection with one Point feature per located
/// event, its `id` the event id and its `properties` the `events.jsonl` record verbatim.
///
/// Coordinates are `[longitude, latitude]` in WGS84 decimal degrees (RFC 7946 §3.1.1, §4);
/// there is no `crs` member. Events without coordinates, or with coordinates out of range,
/// have no feature. Each feature is written on its own line, so the file diffs and greps
/// like the JSON Lines it comes from.
public enum EventsGeoJSON {
  /// The whole file, in the order of `events`.
  public static func render(_ events: [EventLine]) -> [UInt8] {
    var output: [UInt8] = Array(#"{"type":"FeatureCollection","features":["#.utf8)
    var first = true
    for event in events {
      guard let point = coordinates(event) else { continue }
      output.append(contentsOf: (first ? "\n" : ",\n").utf8)
      first = false
      output.append(contentsOf: #"{"type":"Feature","id":"#.utf8)
      output.append(contentsOf: JSONValue.string(event.id).serialized.utf8)
      output.append(contentsOf: #","geometry":{"type":"Point","coordinates":["#.utf8)
      output.append(contentsOf: (coordinate(point.lon) + "," + coordinate(point.lat)).utf8)
      output.append(contentsOf: #"]},"properties":"#.utf8)
      output.append(contentsOf: properties(event).utf8)
      output.append(UInt8(ascii: "}"))
    }
    output.append(contentsOf: "\n]}\n".utf8)
    return output
  }

  /// The event's longitude and latitude, when both are known and in range.
  public static func coordinates(_ event: EventLine) -> (lon: Double, lat: Double)? {
    guard let lat = event.location?.lat, let lon = event.location?.lon, lat.isFinite,
      lon.isFinite, (-90...90).contains(lat), (-180...180).contains(lon)
    else { return nil }
    return (lon, lat)
  }

  /// The record as read; an event built in code has no text, so its contract fields are
  /// written instead.
  static func properties(_ event: EventLine) -> String {
    if !event.json.isEmpty { return event.json }
    return JSONValue.object([
      ("id", .string(event.id)), ("kind", .string(event.kind)),
      ("event_type", .string(event.eventType)), ("sub_event_type", .string(event.subEventType)),
      ("location", .string(event.location?.name)), ("num_articles", .int(event.numArticles)),
    ]).serialized
  }

  /// A coordinate in Swift's shortest round-tripping form, never in exponent notation.
  package static func coordinate(_ value: Double) -> String {
    let text = String(value)
    guard text.contains("e") else { return text }
    return value == 0 ? "0" : String(format6(value))
  }

  /// Six decimals (about 0.1 m), trailing zeros removed: for the tiny values Swift would
  /// print with an exponent.
  static func format6(_ value: Double) -> String {
    let scaled = (value * 1_000_000).rounded()
    let sign = scaled < 0 ? "-" : ""
    let magnitude = Int(abs(scaled))
    var fraction = String(magnitude % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let whole = String(magnitude / 1_000_000)
    return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
  }
}
