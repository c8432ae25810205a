/// A surface of an article as the output shows it: its text and its Unicode-scalar offsets.
public struct ReportedSpan: Sendable, Hashable {
  /// The text as written.
  public var text: String
  /// Start, in Unicode scalars from the article's start.
  public var start: Int
  /// End (exclusive), in Unicode scalars.
  public var end: Int

  /// Creates a reported span.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}

/// One event mention as cross-article deduplication sees it: the resolved slots of an
/// `Event`, with the surfaces already cut out of the article, so that the article's text and
/// text layer need not be kept until every article has been read.
public struct EventReport: Sendable, Hashable {
  /// An actor of the mention, with the span that named it.
  public struct Actor: Sendable, Hashable {
    /// The role it plays.
    public var role: EventRole
    /// The resolved actor.
    public var actor: ActorReference
    /// Where the text named it, when it did.
    public var span: ReportedSpan?

    /// Creates a reported actor.
    public init(role: EventRole, actor: ActorReference, span: ReportedSpan?) {
      self.role = role
      self.actor = actor
      self.span = span
    }
  }

  /// A place of the mention.
  public struct Place: Sendable, Hashable {
    /// The resolved place.
    public var place: PlaceReference
    /// How specific it is.
    public var precision: LocationPrecision
    /// Where the text named it.
    public var span: ReportedSpan?

    /// Creates a reported place.
    public init(place: PlaceReference, precision: LocationPrecision, span: ReportedSpan?) {
      self.place = place
      self.precision = precision
      self.span = span
    }
  }

  /// A count or casualty figure with the words it was read from.
  public struct Figure: Sendable, Hashable {
    /// The figure.
    public var quantity: Quantity
    /// Its text ("about 40 attacks").
    public var text: String

    /// Creates a reported figure.
    public init(quantity: Quantity, text: String) {
      self.quantity = quantity
      self.text = text
    }
  }

  /// The event mention's id (`em-…`).
  public var mentionID: String
  /// The index of its article in the run's article list (`ArticleDigest`s).
  public var article: Int
  /// Its position among the article's event mentions.
  public var ordinal: Int
  /// Incident or aggregate.
  public var kind: EventKind
  /// ACLED's event type.
  public var eventType: String
  /// ACLED's sub-event type, when decided.
  public var subEventType: String?
  /// When it happened.
  public var date: TimeExpression
  /// The date's words, when the text gave them.
  public var dateText: String?
  /// Where it happened.
  public var location: Place?
  /// Where it was launched from.
  public var origin: Place?
  /// The actors with their roles, attacker first.
  public var actors: [Actor]
  /// Normalized weapon classes.
  public var weapons: [String]
  /// The count it reports.
  public var count: Figure?
  /// People killed.
  public var killed: Figure?
  /// People injured.
  public var injured: Figure?
  /// Asserted, claimed or suspected.
  public var modality: EventModality
  /// The evidence sentences, first the one that states it.
  public var evidence: [ReportedSpan]
  /// How sure the events stage is, 0 to 1.
  public var confidence: Double

  /// Creates an event report.
  public init(
    mentionID: String, article: Int, ordinal: Int, kind: EventKind, eventType: String,
    subEventType: String?, date: TimeExpression, dateText: String?, location: Place?,
    origin: Place?, actors: [Actor], weapons: [String], count: Figure?, killed: Figure?,
    injured: Figure?, modality: EventModality, evidence: [ReportedSpan], confidence: Double
  ) {
    self.mentionID = mentionID
    self.article = article
    self.ordinal = ordinal
    self.kind = kind
    self.eventType = eventType
    self.subEventType = subEventType
    self.date = date
    self.dateText = dateText
    self.location = location
    self.origin = origin
    self.actors = actors
    self.weapons = weapons
    self.count = count
    self.killed = killed
    self.injured = injured
    self.modality = modality
    self.evidence = evidence
    self.confidence = confidence
  }
}
