/// How a count is hedged.
public enum QuantityQualifier: String, Sendable, Hashable, CaseIterable {
  /// No hedge: "40 drones".
  case exact
  /// "about", "around", "some", "nearly".
  case approx
  /// "more than", "over".
  case moreThan = "more_than"
  /// "at least".
  case atLeast = "at_least"
  /// "fewer than", "less than".
  case lessThan = "less_than"
  /// "up to", "as many as".
  case upTo = "up_to"
  /// "between 10 and 20", "10-20".
  case range
  /// "dozens", "several": no value.
  case vague
}

/// What a count counts, decided by the word that governs it.
public enum QuantityRole: String, Sendable, Hashable, CaseIterable {
  /// Something an event reports: attacks, weapons, targets ("40 drones").
  case count
  /// People killed.
  case killed
  /// People injured.
  case injured
  /// Casualties, killed and injured not told apart.
  case casualties
  /// "killed or injured", "dead or wounded".
  case killedOrInjured = "killed_or_injured"
  /// Anything else counted.
  case other
}

/// A count with its hedge and its noun: "about 40 attacks", "more than 85 targets".
public struct Quantity: Sendable, Hashable {
  /// The number, or nil for vague amounts.
  public var value: Double?
  /// The lower bound ("more than 85" → 85; a range's low end; a vague amount's convention).
  public var low: Double?
  /// The upper bound ("up to 40" → 40; a range's high end).
  public var high: Double?
  /// How the number is hedged.
  public var qualifier: QuantityQualifier
  /// The lemma of the counted noun's head ("ballistic missile", "person"), if known.
  public var unit: String?
  /// What the count counts.
  public var role: QuantityRole

  /// Creates a quantity.
  public init(
    value: Double?, low: Double? = nil, high: Double? = nil, qualifier: QuantityQualifier,
    unit: String? = nil, role: QuantityRole = .count
  ) {
    self.value = value
    self.low = low
    self.high = high
    self.qualifier = qualifier
    self.unit = unit
    self.role = role
  }
}
