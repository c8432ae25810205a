import SalvoModel

extension Compatibility {
  /// Actors of one role agree when every named actor of one side can be the same party as
  /// every named actor of the other (so a merged event that names Kataib Hezbollah still
  /// excludes Hezbollah), and some pair of actors can be: the same id (2);
  /// one a member of the other (2); a state and its government or forces, or two readings of
  /// one state (2); an armed group and its sponsor state (1); a generic group ("Syrian
  /// militia", "Iraqi groups") and a named armed group or another generic one, unless their
  /// sponsors are known and differ (1). Named groups that are not linked, states of
  /// different countries, or a state and an armed group it does not sponsor exclude each
  /// other.
  func actors(
    _ a: [Profile.Actor], _ b: [Profile.Actor], role: String, explain: Bool = true
  ) -> RuleOutcome {
    guard !a.isEmpty, !b.isEmpty else { return .neutral }
    var best: (weight: Int, reason: String)?
    var namedConflict = false
    for left in a {
      for right in b {
        guard let found = Self.pair(left, right, explain: explain) else {
          if !left.isGeneric && !right.isGeneric { namedConflict = true }
          continue
        }
        if best == nil || found.weight > best?.weight ?? 0 { best = found }
      }
    }
    guard let best, !namedConflict else {
      guard explain else { return .conflict(reason: "") }
      let names = { (actors: [Profile.Actor]) in actors.map(\.name).joined(separator: ", ") }
      return .conflict(reason: "\(role): \(names(a)) vs \(names(b))")
    }
    return .agree(weight: best.weight, reason: explain ? "\(role): \(best.reason)" : "")
  }

  /// Whether two actors can be the same party, with the weight and reason.
  static func pair(_ x: Profile.Actor, _ y: Profile.Actor, explain: Bool = true)
    -> (weight: Int, reason: String)?
  {
    func why(_ text: @autoclosure () -> String) -> String { explain ? text() : "" }
    // Two mentions of one generic id ("militia") may still be different parties: they are
    // compared by country and sponsor below.
    // Profiles share one object per distinct actor (`SharedParts`).
    if (x === y || x.id == y.id) && !x.isGeneric { return (2, why("same (\(x.name))")) }
    if x.organizations.contains(y.id) { return (2, why("\(x.name) is part of \(y.name)")) }
    if y.organizations.contains(x.id) { return (2, why("\(y.name) is part of \(x.name)")) }
    switch (x.actorClass, y.actorClass) {
    case (.state, .state):
      guard let countryX = x.country, let countryY = y.country else {
        return x.isGeneric || y.isGeneric
          ? (1, why("\(x.name) ~ \(y.name) (unspecified state)")) : nil
      }
      return countryX == countryY ? (2, why("\(x.name) ~ \(y.name) (same state)")) : nil
    case (.state, .armedGroup), (.armedGroup, .state):
      let (state, group) = x.actorClass == .state ? (x, y) : (y, x)
      guard let country = state.country, group.sponsors.contains("state:" + country) else {
        return nil
      }
      return (1, why("\(group.name) backed by \(state.name)"))
    case (.armedGroup, .armedGroup):
      if x.sponsors.contains(y.id) || y.sponsors.contains(x.id) {
        return (1, why("\(x.name) ~ \(y.name) (sponsor)"))
      }
      guard x.isGeneric || y.isGeneric else { return nil }
      if !x.sponsors.isEmpty, !y.sponsors.isEmpty, Set(x.sponsors).isDisjoint(with: y.sponsors) {
        return nil
      }
      return (1, why("\(x.name) ~ \(y.name) (generic)"))
    default:
      return nil
    }
  }
}
