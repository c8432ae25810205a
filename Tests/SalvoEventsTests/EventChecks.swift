import SalvoModel

/// ACLED's event and sub-event types, verbatim, as the expectations spell them.
enum ACLED {
  static let explosions = "Explosions/Remote violence"
  static let battles = "Battles"
  static let civilians = "Violence against civilians"
  static let strategic = "Strategic developments"

  static let airDrone = "Air/drone strike"
  static let shelling = "Shelling/artillery/missile attack"
  static let remoteExplosive = "Remote explosive/landmine/IED"
  static let armedClash = "Armed clash"
  static let attack = "Attack"
  static let disrupted = "Disrupted weapons use"
}

/// An expected actor slot: a gazetteer id (`actor:hezbollah`, `state:IL`), or no actor in
/// that role at all.
enum ActorCheck: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
  case id(String)
  /// A generic actor of a country ("generic:militia" of Iraq).
  case generic(String, country: String)
  case absent

  init(stringLiteral value: String) { self = .id(value) }

  var description: String {
    switch self {
    case .id(let id): id
    case .generic(let id, let country): "\(id) (\(country))"
    case .absent: "none"
    }
  }
}

/// An expected named slot: a resolved place's or a weapon's name as the gazetteer spells it,
/// or none.
enum NameCheck: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
  case named(String)
  case absent

  init(stringLiteral value: String) { self = .named(value) }

  var description: String {
    switch self {
    case .named(let name): name
    case .absent: "none"
    }
  }
}

/// An expected figure: a number, a vague amount with no number ("dozens"), or no figure.
enum FigureCheck: Sendable, Equatable, ExpressibleByIntegerLiteral, CustomStringConvertible {
  case value(Double)
  case vague
  case absent

  init(integerLiteral value: Int) { self = .value(Double(value)) }

  var description: String {
    switch self {
    case .value(let value): value.rounded() == value ? String(Int(value)) : String(value)
    case .vague: "vague"
    case .absent: "none"
    }
  }
}

/// An expected date: the first day (`"2024-08-05"`), a span of days, or no resolved date.
enum DateCheck: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
  case starts(String)
  case span(String, String)
  case unknown

  init(stringLiteral value: String) { self = .starts(value) }

  var description: String {
    switch self {
    case .starts(let start): start
    case .span(let start, let end): "\(start)…\(end)"
    case .unknown: "unknown"
    }
  }
}

/// What one event must show. Every field left nil is not checked.
struct EventSpec: Sendable, CustomStringConvertible {
  var kind: EventKind? = nil
  var type: String? = nil
  var subType: String? = nil
  var attacker: ActorCheck? = nil
  var target: ActorCheck? = nil
  var sponsor: ActorCheck? = nil
  var interceptor: ActorCheck? = nil
  var location: NameCheck? = nil
  var country: String? = nil
  var origin: NameCheck? = nil
  var weapon: NameCheck? = nil
  var count: FigureCheck? = nil
  var qualifier: QuantityQualifier? = nil
  var killed: FigureCheck? = nil
  var injured: FigureCheck? = nil
  var modality: EventModality? = nil
  var date: DateCheck? = nil
  var evidence: Int? = nil
  /// How many attackers the event names.
  var attackers: Int? = nil

  /// The checked fields, for messages.
  var description: String {
    var parts: [String] = []
    func add(_ name: String, _ value: CustomStringConvertible?) {
      if let value { parts.append("\(name)=\(value)") }
    }
    add("kind", kind?.rawValue)
    add("type", type)
    add("subType", subType)
    add("attacker", attacker)
    add("target", target)
    add("sponsor", sponsor)
    add("interceptor", interceptor)
    add("location", location)
    add("country", country)
    add("origin", origin)
    add("weapon", weapon)
    add("count", count)
    add("qualifier", qualifier?.rawValue)
    add("killed", killed)
    add("injured", injured)
    add("modality", modality?.rawValue)
    add("date", date)
    add("evidence", evidence)
    add("attackers", attackers)
    return parts.isEmpty ? "any event" : parts.joined(separator: " ")
  }

