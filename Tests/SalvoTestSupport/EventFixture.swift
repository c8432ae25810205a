import Foundation

/// A `salvo.event/1` record written by hand for tests of the readers, views and diff:
/// realistic values, any field overridable, extra fields allowed.
/// `@unchecked Sendable`: the members are JSON property-list values (strings, numbers, NSNull,
/// arrays and dictionaries of them), never mutated once built.
public struct EventFixture: @unchecked Sendable {
  /// The record's members.
  public var fields: [String: Any]

  /// An air strike on Eilat reported by one article, with the given id.
  public init(id: String = "ev-00000000000000a1") {
    fields = [
      "schema": "salvo.event/1", "id": id, "kind": "incident",
      "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
      "date": [
        "start": "2024-10-03", "end": "2024-10-03", "precision": "day", "text": "Thursday",
        "year_inferred": false,
      ],
      "location": Self.place("Eilat", "geonames:295277", "IL", "IL-D", 29.55805, 34.94821, "city"),
      "actors": [
        Self.actor("attacker", "Islamic Resistance in Iraq", "actor:islamic-resistance-in-iraq"),
        Self.actor("target", "Israel", "state:IL"),
      ],
      "weapons": ["drone"], "quantity": NSNull(),
      "fatalities": ["killed": NSNull(), "injured": NSNull()], "modality": "claimed",
      "sources": [
        Self.source(
          "wire/2024-10-03-eilat.txt", 0, 96,
          "The Islamic Resistance in Iraq said it launched a drone at a \"vital target\" in Eilat.")
      ],
      "num_articles": 1, "num_mentions": 1, "num_outlets": 1, "confidence": 0.7,
    ]
  }

  /// Sets a member.
  public func with(_ key: String, _ value: Any) -> EventFixture {
    var copy = self
    copy.fields[key] = value
    return copy
  }

  /// The record as one JSON line (keys sorted, no newline).
  public var line: String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// A `location` object.
  public static func place(
    _ name: String, _ id: String?, _ country: String?, _ admin1: String?, _ lat: Double?,
    _ lon: Double?, _ precision: String
  ) -> [String: Any] {
    [
      "name": name, "gazetteer_id": id ?? NSNull(), "country": country ?? NSNull(),
      "admin1": admin1 ?? NSNull(), "lat": lat ?? NSNull(), "lon": lon ?? NSNull(),
      "precision": precision,
    ]
  }

  /// An `actors` item.
  public static func actor(_ role: String, _ name: String, _ id: String?) -> [String: Any] {
    [
      "role": role, "name": name, "gazetteer_id": id ?? NSNull(), "type": NSNull(),
      "country": NSNull(),
    ]
  }

  /// A `sources` item from `outlet`.
  public static func source(
    _ article: String, _ start: Int, _ end: Int, _ sentence: String,
    outlet: String = "Reuters"
  ) -> [String: Any] {
    [
      "article_id": article, "outlet": outlet, "url": NSNull(), "published": "2024-10-03",
      "sentence": sentence, "start": start, "end": end,
    ]
  }

  /// A `quantity` or fatality figure.
  public static func figure(
    value: Double?, qualifier: String, unit: String? = nil, text: String,
    low: Double? = nil, high: Double? = nil
  ) -> [String: Any] {
    var figure: [String: Any] = [
      "value": value ?? NSNull(), "low": low ?? NSNull(), "high": high ?? NSNull(),
      "qualifier": qualifier, "text": text,
    ]
    if let unit { figure["unit"] = unit }
    return figure
  }
}

/// The lines of `events`, each ending in a newline: an `events.jsonl` file.
public func eventsFile(_ events: [EventFixture]) -> String {
  events.map { $0.line + "\n" }.joined()
}
