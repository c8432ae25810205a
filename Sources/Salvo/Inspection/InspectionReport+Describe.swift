import Foundation
import SalvoModel

/// One-line descriptions of resolved values, as `salvo inspect` lists them.
extension InspectionReport {
  /// What a mention resolved to.
  static func describe(_ value: MentionValue) -> String {
    switch value {
    case .place(let place): return describe(place)
    case .actor(let actor): return describe(actor)
    case .demonym(let country): return country.map { "country \($0)" } ?? "no country (ethnic)"
    case .weapon(let weapon):
      var parts = [weapon.weaponClass, "family \(weapon.family)"]
      if let subType = weapon.acledSubEventType { parts.append("ACLED \(subType)") }
      return parts.joined(separator: " · ")
    case .quantity(let quantity): return describe(quantity)
    case .date(let time): return describe(time)
    }
  }

  /// `geonames:295277 · Eilat · IL/IL-D · city`.
  static func describe(_ place: PlaceReference) -> String {
    let country = [place.country, place.admin1].compactMap { $0 }.joined(separator: "/")
    return [place.gazetteerID, place.name, country.isEmpty ? "no country" : country, place.feature]
      .joined(separator: " · ")
  }

  /// `actor:houthis · Houthis · nonstate_armed · YE · sponsor state:IR`.
  static func describe(_ actor: ActorReference) -> String {
    var parts = [actor.gazetteerID, actor.name, actor.type, actor.country ?? "no country"]
    if let sponsor = actor.sponsor { parts.append("sponsor \(sponsor)") }
    return parts.joined(separator: " · ")
  }

  /// `40 · approx · unit attack · role count`, with the bounds when they differ from the
  /// value.
  static func describe(_ quantity: Quantity) -> String {
    var parts = [quantity.value.map(number) ?? "no value", quantity.qualifier.rawValue]
    if let low = quantity.low, low != quantity.value { parts.append("low \(number(low))") }
    if let high = quantity.high, high != quantity.value { parts.append("high \(number(high))") }
    if let unit = quantity.unit { parts.append("unit \(unit)") }
    parts.append("role \(quantity.role.rawValue)")
    return parts.joined(separator: " · ")
  }

  /// `2024-07-19 · day`, `2024-07-01 … 2024-07-31 · month · year inferred`.
  static func describe(_ time: TimeExpression) -> String {
    let span: String
    switch (time.start, time.end) {
    case (nil, nil): span = "unresolved"
    case (let start?, let end?): span = start == end ? "\(start)" : "\(start) … \(end)"
    case (let start?, nil): span = "from \(start)"
    case (nil, let end?): span = "until \(end)"
    }
    var parts = [span, time.precision.rawValue]
    if time.yearInferred { parts.append("year inferred") }
    return parts.joined(separator: " · ")
  }

  /// A number without a fractional part when it has none: `180`, `2.5`.
  static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// A confidence with two decimals.
  static func confidence(_ value: Double) -> String { String(format: "%.2f", value) }

  /// The text a range covers, clamped to the text: a report never traps on a bad range.
  static func slice(_ text: String, _ range: TextRange) -> String {
    let bytes = text.utf8
    let end = min(range.utf8End, bytes.count)
    let start = min(range.utf8Start, end)
    let from = bytes.index(bytes.startIndex, offsetBy: start)
    let to = bytes.index(from, offsetBy: end - start)
    return String(decoding: bytes[from..<to], as: UTF8.self)
  }
}