  /// The ways `event` differs from the expectation; empty when it matches.
  func mismatches(_ event: Event) -> [String] {
    var found: [String] = []
    func differ(_ name: String, _ expected: CustomStringConvertible, _ actual: String) {
      found.append("\(name): expected \(expected), found \(actual)")
    }
    if let kind, event.kind != kind { differ("kind", kind.rawValue, event.kind.rawValue) }
    if let type, event.eventType != type { differ("type", type, event.eventType) }
    if let subType, event.subEventType != subType {
      differ("subType", subType, event.subEventType ?? "none")
    }
    let roles: [(String, EventRole, ActorCheck?)] = [
      ("attacker", .attacker, attacker), ("target", .target, target),
      ("sponsor", .sponsor, sponsor), ("interceptor", .interceptor, interceptor),
    ]
    for (name, role, check) in roles {
      guard let check else { continue }
      let actors = event.actors(role).map(\.actor)
      let ids = actors.map(\.gazetteerID)
      let shown = ids.isEmpty ? "none" : ids.joined(separator: ",")
      switch check {
      case .id(let id): if !ids.contains(id) { differ(name, check, shown) }
      case .generic(let id, let country):
        if !actors.contains(where: { $0.gazetteerID == id && $0.country == country }) {
          differ(name, check, shown)
        }
      case .absent: if !ids.isEmpty { differ(name, check, shown) }
      }
    }
    if let location, !location.matches(event.location) {
      differ("location", location, event.location?.place.name ?? "none")
    }
    if let country, event.location?.place.country != country {
      differ("country", country, event.location?.place.country ?? "none")
    }
    if let origin, !origin.matches(event.origin) {
      differ("origin", origin, event.origin?.place.name ?? "none")
    }
    if let weapon, !weapon.matches(event.weapons) {
      differ(
        "weapon", weapon, event.weapons.isEmpty ? "none" : event.weapons.joined(separator: ","))
    }
    let figures: [(String, FigureCheck?, EventFigure?)] = [
      ("count", count, event.count), ("killed", killed, event.killed),
      ("injured", injured, event.injured),
    ]
    for (name, check, figure) in figures {
      if let check, !check.matches(figure) { differ(name, check, figure.shown) }
    }
    if let qualifier, event.count?.quantity.qualifier != qualifier {
      differ("qualifier", qualifier.rawValue, event.count?.quantity.qualifier.rawValue ?? "none")
    }
    if let modality, event.modality != modality {
      differ("modality", modality.rawValue, event.modality.rawValue)
    }
    if let date, !date.matches(event.date.time) { differ("date", date, event.date.time.shown) }
    if let evidence, event.evidence.count != evidence {
      differ("evidence", evidence, String(event.evidence.count))
    }
    if let attackers, event.actors(.attacker).count != attackers {
      differ("attackers", attackers, String(event.actors(.attacker).count))
    }
    return found
  }
}

extension NameCheck {
  /// Whether `place` is the expected one.
  func matches(_ place: EventPlace?) -> Bool {
    switch self {
    case .named(let name): place?.place.name == name
    case .absent: place == nil
    }
  }

  /// Whether `weapons` hold the expected weapon class, or none when none is expected.
  func matches(_ weapons: [String]) -> Bool {
    switch self {
    case .named(let name): weapons.contains(name)
    case .absent: weapons.isEmpty
    }
  }
}

extension FigureCheck {
  /// Whether `figure` is the expected one.
  func matches(_ figure: EventFigure?) -> Bool {
    switch self {
    case .value(let value): figure?.quantity.value == value
    case .vague: figure != nil && figure?.quantity.value == nil
    case .absent: figure == nil
    }
  }
}

extension DateCheck {
  /// Whether `time` is the expected date.
  func matches(_ time: TimeExpression) -> Bool {
    switch self {
    case .starts(let start): time.start?.description == start
    case .span(let start, let end):
      time.start?.description == start && time.end?.description == end
    case .unknown: time.start == nil && time.precision == .unknown
    }
  }
}

extension Optional where Wrapped == EventFigure {
  /// The figure as messages show it.
  var shown: String {
    guard let quantity = self?.quantity else { return "none" }
    let value = quantity.value.map { FigureCheck.value($0).description } ?? "no value"
    return "\(value) (\(quantity.qualifier.rawValue))"
  }
}

extension TimeExpression {
  /// The date as messages show it.
  var shown: String {
    let start = self.start?.description ?? "?"
    let end = self.end?.description ?? "?"
    return precision == .unknown ? "unknown" : "\(start)…\(end) (\(precision.rawValue))"
  }
}
