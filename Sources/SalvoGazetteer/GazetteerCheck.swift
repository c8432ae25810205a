import SalvoModel

/// A problem `salvo gazetteer check` found, located at `file:line`.
public struct GazetteerFinding: Sendable, CustomStringConvertible {
  /// How bad it is: errors fail the check, warnings are ambiguities to know about.
  public enum Severity: String, Sendable {
    case error, warning
  }

  /// How bad it is.
  public var severity: Severity
  /// `file:line`.
  public var location: String
  /// What is wrong.
  public var message: String

  /// `location: severity: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Validates parsed gazetteer data: duplicate ids, bad coordinates, unknown references,
/// unknown enumerated values (errors) and aliases shared by several entries (warnings:
/// many are legitimate, such as Tripoli in Lebanon and Libya, but each is an ambiguity the
/// resolver must settle).
public struct GazetteerCheck: Sendable {
  /// The place features the compiled index can encode.
  static let features = Set(PlaceFacts.features)
  static let actorTypes: Set<String> = [
    "nonstate_armed", "state_military", "state", "government", "igo", "media", "think_tank",
    "ngo", "coalition",
  ]

  /// Creates a checker.
  public init() {}

  /// Every finding, errors first, in file order.
  public func check(_ data: GazetteerData) -> [GazetteerFinding] {
    var findings: [GazetteerFinding] = []
    func error(_ origin: String, _ message: String) {
      findings.append(GazetteerFinding(severity: .error, location: origin, message: message))
    }
    var firstByID: [String: String] = [:]
    for place in data.places {
      if let first = firstByID[place.id] {
        error(place.origin, "duplicate id \(place.id) (first at \(first))")
      } else {
        firstByID[place.id] = place.origin
      }
      if !Self.features.contains(place.feature) {
        error(place.origin, "feature '\(place.feature)' is not one of \(Self.features.sorted())")
      }
      if let latitude = place.latitude, !(-90...90).contains(latitude) {
        error(place.origin, "latitude \(latitude) is outside -90…90")
      }
      if let longitude = place.longitude, !(-180...180).contains(longitude) {
        error(place.origin, "longitude \(longitude) is outside -180…180")
      }
      if (place.latitude == nil) != (place.longitude == nil) {
        error(place.origin, "latitude and longitude must be given together")
      }
      if let country = place.country, country.count != 2 || country.uppercased() != country {
        error(place.origin, "country '\(country)' is not an ISO 3166-1 alpha-2 code")
      }
    }
    for place in data.places {
      if let parent = place.parent, firstByID[parent] == nil {
        error(place.origin, "parent \(parent) is not a place id")
      }
    }
    for actor in data.actors {
      if let first = firstByID[actor.id] {
        error(actor.origin, "duplicate id \(actor.id) (first at \(first))")
      } else {
        firstByID[actor.id] = actor.origin
      }
      if !Self.actorTypes.contains(actor.type) {
        error(actor.origin, "type '\(actor.type)' is not one of \(Self.actorTypes.sorted())")
      }
    }
    for actor in data.actors {
      for reference in actor.memberOf + actor.sponsors where firstByID[reference] == nil {
        error(actor.origin, "\(reference) (member_of or sponsor) is not an actor id")
      }
    }
    findings += sharedAliases(data)
    return findings.sorted { ($0.severity == .error ? 0 : 1) < ($1.severity == .error ? 0 : 1) }
  }

  /// Aliases (case- and accent-insensitively equal) of several actors, or of several places
  /// in the same country, which context cannot tell apart.
  private func sharedAliases(_ data: GazetteerData) -> [GazetteerFinding] {
    var owners: [String: [(id: String, origin: String)]] = [:]
    for actor in data.actors {
      for alias in Set(([actor.name] + actor.aliases).map(Self.key)) {
        owners["actor|" + alias, default: []].append((actor.id, actor.origin))
      }
    }
    for place in data.places {
      for alias in Set(([place.name] + place.aliases).map(Self.key)) {
        owners["place|\(place.country ?? "")|" + alias, default: []].append(
          (place.id, place.origin))
      }
    }
    return owners.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { key, entries in
      let alias = key.split(separator: "|").last.map(String.init) ?? key
      return GazetteerFinding(
        severity: .warning, location: entries[0].origin,
        message: "alias '\(alias)' is shared by \(entries.map(\.id).joined(separator: ", ")) "
          + "(also at \(entries.dropFirst().map(\.origin).joined(separator: ", ")))")
    }
  }

  private static func key(_ alias: String) -> String {
    alias.hasPrefix("=") ? String(alias.dropFirst()) : alias.lowercased()
  }
}
