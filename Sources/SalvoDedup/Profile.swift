import SalvoModel

/// What the compatibility rules compare of one event report, computed once: the day span,
/// the place with its ancestry, the actors with their links, the figures as intervals.
///
/// A final class so that the hot comparison loops pass one reference rather than copy a
/// dozen reference-counted fields.
final class Profile: Sendable {
  /// A place with the ids of the places that enclose it (a class: passed by reference in
  /// the comparison loops).
  final class Place: Sendable {
    let id: String
    let name: String
    let country: String?
    let admin1: String?
    let feature: String
    let precision: LocationPrecision
    let ancestors: [String]
    let latitude: Double?
    let longitude: Double?

    init(_ place: EventReport.Place, ancestors: [String]) {
      id = place.place.gazetteerID
      name = place.place.name
      country = place.place.country
      admin1 = place.place.admin1
      feature = place.place.feature
      precision = place.precision
      self.ancestors = ancestors
      latitude = place.place.latitude
      longitude = place.place.longitude
    }

    /// A region, sea or strait: its extent is not in the gazetteer, so containment in it
    /// cannot be decided.
    var isVague: Bool { precision == .region }
  }

  /// The broad class of an actor, which decides how two actors may be compared.
  enum ActorClass: Sendable {
    /// A state, its government or its armed forces: one side per country.
    case state
    /// A non-state armed group.
    case armedGroup
    /// Anything else (media, an international organization): compared by id.
    case other
  }

  /// An actor with its links.
  ///
  /// A class, like `Place`: the comparison loops go through every pair of actors, and a
  /// reference is one count to keep where a copy of the fields is five.
  final class Actor: Sendable {
    let id: String
    let name: String
    let actorClass: ActorClass
    let country: String?
    let isGeneric: Bool
    let organizations: [String]
    let sponsors: [String]

    init(
      id: String, name: String, actorClass: ActorClass, country: String?, isGeneric: Bool,
      organizations: [String], sponsors: [String]
    ) {
      self.id = id
      self.name = name
      self.actorClass = actorClass
      self.country = country
      self.isGeneric = isGeneric
      self.organizations = organizations
      self.sponsors = sponsors
    }
  }

  /// A figure as the interval of values its hedge allows.
  struct Figure: Sendable {
    var low: Double
    var high: Double
    var isExact: Bool
    var label: String
  }

  /// The articles it comes from (one for a report; a merged event's every article).
  let articles: [Int]
  /// Its article when it comes from one: read by comparisons without touching `articles`.
  let soleArticle: Int?
  /// The story its article belongs to: the index of the earliest of its group of duplicate
  /// articles, nil for an article without duplicates.
  let story: Int?
  let kind: EventKind
  let family: String
  let eventType: String
  let subEventType: String?
  let days: DayInterval?
  let place: Place?
  let origin: Place?
  let attackers: [Actor]
  let targets: [Actor]
  let weapons: [String]
  let count: Figure?
  let killed: Figure?
  let injured: Figure?

  /// Whether it has neither a date nor a place: it cannot be placed in time or space (see
  /// `Compatibility`).
  var isVague: Bool { days == nil && place == nil }

  convenience init(
    _ report: EventReport, knowledge: Knowledge, articles: [Int]? = nil, story: Int? = nil
  ) {
    self.init(
      articles: articles ?? [report.article], story: story, kind: report.kind,
      eventType: report.eventType, subEventType: report.subEventType,
      days: DayInterval(report.date), place: report.location.map { Self.place($0, knowledge) },
      origin: report.origin.map { Self.place($0, knowledge) }, actors: report.actors,
      weapons: report.weapons, count: report.count.map(Self.figure),
      killed: report.killed.map(Self.figure), injured: report.injured.map(Self.figure),
      knowledge: knowledge)
  }

  /// A profile of these slots; the actors and weapons are read into shared objects.
  init(
    articles: [Int], story: Int?, kind: EventKind, eventType: String, subEventType: String?,
    days: DayInterval?, place: Place?, origin: Place?, actors: [EventReport.Actor],
    weapons: [String], count: Figure?, killed: Figure?, injured: Figure?, knowledge: Knowledge
  ) {
    self.articles = articles
    soleArticle = articles.count == 1 ? articles[0] : nil
    self.story = story
    self.kind = kind
    self.eventType = eventType
    family = Self.family(of: eventType)
    self.subEventType = subEventType
    self.days = days
    self.place = place
    self.origin = origin
    var attackers: [Actor] = []
    var targets: [Actor] = []
    for actor in actors {
      switch actor.role {
      case .attacker: attackers.append(Self.actor(actor, knowledge))
      case .target, .victim: targets.append(Self.actor(actor, knowledge))
      case .sponsor, .interceptor: break
      }
    }
    self.attackers = knowledge.shared.actors(attackers)
    self.targets = knowledge.shared.actors(targets)
    self.weapons = knowledge.shared.weapons(weapons)
    self.count = count
    self.killed = killed
    self.injured = injured
  }

  /// The event family blocking and compatibility use: ACLED's three political-violence
  /// types are one family (outlets call one attack a clash, a strike or an attack on
  /// civilians), strategic developments another; other types are their own family.
  static func family(of eventType: String) -> String {
    switch eventType {
    case "Battles", "Explosions/Remote violence", "Violence against civilians": "violence"
    case "Strategic developments": "strategic"
    default: eventType
    }
  }

  static func place(_ place: EventReport.Place, _ knowledge: Knowledge) -> Place {
    knowledge.shared.place(place) {
      Place(place, ancestors: knowledge.ancestors(ofPlace: place.place.gazetteerID))
    }
  }

  static func actor(_ actor: EventReport.Actor, _ knowledge: Knowledge) -> Actor {
    knowledge.shared.actor(actor.actor) { Self.actor(actor.actor, knowledge) }
  }

  private static func actor(_ reference: ActorReference, _ knowledge: Knowledge) -> Actor {
    let links = knowledge.actor(reference)
    let actorClass: ActorClass =
      switch reference.type {
      case "state", "state_military", "government", "police": .state
      case "nonstate_armed", "coalition": .armedGroup
      default: .other
      }
    return Actor(
      id: reference.gazetteerID, name: reference.name, actorClass: actorClass,
      country: reference.country, isGeneric: links.isGeneric,
      organizations: links.organizations, sponsors: links.sponsors)
  }

  /// The values a hedged figure allows: "about 40" is 40 ± 20 % (at least ± 2), "more than
  /// 85" anything from 85 up, "up to 40" anything to 40, a vague amount anything.
  static func figure(_ figure: EventReport.Figure) -> Figure {
    let quantity = figure.quantity
    let value = quantity.value ?? quantity.low ?? quantity.high
    let label = FigureText.label(quantity)
    guard let value else {
      return Figure(low: 0, high: .infinity, isExact: false, label: label)
    }
    switch quantity.qualifier {
    case .exact:
      return Figure(low: value, high: value, isExact: true, label: label)
    case .approx:
      let margin = max(2, value * 0.2)
      return Figure(low: value - margin, high: value + margin, isExact: false, label: label)
    case .moreThan, .atLeast:
      return Figure(low: quantity.low ?? value, high: .infinity, isExact: false, label: label)
    case .lessThan, .upTo:
      return Figure(low: 0, high: quantity.high ?? value, isExact: false, label: label)
    case .range:
      return Figure(
        low: quantity.low ?? value, high: quantity.high ?? value, isExact: false, label: label)
    case .vague:
      return Figure(
        low: quantity.low ?? 0, high: quantity.high ?? .infinity, isExact: false, label: label)
    }
  }
}
