import Foundation
import SalvoGazetteer
import SalvoIO

/// The compiled gazetteer index of a folder, cached on disk and invalidated by the
/// sources' fingerprint, so start-up reads one binary file instead of compiling.
///
/// The index lives in `$SALVO_CACHE`, else `$XDG_CACHE_HOME/salvo`, else
/// `~/.cache/salvo`, named by the fingerprint of the gazetteer files: editing any file
/// (or adding an imported place file) makes the next run compile a fresh index.
public struct GazetteerIndex: Sendable {
  /// The gazetteer folder.
  public let folder: URL
  /// Where compiled indexes are kept.
  public let cacheFolder: URL

  /// Creates an index handle for a gazetteer folder.
  public init(folder: URL, cacheFolder: URL? = nil) {
    self.folder = folder
    self.cacheFolder = cacheFolder ?? Self.defaultCacheFolder()
  }

  /// The cache folder from the environment.
  public static func defaultCacheFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    if let path = environment["SALVO_CACHE"], !path.isEmpty { return URL(fileURLWithPath: path) }
    if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
      return URL(fileURLWithPath: path).appendingPathComponent("salvo")
    }
    let home = environment["HOME"] ?? NSTemporaryDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/salvo")
  }

  /// The index file for sources with fingerprint `hash`.
  public func indexURL(hash: UInt64) -> URL {
    cacheFolder.appendingPathComponent(
      "gazetteer-v\(Gazetteer.indexVersion)-\(String(hash, radix: 16)).index")
  }

  /// The compiled gazetteer: read from the cached index when it matches the sources, else
  /// compiled and cached.
  ///
  /// - Throws: `GazetteerError` for missing or malformed gazetteer files.
  public func load(compiler: GazetteerCompiler) throws -> Gazetteer {
    let hash = try GazetteerData.sourceHash(of: folder)
    let url = indexURL(hash: hash)
    if let bytes = FileManager.default.contents(atPath: url.path),
      let gazetteer = try? Gazetteer(indexBytes: Array(bytes), expectedHash: hash)
    {
      return gazetteer
    }
    let gazetteer = try compiler.compile(folder: folder)
    _ = try? save(gazetteer)
    return gazetteer
  }

  /// Writes a compiled gazetteer's index atomically; returns where.
  @discardableResult
  public func save(_ gazetteer: Gazetteer) throws -> URL {
    try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
    let url = indexURL(hash: gazetteer.sourceHash)
    try AtomicFileWriter.write(gazetteer.indexBytes(), to: url.path)
    return url
  }
}
