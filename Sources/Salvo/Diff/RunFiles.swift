import Foundation

/// The files of one side of a diff: a run folder's `events.jsonl` (and its
/// `mentions.jsonl`), or an `events.jsonl` file given directly.
public struct RunFiles: Sendable, Equatable {
  /// The path as given.
  public var path: String
  /// The canonical events.
  public var events: String
  /// The article records, when the path is a run folder.
  public var mentions: String?

  /// Creates the files of a run.
  public init(path: String, events: String, mentions: String?) {
    self.path = path
    self.events = events
    self.mentions = mentions
  }

  /// Resolves a run folder or an events file.
  ///
  /// - Throws: `DiffError` when nothing is there, or a folder has no `events.jsonl`.
  public static func resolve(_ path: String) throws(DiffError) -> RunFiles {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw DiffError("\(path): no such file or folder")
    }
    guard isFolder.boolValue else { return RunFiles(path: path, events: path, mentions: nil) }
    let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
    let events = folder + "/events.jsonl"
    guard FileManager.default.fileExists(atPath: events) else {
      throw DiffError("\(path): not a run folder (no events.jsonl)")
    }
    let mentions = folder + "/mentions.jsonl"
    return RunFiles(
      path: path, events: events,
      mentions: FileManager.default.fileExists(atPath: mentions) ? mentions : nil)
  }
}
