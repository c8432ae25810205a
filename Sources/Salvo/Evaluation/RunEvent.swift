import Foundation

/// One event mention from a run's `mentions.jsonl` (`event_mentions` items), as `salvo eval`
/// reads it. Offsets are the record's Unicode-scalar offsets.
public struct RunEvent: Sendable {
  /// A half-open scalar span of the article text.
  public struct Span: Sendable, Hashable {
    /// The first scalar.
    public var start: Int
    /// Just past the last scalar.
    public var end: Int

    /// Creates a span.
    public init(start: Int, end: Int) {
      self.start = start
      self.end = end
    }

    /// Whether `other` lies inside this span.
    func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
  }

  /// The event's location (or launch site).
  public struct Place: Sendable {
    /// The gazetteer's name.
    public var name: String?
    /// The gazetteer id.
    public var gazetteerID: String?
    /// The ISO2 country.
    public var country: String?
    /// `site`, `city`, `admin1`, `country` or `region`.
    public var precision: String?
    /// The surface text that named it.
    public var text: String?
  }

  /// One of the event's actors.
  public struct Actor: Sendable {
    /// `attacker`, `target`, `victim`, `sponsor` or `interceptor`.
    public var role: String
    /// The gazetteer's name.
    public var name: String?
    /// `actor:<slug>`, `state:<ISO2>` or `generic:<kind>`.
    public var gazetteerID: String?
    /// `nonstate_armed`, `state_military`, `state`, ….
    public var type: String?
    /// The actor's country.
    public var country: String?
    /// The surface text that named it.
    public var text: String?
  }

  /// A count or casualty figure.
  public struct Figure: Sendable {
    /// The value, when the figure has one.
    public var value: Double?
    /// `exact`, `approx`, …, `vague`.
    public var qualifier: String?
    /// The surface text.
    public var text: String?
  }

  /// The event mention's id.
  public var mentionID: String?
  /// The canonical event it was merged into (`event_id`).
  public var eventID: String?
  /// `incident` or `aggregate`.
  public var kind: String
  /// ACLED's event type.
  public var eventType: String
  /// ACLED's sub-event type.
  public var subEventType: String?
  /// The first day of the date, when resolved.
  public var dateStart: String?
  /// The last day of the date, when resolved.
  public var dateEnd: String?
  /// `day`, `week`, `month`, `year`, `range` or `unknown`.
  public var datePrecision: String
  /// Where it happened, or nil.
  public var location: Place?
  /// Its actors, in record order.
  public var actors: [Actor]
  /// Normalized weapon classes.
  public var weapons: [String]
  /// The count it reports.
  public var quantity: Figure?
  /// People killed.
  public var killed: Figure?
  /// People injured.
  public var injured: Figure?
  /// `asserted`, `claimed` or `suspected`.
  public var modality: String
  /// The trigger's text.
  public var triggerText: String
  /// The trigger's span.
  public var trigger: Span?
  /// The evidence sentences' spans, the stating one first.
  public var evidence: [Span]

  /// The actors playing `role`.
  func actors(_ role: String) -> [Actor] { actors.filter { $0.role == role } }

  /// Parses one `event_mentions` item.
  init(object: [String: Any]) {
    mentionID = object["mention_id"] as? String
    eventID = object["event_id"] as? String
    kind = object["kind"] as? String ?? ""
    eventType = object["event_type"] as? String ?? ""
    subEventType = object["sub_event_type"] as? String
    let date = object["date"] as? [String: Any] ?? [:]
    dateStart = date["start"] as? String
    dateEnd = date["end"] as? String
    datePrecision = date["precision"] as? String ?? "unknown"
    location = (object["location"] as? [String: Any]).map(Self.place)
    actors = (object["actors"] as? [[String: Any]] ?? []).map { entry in
      Actor(
        role: entry["role"] as? String ?? "", name: entry["name"] as? String,
        gazetteerID: entry["gazetteer_id"] as? String, type: entry["type"] as? String,
        country: entry["country"] as? String, text: entry["text"] as? String)
    }
    weapons = object["weapons"] as? [String] ?? []
    quantity = (object["quantity"] as? [String: Any]).map(Self.figure)
    let fatalities = object["fatalities"] as? [String: Any] ?? [:]
    killed = (fatalities["killed"] as? [String: Any]).map(Self.figure)
    injured = (fatalities["injured"] as? [String: Any]).map(Self.figure)
    modality = object["modality"] as? String ?? "asserted"
    let trigger = object["trigger"] as? [String: Any] ?? [:]
    triggerText = trigger["text"] as? String ?? ""
    self.trigger = Self.span(trigger)
    evidence = (object["evidence"] as? [[String: Any]] ?? []).compactMap(Self.span)
  }

  private static func place(_ object: [String: Any]) -> Place {
    Place(
      name: object["name"] as? String, gazetteerID: object["gazetteer_id"] as? String,
      country: object["country"] as? String, precision: object["precision"] as? String,
      text: object["text"] as? String)
  }

  private static func figure(_ object: [String: Any]) -> Figure {
    let value = object["value"]
    let number = value is Bool ? nil : (value as? NSNumber)?.doubleValue
    return Figure(
      value: number, qualifier: object["qualifier"] as? String, text: object["text"] as? String)
  }

  private static func span(_ object: [String: Any]) -> Span? {
    guard let start = object["start"] as? Int, let end = object["end"] as? Int, start <= end
    else { return nil }
    return Span(start: start, end: end)
  }
}
