import SalvoIO

/// What changed between two runs' canonical events (`salvo diff OLD NEW`): events added,
/// removed and changed (with their field-level changes), after aligning them with
/// `EventAlignment`; with `--mentions`, also each article's mention differences.
public struct EventDiff: Sendable {
  /// An old event and its new counterpart, and how they differ.
  public struct Change: Sendable, Equatable {
    /// The old event.
    public var old: EventLine
    /// The new event.
    public var new: EventLine
    /// How they were paired.
    public var basis: EventAlignment.Basis
    /// The differing fields.
    public var fields: [FieldChange]

    /// Whether the event got a new id.
    public var isReidentified: Bool { old.id != new.id }
  }

  /// The old run's files, as given.
  public var old: RunFiles
  /// The new run's files.
  public var new: RunFiles
  /// The number of events in each run.
  public var oldCount: Int
  /// The number of events in the new run.
  public var newCount: Int
  /// Events only in the new run, in its order.
  public var added: [EventLine]
  /// Events only in the old run, in its order.
  public var removed: [EventLine]
  /// Paired events that differ, in old-run order.
  public var changed: [Change]
  /// Paired events that are equal in every compared field.
  public var unchanged: Int
  /// Per-article mention differences, when asked for.
  public var mentions: [MentionDiff]?

  /// Whether the runs agree (events, and mentions when compared).
  public var isSame: Bool {
    added.isEmpty && removed.isEmpty && changed.isEmpty && (mentions ?? []).isEmpty
  }

  /// Compares two runs.
  ///
  /// - Parameters:
  ///   - old: a run folder or `events.jsonl` file.
  ///   - new: a run folder or `events.jsonl` file.
  ///   - mentions: also compare the runs' `mentions.jsonl` article by article (both must be
  ///     run folders with one).
  /// - Throws: `DiffError` naming the file (and line) that is missing or malformed.
  public static func compare(old: String, new: String, mentions: Bool = false) throws(DiffError)
    -> EventDiff
  {
    let oldFiles = try RunFiles.resolve(old)
    let newFiles = try RunFiles.resolve(new)
    let oldEvents: [EventLine]
    let newEvents: [EventLine]
    do {
      oldEvents = try EventLine.read(path: oldFiles.events)
      newEvents = try EventLine.read(path: newFiles.events)
    } catch {
      throw DiffError(error)
    }
    var diff = EventDiff(old: oldFiles, new: newFiles, oldEvents: oldEvents, newEvents: newEvents)
    if mentions {
      guard let oldMentions = oldFiles.mentions, let newMentions = newFiles.mentions else {
        let side = oldFiles.mentions == nil ? oldFiles.path : newFiles.path
        throw DiffError("\(side): --mentions needs run folders with a mentions.jsonl")
      }
      do {
        diff.mentions = MentionDiff.compare(
          old: try ArticleMentions.read(path: oldMentions),
          new: try ArticleMentions.read(path: newMentions))
      } catch {
        throw DiffError(error)
      }
    }
    return diff
  }

  /// Compares two lists of events.
  public init(old: RunFiles, new: RunFiles, oldEvents: [EventLine], newEvents: [EventLine]) {
    self.old = old
    self.new = new
    oldCount = oldEvents.count
    newCount = newEvents.count
    let alignment = EventAlignment(old: oldEvents, new: newEvents)
    added = alignment.added.map { newEvents[$0] }
    removed = alignment.removed.map { oldEvents[$0] }
    changed = []
    unchanged = 0
    for pair in alignment.pairs {
      let fields = FieldChange.between(oldEvents[pair.old], newEvents[pair.new])
      if fields.isEmpty {
        unchanged += 1
      } else {
        changed.append(
          Change(
            old: oldEvents[pair.old], new: newEvents[pair.new], basis: pair.basis, fields: fields))
      }
    }
  }
}
