/// A canonical event read back from `events.jsonl`: the `salvo.event/1` contract fields,
/// typed, with the line's own JSON text. Fields the contract does not name (merge reasons,
/// conflicts, trigger…) are ignored when decoding and kept in `json`.
public struct EventLine: Sendable, Equatable {
  /// The event's date: `start`/`end` as ISO 8601 days, `precision` as in the contract.
  public struct EventDate: Sendable, Equatable, Decodable {
    /// The first day, `YYYY-MM-DD`.
    public var start: String?
    /// The last day, `YYYY-MM-DD`.
    public var end: String?
    /// `day`, `week`, `month`, `year`, `range` or `unknown`.
    public var precision: String
    /// The date as the text words it.
    public var text: String?

    /// Creates a date.
    public init(start: String?, end: String?, precision: String, text: String? = nil) {
      self.start = start
      self.end = end
      self.precision = precision
      self.text = text
    }
  }

  /// Where the event happened.
  public struct Location: Sendable, Equatable, Decodable {
    /// The place's name.
    public var name: String
    /// The gazetteer entry.
    public var gazetteerID: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?
    /// ISO 3166-2 code of the first-level division.
    public var admin1: String?
    /// WGS84 latitude.
    public var lat: Double?
    /// WGS84 longitude.
    public var lon: Double?
    /// `site`, `city`, `admin1`, `country` or `region`.
    public var precision: String?

    enum CodingKeys: String, CodingKey {
      case name, country, admin1, lat, lon, precision
      case gazetteerID = "gazetteer_id"
    }

    /// Creates a location.
    public init(
      name: String, gazetteerID: String? = nil, country: String? = nil, admin1: String? = nil,
      lat: Double? = nil, lon: Double? = nil, precision: String? = nil
    ) {
      self.name = name
      self.gazetteerID = gazetteerID
      self.country = country
      self.admin1 = admin1
      self.lat = lat
      self.lon = lon
      self.precision = precision
    }
  }

  /// A party to the event.
  public struct Actor: Sendable, Equatable, Decodable {
    /// `attacker`, `target`, `victim`, `sponsor` or `interceptor`.
    public var role: String
    /// The actor's canonical name.
    public var name: String
    /// The gazetteer entry.
    public var gazetteerID: String?
    /// The actor type (`state`, `nonstate_armed`…).
    public var type: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?

    enum CodingKeys: String, CodingKey {
      case role, name, type, country
      case gazetteerID = "gazetteer_id"
    }

    /// Creates an actor.
    public init(
      role: String, name: String, gazetteerID: String? = nil, type: String? = nil,
      country: String? = nil
    ) {
      self.role = role
      self.name = name
      self.gazetteerID = gazetteerID
      self.type = type
      self.country = country
    }
  }

  /// A reported count (`quantity`, `fatalities.killed`, `fatalities.injured`).
  public struct Figure: Sendable, Equatable, Decodable {
    /// The number, when one is given.
    public var value: Double?
    /// The lower bound of a range or hedge.
    public var low: Double?
    /// The upper bound.
    public var high: Double?
    /// `exact`, `approx`, `more_than`, `at_least`, `less_than`, `up_to`, `range` or `vague`.
    public var qualifier: String?
    /// What is counted (`strike`, `missile`…).
    public var unit: String?
    /// The words of the text.
    public var text: String?

    /// Creates a figure.
    public init(
      value: Double? = nil, low: Double? = nil, high: Double? = nil, qualifier: String? = nil,
      unit: String? = nil, text: String? = nil
    ) {
      self.value = value
      self.low = low
      self.high = high
      self.qualifier = qualifier
      self.unit = unit
      self.text = text
    }
  }

  /// `fatalities`: killed and injured.
  public struct Fatalities: Sendable, Equatable, Decodable {
    /// People killed.
    public var killed: Figure?
    /// People injured.
    public var injured: Figure?

    /// Creates fatalities.
    public init(killed: Figure? = nil, injured: Figure? = nil) {
      self.killed = killed
      self.injured = injured
    }
  }

  /// One supporting mention: the article and its evidence sentence.
  public struct Source: Sendable, Equatable, Decodable {
    /// The article's id.
    public var articleID: String
    /// The outlet's name or domain.
    public var outlet: String?
    /// The article's URL.
    public var url: String?
    /// The publication day.
    public var published: String?
    /// The evidence sentence.
    public var sentence: String?
    /// Start of the evidence sentence, in Unicode scalars.
    public var start: Int?
    /// End of the evidence sentence (exclusive).
    public var end: Int?

    enum CodingKeys: String, CodingKey {
      case outlet, url, published, sentence, start, end
      case articleID = "article_id"
    }

    /// Creates a source.
    public init(
      articleID: String, outlet: String? = nil, url: String? = nil, published: String? = nil,
      sentence: String? = nil, start: Int? = nil, end: Int? = nil
    ) {
      self.articleID = articleID
      self.outlet = outlet
      self.url = url
      self.published = published
      self.sentence = sentence
      self.start = start
      self.end = end
    }
  }

  /// `ev-` + 16 hex digits.
  public var id: String
  /// `incident` or `aggregate`.
  public var kind: String
  /// ACLED event type, verbatim.
  public var eventType: String?
  /// ACLED sub-event type, verbatim.
  public var subEventType: String?
  /// When.
  public var date: EventDate
  /// Where, when known.
  public var location: Location?
  /// Who, with their roles.
  public var actors: [Actor]
  /// Normalized weapon classes.
  public var weapons: [String]
  /// The count the event reports.
  public var quantity: Figure?
  /// Killed and injured.
  public var fatalities: Fatalities
  /// `asserted`, `claimed` or `suspected`.
  public var modality: String
  /// The supporting mentions.
  public var sources: [Source]
  /// Distinct articles.
  public var numArticles: Int
  /// Supporting mentions.
  public var numMentions: Int
  /// Distinct outlets.
  public var numOutlets: Int
  /// 0 to 1.
  public var confidence: Double
  /// The record's JSON text as read (one line, no newline).
  public var json: String

  /// Creates an event; `json` is the record's text (empty for one built in code).
  public init(
    id: String, kind: String, eventType: String?, subEventType: String?, date: EventDate,
    location: Location?, actors: [Actor], weapons: [String], quantity: Figure?,
    fatalities: Fatalities, modality: String, sources: [Source], numArticles: Int,
    numMentions: Int, numOutlets: Int, confidence: Double, json: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.eventType = eventType
    self.subEventType = subEventType
    self.date = date
    self.location = location
    self.actors = actors
    self.weapons = weapons
    self.quantity = quantity
    self.fatalities = fatalities
    self.modality = modality
    self.sources = sources
    self.numArticles = numArticles
    self.numMentions = numMentions
    self.numOutlets = numOutlets
    self.confidence = confidence
    self.json = json
  }

  /// The actors of one role, in record order.
  public func actors(_ role: String) -> [Actor] { actors.filter { $0.role == role } }
}
