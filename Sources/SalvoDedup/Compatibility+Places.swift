import Foundation
import SalvoModel

extension Compatibility {
  /// How far apart (km) a site and a populated place may be and still be "the same place"
  /// when the gazetteer does not link them: a base outside the town it is named after.
  static let nearbyKilometres = 30.0

  /// Places agree when they are the same place (3 for a site or city, 2 for a division, and
  /// for a country or region 2 in aggregates but 1 in incidents, where "Israel" says little
  /// about which attack), or one
  /// encloses the other through the gazetteer's hierarchy ("Eilat ⊂ Israel"; "Conoco gas
  /// field ⊂ Deir ez-Zor ⊂ Syria"): 2 when the outer one is finer than a country, else 1;
  /// a site and a city less than 30 km apart agree with weight 1. Places in different
  /// countries, or two distinct places of one country neither of which encloses the other,
  /// exclude each other. A region, sea or strait has no extent in the gazetteer, so it
  /// excludes only a place of another country.
  func places(
    _ a: Profile.Place?, _ b: Profile.Place?, slot: String, kind: EventKind = .incident,
    explain: Bool = true
  ) -> RuleOutcome {
    guard let a, let b else { return .neutral }
    // Profiles share one object per distinct place (`SharedParts`): the same object is the
    // same id without reading it.
    if a === b || a.id == b.id {
      let weight =
        switch a.precision {
        case .site, .city: 3
        case .admin1: 2
        case .country, .region: kind == .aggregate ? 2 : 1
        }
      return .agree(weight: weight, reason: explain ? "\(slot): same place (\(a.name))" : "")
    }
    if let (inner, outer) = Self.enclosure(a, b) {
      let weight = outer.precision == .country || outer.precision == .region ? 1 : 2
      return .agree(weight: weight, reason: explain ? "\(slot): \(inner.name) ⊂ \(outer.name)" : "")
    }
    if let countryA = a.country, let countryB = b.country, countryA != countryB {
      return .conflict(
        reason: explain ? "\(slot): \(a.name) (\(countryA)) vs \(b.name) (\(countryB))" : "")
    }
    if a.isVague || b.isVague { return .neutral }
    if let distance = Self.kilometres(a, b), distance <= Self.nearbyKilometres,
      a.precision == .site || b.precision == .site
    {
      return .agree(
        weight: 1,
        reason: explain ? "\(slot): \(a.name) near \(b.name) (\(Int(distance.rounded())) km)" : "")
    }
    return .conflict(reason: explain ? "\(slot): \(a.name) vs \(b.name)" : "")
  }

  /// The two places as inner and outer when one encloses the other (`b` enclosing `a`
  /// first), else nil.
  static func enclosure(_ a: Profile.Place, _ b: Profile.Place)
    -> (inner: Profile.Place, outer: Profile.Place)?
  {
    if encloses(b, a) { return (a, b) }
    if encloses(a, b) { return (b, a) }
    return nil
  }

  /// Whether `outer` encloses `inner`: it is among `inner`'s gazetteer ancestors, or it is
  /// `inner`'s country or first-level division.
  static func encloses(_ outer: Profile.Place, _ inner: Profile.Place) -> Bool {
    if inner.ancestors.contains(outer.id) { return true }
    if outer.precision == .country, outer.feature == "country", let country = outer.country {
      return inner.country == country
    }
    if outer.precision == .admin1, outer.feature == "admin1", let admin1 = outer.admin1 {
      return inner.admin1 == admin1
    }
    return false
  }

  /// The great-circle distance between two places with coordinates.
  static func kilometres(_ a: Profile.Place, _ b: Profile.Place) -> Double? {
    guard let latA = a.latitude, let lonA = a.longitude, let latB = b.latitude,
      let lonB = b.longitude
    else { return nil }
    let radians = Double.pi / 180
    let dLat = (latB - latA) * radians
    let dLon = (lonB - lonA) * radians
    let h =
      sin(dLat / 2) * sin(dLat / 2)
      + cos(latA * radians) * cos(latB * radians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371 * asin(min(1, sqrt(h)))
  }
}
