/// How a count is hedged.
public enum QuantityQualifier: String, Sendable, Hashable, CaseIterable {
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
  case count
  case killed
  case injured
  case casualties
  case killedOrInjured = "killed_or_injured"
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
  public var qualifier: QuantityQualifier
  /// The lemma of the counted noun's head ("ballistic missile", "person"), if known.
  public var unit: String?
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
