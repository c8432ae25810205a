/// A canonical event: the event mentions of every article that report one real-world
/// event, merged, with why they were merged and where they disagree.
public struct EventCluster: Sendable, Hashable {
  /// One supporting mention: which report and the evidence it gives.
  public struct Source: Sendable, Hashable {
    /// The article's id.
    public var articleID: String
    /// Its outlet.
    public var outlet: String?
    /// Its URL.
    public var url: String?
    /// Its publication day.
    public var published: CalendarDate?
    /// The event mention's id.
    public var mentionID: String
    /// The evidence sentence.
    public var sentence: ReportedSpan

    /// Creates a source.
    public init(
      articleID: String, outlet: String?, url: String?, published: CalendarDate?,
      mentionID: String, sentence: ReportedSpan
    ) {
      self.articleID = articleID
      self.outlet = outlet
      self.url = url
      self.published = published
      self.mentionID = mentionID
      self.sentence = sentence
    }
  }

  /// A value the sources disagree on: the field and each distinct reading with the articles
  /// that give it.
  public struct Conflict: Sendable, Hashable {
    /// One reading of the field.
    public struct Reading: Sendable, Hashable {
      /// The reading as text ("180", "about 200", "2024-01-28").
      public var value: String
      /// The articles that give it, sorted.
      public var articleIDs: [String]

      /// Creates a reading.
      public init(value: String, articleIDs: [String]) {
        self.value = value
        self.articleIDs = articleIDs
      }
    }

    /// The field (`quantity`, `killed`, `injured`, `event_type`, `modality`, `date`).
    public var field: String
    /// The value kept in the canonical event.
    public var chosen: String
    /// Every reading, the chosen one included.
    public var readings: [Reading]

    /// Creates a conflict.
    public init(field: String, chosen: String, readings: [Reading]) {
      self.field = field
      self.chosen = chosen
      self.readings = readings
    }
  }

  /// Why a mention joined the event: the mention and the agreeing fields.
  public struct MergeReason: Sendable, Hashable {
    /// The mention that joined.
    public var mentionID: String
    /// The mention it was first matched with.
    public var matchedWith: String
    /// Each agreement ("date: 2024-01-28 within 2024-01", "location: Eilat ⊂ Israel").
    public var reasons: [String]

    /// Creates a merge reason.
    public init(mentionID: String, matchedWith: String, reasons: [String]) {
      self.mentionID = mentionID
      self.matchedWith = matchedWith
      self.reasons = reasons
    }
  }

  /// `ev-` + 16 hex: see `SalvoDedup.EventIdentity` for the policy.
  public var id: String
  /// The merged event's slots, in the shape of one report (the most specific location, the
  /// most precise date, actors merged with roles, reconciled figures); its `mentionID` is
  /// the anchor mention's and its `evidence` is empty (see `sources`).
  public var event: EventReport
  /// Every supporting mention, ordered by publication day, article id and offset.
  public var sources: [Source]
  /// The ids of the supporting mentions, sorted.
  public var mentionIDs: [String]
  /// Distinct supporting articles.
  public var numArticles: Int
  /// Distinct outlets.
  public var numOutlets: Int
  /// Disagreements between the sources, with the value kept.
  public var conflicts: [Conflict]
  /// Why each mention beyond the first joined.
  public var mergeReasons: [MergeReason]
  /// Aggregate events this incident is an instance of (containment, never a merge).
  public var partOf: [String]
  /// How sure the merged event is, 0 to 1.
  public var confidence: Double

  /// Creates an event cluster.
  public init(
    id: String, event: EventReport, sources: [Source], mentionIDs: [String], numArticles: Int,
    numOutlets: Int, conflicts: [Conflict], mergeReasons: [MergeReason], partOf: [String],
    confidence: Double
  ) {
    self.id = id
    self.event = event
    self.sources = sources
    self.mentionIDs = mentionIDs
    self.numArticles = numArticles
    self.numOutlets = numOutlets
    self.conflicts = conflicts
    self.mergeReasons = mergeReasons
    self.partOf = partOf
    self.confidence = confidence
  }

  /// Supporting mentions.
  public var numMentions: Int { mentionIDs.count }
}
