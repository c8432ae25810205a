import Foundation

extension EventLine: Decodable {
  enum CodingKeys: String, CodingKey {
    case schema, id, kind, date, location, actors, weapons, quantity, fatalities, modality
    case sources, confidence
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case numArticles = "num_articles"
    case numMentions = "num_mentions"
    case numOutlets = "num_outlets"
  }

  /// Decodes the contract fields; unknown fields are ignored, and counts that an older or
  /// partial record lacks default to what its `sources` say.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let schema = try container.decodeIfPresent(String.self, forKey: .schema),
      schema != EventRecord.schema
    {
      throw DecodingError.dataCorruptedError(
        forKey: .schema, in: container,
        debugDescription: "schema is \(schema), expected \(EventRecord.schema)")
    }
    let sources = try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
    self.init(
      id: try container.decode(String.self, forKey: .id),
      kind: try container.decode(String.self, forKey: .kind),
      eventType: try container.decodeIfPresent(String.self, forKey: .eventType),
      subEventType: try container.decodeIfPresent(String.self, forKey: .subEventType),
      date: try container.decodeIfPresent(EventDate.self, forKey: .date)
        ?? EventDate(start: nil, end: nil, precision: "unknown"),
      location: try container.decodeIfPresent(Location.self, forKey: .location),
      actors: try container.decodeIfPresent([Actor].self, forKey: .actors) ?? [],
      weapons: try container.decodeIfPresent([String].self, forKey: .weapons) ?? [],
      quantity: try container.decodeIfPresent(Figure.self, forKey: .quantity),
      fatalities: try container.decodeIfPresent(Fatalities.self, forKey: .fatalities)
        ?? Fatalities(),
      modality: try container.decodeIfPresent(String.self, forKey: .modality) ?? "asserted",
      sources: sources,
      numArticles: try container.decodeIfPresent(Int.self, forKey: .numArticles)
        ?? Set(sources.map(\.articleID)).count,
      numMentions: try container.decodeIfPresent(Int.self, forKey: .numMentions)
        ?? sources.count,
      numOutlets: try container.decodeIfPresent(Int.self, forKey: .numOutlets)
        ?? Set(sources.compactMap(\.outlet)).count,
      confidence: try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 0)
  }

  /// Reads every event of an `events.jsonl` file; blank lines are skipped.
  ///
  /// - Parameter path: the file.
  /// - Returns: the events in file order.
  /// - Throws: `RecordReadError` naming the file, and the line of a malformed record.
  public static func read(path: String) throws(RecordReadError) -> [EventLine] {
    var events: [EventLine] = []
    let decoder = JSONDecoder()
    try RecordReadError.forEachLine(of: path) { (line, number) throws(RecordReadError) in
      events.append(try decode(line, path: path, line: number, decoder: decoder))
    }
    return events
  }

  /// Decodes one `events.jsonl` line.
  ///
  /// - Throws: `RecordReadError` naming `path:line` and what is wrong.
  public static func decode(
    _ text: Substring, path: String, line: Int, decoder: JSONDecoder = JSONDecoder()
  ) throws(RecordReadError) -> EventLine {
    do {
      var event = try decoder.decode(EventLine.self, from: Data(text.utf8))
      event.json = String(text)
      return event
    } catch {
      throw RecordReadError(path: path, line: line, message: RecordReadError.describe(error))
    }
  }
}
