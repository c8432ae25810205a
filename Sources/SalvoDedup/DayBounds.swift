/// The dates of a group of reports in two numbers, to tell two groups apart without comparing
/// their members: the latest first day and the earliest last day of its dated members.
///
/// When one group's latest first day falls more than `DayInterval.largestSlack` days after
/// the other's earliest last day, the two members that hold those days have disjoint dates:
/// the groups cannot merge (`Compatibility` vetoes disjoint dates).
struct DayBounds: Sendable {
  /// The latest first day of a dated member; `Int.min` when none is dated.
  private(set) var latestStart = Int.min
  /// The earliest last day of a dated member; `Int.max` when none is dated (or every span
  /// is open-ended).
  private(set) var earliestEnd = Int.max

  /// The bounds of one report.
  init(_ days: DayInterval?) {
    guard let days else { return }
    latestStart = days.start
    earliestEnd = days.end
  }

  /// Adds another group's members.
  mutating func formUnion(_ other: DayBounds) {
    latestStart = max(latestStart, other.latestStart)
    earliestEnd = min(earliestEnd, other.earliestEnd)
  }

  /// Whether some member of this group and some member of `other` have disjoint dates.
  func excludes(_ other: DayBounds) -> Bool {
    Self.after(other.latestStart, earliestEnd) || Self.after(latestStart, other.earliestEnd)
  }

  /// Whether a span starting on `start` begins after one ending on `end`, whatever the
  /// slack of either.
  private static func after(_ start: Int, _ end: Int) -> Bool {
    start != .min && end != .max && start - DayInterval.largestSlack > end
  }
}
