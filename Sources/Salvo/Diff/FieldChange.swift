import SalvoIO

/// One field that differs between an old event and its new counterpart, both values
/// rendered readably (`location: Eilat → Israel`, `quantity: 40 → about 40`).
public struct FieldChange: Sendable, Equatable {
  /// The field: a contract field name, or an actor role (`attacker`, `target`…).
  public var field: String
  /// The old value.
  public var old: String
  /// The new value.
  public var new: String

  /// Creates a change.
  public init(field: String, old: String, new: String) {
    self.field = field
    self.old = old
    self.new = new
  }

  /// `field: old → new`.
  public var description: String { "\(field): \(old) → \(new)" }

  /// The value shown for an absent field.
  public static let none = "none"

  /// The roles compared one by one.
  static let roles = ["attacker", "target", "victim", "sponsor", "interceptor"]

  /// The fields in which two events differ, in contract order.
  public static func between(_ old: EventLine, _ new: EventLine) -> [FieldChange] {
    var changes: [FieldChange] = []
    func compare(_ field: String, _ a: String, _ b: String) {
      if a != b { changes.append(FieldChange(field: field, old: a, new: b)) }
    }
    compare("id", old.id, new.id)
    compare("kind", old.kind, new.kind)
    compare("event_type", old.eventType ?? none, new.eventType ?? none)
    compare("sub_event_type", old.subEventType ?? none, new.subEventType ?? none)
    compare("date", old.date.phrase, new.date.phrase)
    let (place, newPlace) = locations(old.location, new.location)
    compare("location", place, newPlace)
    for role in roles {
      compare(role, actors(old, role), actors(new, role))
    }
    compare("weapons", list(old.weapons), list(new.weapons))
    compare("quantity", old.quantity?.phrase ?? none, new.quantity?.phrase ?? none)
    compare(
      "killed", old.fatalities.killed?.phrase ?? none, new.fatalities.killed?.phrase ?? none)
    compare(
      "injured", old.fatalities.injured?.phrase ?? none, new.fatalities.injured?.phrase ?? none)
    compare("modality", old.modality, new.modality)
    compare("sources", sources(old), sources(new))
    compare("num_articles", String(old.numArticles), String(new.numArticles))
    compare("num_mentions", String(old.numMentions), String(new.numMentions))
    compare("num_outlets", String(old.numOutlets), String(new.numOutlets))
    compare("confidence", String(old.confidence), String(new.confidence))
    return changes
  }

  /// Place names; when the names agree but the gazetteer entries differ, with the ids.
  static func locations(_ a: EventLine.Location?, _ b: EventLine.Location?) -> (String, String) {
    guard let a, let b else { return (a?.name ?? none, b?.name ?? none) }
    if a.name == b.name && a.gazetteerID != b.gazetteerID {
      return ("\(a.name) [\(a.gazetteerID ?? none)]", "\(b.name) [\(b.gazetteerID ?? none)]")
    }
    return (a.name, b.name)
  }

  static func actors(_ event: EventLine, _ role: String) -> String {
    list(event.actors(role).map(\.name).sorted())
  }

  static func sources(_ event: EventLine) -> String {
    list(
      event.sources.map {
        "\($0.articleID)[\($0.start.map(String.init) ?? "?"), \($0.end.map(String.init) ?? "?"))"
      }
      .sorted())
  }

  static func list(_ values: [String]) -> String {
    values.isEmpty ? none : values.joined(separator: ", ")
  }
}
