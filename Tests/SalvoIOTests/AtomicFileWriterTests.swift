import Foundation
import SalvoIO
import Testing

@Suite("Atomic file writing")
struct AtomicFileWriterTests {
  func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "salvo-io-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func commitReplacesTheFileAndLeavesNoTemporary() throws {
    let folder = try temporaryFolder()
    let path = folder + "/events.jsonl"
    try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
    let writer = try AtomicFileWriter(path: path)
    try writer.write("new line 1\n")
    // Until commit, readers still see the old file.
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    try writer.write(Array(repeating: UInt8(ascii: "x"), count: 100_000))
    try writer.commit()
    let contents = try String(contentsOfFile: path, encoding: .utf8)
    #expect(contents.hasPrefix("new line 1\nxxx") && contents.utf8.count == 11 + 100_000)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["events.jsonl"])
  }

  @Test func abandonedWriterLeavesTheOldFileAndCleansUp() throws {
    let folder = try temporaryFolder()
    let path = folder + "/mentions.jsonl"
    try "kept\n".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      let writer = try AtomicFileWriter(path: path)
      try writer.write("partial")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["mentions.jsonl"])
  }

  @Test func unwritableFolderIsAClearError() {
    #expect(throws: OutputError.self) {
      _ = try AtomicFileWriter(path: "/nonexistent-salvo-folder/out.jsonl")
    }
  }
}
