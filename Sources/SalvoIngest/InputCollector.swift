import Foundation
import SalvoModel

/// Walks input paths (files and folders, recursively, following symbolic links) into an
/// `InputInventory`, in an order that does not depend on the file system's listing order.
///
/// Every file met is accounted for: it is either listed to be read or skipped with a
/// reason (unsupported type, hidden, not a regular file, symbolic-link loop, unreadable,
/// a file already listed through another path).
public struct InputCollector: Sendable {
  /// Creates a collector.
  public init() {}

  /// Collects the inputs under `paths`.
  ///
  /// - Parameter paths: files or folders as given on the command line.
  /// - Returns: the files to read and the ones skipped.
  /// - Throws: `IngestError.noSuchPath` when a path does not exist.
  public func collect(_ paths: [String]) throws -> InputInventory {
    var found: [FoundFile] = []
    var skipped: [SkippedInput] = []
    for root in paths {
      var info = stat()
      guard stat(root, &info) == 0 else {
        let reason = lstat(root, &info) == 0 ? "is a broken symbolic link" : "does not exist"
        throw IngestError(.noSuchPath, path: root, "no such file or directory (the path \(reason))")
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        var walk = Walk(root: root)
        walk.visit(directory: root, relative: "", info: info)
        found += walk.found
        skipped += walk.skipped
      } else {
        let name = (root as NSString).lastPathComponent
        classify(
          location: root, relative: name, root: root, info: info, into: &found,
          skipped: &skipped)
      }
    }
    var files: [InputFile] = []
    var seenFiles: [FileIdentity: String] = [:]
    for entry in found {
      if let first = seenFiles[entry.identity] {
        skipped.append(
          SkippedInput(
            path: entry.file.relativePath, code: .duplicatePath,
            reason: "the same file as \(first), reached again through a link or another input"))
        continue
      }
      seenFiles[entry.identity] = entry.file.relativePath
      files.append(entry.file)
    }
    files.sort { ($0.relativePath, $0.root) < ($1.relativePath, $1.root) }
    skipped.sort { ($0.path, $0.reason) < ($1.path, $1.reason) }
    return InputInventory(files: files, skipped: skipped)
  }
}

/// A file's device and inode, so one file reached twice (through a link or two input
/// paths) is read once, and a folder reached again through a link is a loop.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

/// A file listed to be read, with the identity its `stat` gave.
private struct FoundFile {
  var file: InputFile
  var identity: FileIdentity
}

/// A recursive walk of one input folder.
private struct Walk {
  let root: String
  var found: [FoundFile] = []
  var skipped: [SkippedInput] = []
  var ancestors: [FileIdentity] = []

  init(root: String) { self.root = root }

  mutating func visit(directory: String, relative: String, info: stat) {
    let identity = FileIdentity(info)
    if ancestors.contains(identity) {
      skipped.append(
        SkippedInput(
          path: relative, code: .symlinkLoop,
          reason: "symbolic link loop: leads back to an enclosing folder"))
      return
    }
    ancestors.append(identity)
    defer { ancestors.removeLast() }
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      skipped.append(
        SkippedInput(
          path: relative.isEmpty ? "." : relative, code: .unreadable,
          reason: "cannot list folder: \(error.localizedDescription)"))
      return
    }
    for name in entries {
      let location = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      var childInfo = stat()
      guard stat(location, &childInfo) == 0 else {
        if errno == ELOOP {
          skipped.append(
            SkippedInput(
              path: childRelative, code: .symlinkLoop,
              reason: "symbolic link loop: the link resolves to itself"))
          continue
        }
        skipped.append(
          SkippedInput(
            path: childRelative, code: .unreadable,
            reason: "cannot read: \(String(cString: strerror(errno))) (broken symbolic link?)"))
        continue
      }
      if name.hasPrefix(".") {
        skipped.append(
          SkippedInput(path: childRelative, code: .hidden, reason: "hidden file or folder"))
        continue
      }
      if childInfo.st_mode & S_IFMT == S_IFDIR {
        visit(directory: location, relative: childRelative, info: childInfo)
      } else {
        classify(
          location: location, relative: childRelative, root: root, info: childInfo,
          into: &found, skipped: &skipped)
      }
    }
  }
}

/// Lists a file to read, or records why it is skipped.
private func classify(
  location: String, relative: String, root: String, info: stat,
  into found: inout [FoundFile], skipped: inout [SkippedInput]
) {
  guard info.st_mode & S_IFMT == S_IFREG else {
    skipped.append(
      SkippedInput(
        path: relative, code: .notRegularFile,
        reason: "not a regular file (a device, socket or pipe)"))
    return
  }
  let fileExtension = (relative as NSString).pathExtension.lowercased()
  guard let format = ArticleFormat(fileExtension: fileExtension) else {
    let shown = fileExtension.isEmpty ? "no extension" : ".\(fileExtension)"
    skipped.append(
      SkippedInput(
        path: relative, code: .unsupportedType,
        reason: "unsupported file type (\(shown)); Salvo reads .txt, .md, .html, .json, .jsonl"))
    return
  }
  guard access(location, R_OK) == 0 else {
    skipped.append(
      SkippedInput(
        path: relative, code: .unreadable,
        reason: "cannot read: \(String(cString: strerror(errno)))"))
    return
  }
  found.append(
    FoundFile(
      file: InputFile(
        location: location, relativePath: relative, root: root, format: format,
        size: Int(info.st_size)),
      identity: FileIdentity(info)))
}

extension ArticleFormat {
  /// The format for a lower-case file extension, or nil when Salvo does not read it.
  public init?(fileExtension: String) {
    switch fileExtension {
    case "txt", "text": self = .text
    case "md", "markdown": self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonLines
    default: return nil
    }
  }
}
