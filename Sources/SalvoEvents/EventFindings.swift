import SalvoModel

/// What the events stage found in one article: its event mentions and the statements it
/// rejected as non-events.
public struct EventFindings: Sendable {
  /// Event mentions in text order (of their triggers).
  public var events: [Event]
  /// Trigger statements that are not events, with why.
  public var rejected: [RejectedStatement]

  /// Creates findings.
  public init(events: [Event] = [], rejected: [RejectedStatement] = []) {
    self.events = events
    self.rejected = rejected
  }
}
