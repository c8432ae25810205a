import Foundation
import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("Bad input is decoded with a diagnostic or skipped with a reason")
struct BadInputTests {
  @Test("Invalid UTF-8 next to valid multi-byte text: U+FFFD and the first bad byte's offset")
  func invalidUTF8() throws {
    let bytes =
      Array("Drone Attack on Kherson’s River Port\n\nWitnesses said ".utf8) + [0xFF]
      + Array("the blast shook windows ".utf8) + [0xC3, 0x28] + Array("across the port.\n".utf8)
    let document = try #require(try readOne(bytes, named: "broken.txt").document)
    #expect(
      document.text
        == "Drone Attack on Kherson’s River Port\n\nWitnesses said \u{FFFD}the blast shook "
        + "windows \u{FFFD}(across the port.\n")
    #expect(
      document.diagnostics == [
        Diagnostic(
          code: .invalidUTF8,
          message: "broken.txt: not valid UTF-8 (first bad byte at offset 55, 2 bad sequence(s)); "
            + "each replaced with U+FFFD",
          path: "broken.txt", byteOffset: 55)
      ])
    #expect(document.headlineText == "Drone Attack on Kherson’s River Port")
  }

  @Test("A Windows-1252 file without any UTF-8 sequence is decoded as Windows-1252")
  func windows1252() throws {
    let bytes =
      Array("Shelling Near Caf".utf8) + [0xE9] + Array(" Hits Market\n\nKyiv".utf8) + [0x92]
      + Array("s mayor said the market was hit twice ".utf8) + [0x96]
      + Array(" once at dawn.\n".utf8)
    let document = try #require(try readOne(bytes, named: "legacy.txt").document)
    #expect(
      document.text
        == "Shelling Near Café Hits Market\n\nKyiv’s mayor said the market was hit twice "
        + "– once at dawn.\n")
    #expect(
      document.diagnostics == [
        Diagnostic(
          code: .invalidUTF8,
          message: "legacy.txt: not valid UTF-8 (first bad byte at offset 17, 3 bad sequence(s)); "
            + "decoded as Windows-1252",
          path: "legacy.txt", byteOffset: 17)
      ])
  }

  @Test("UTF-16 with a byte-order mark is decoded", arguments: [false, true])
  func utf16(bigEndian: Bool) throws {
    let text =
      "Raketenangriff auf Charkiw\n\nZwei Raketen trafen am Montag ein Wohnhaus in Charkiw."
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    let document = try #require(try readOne(bytes, named: "utf16.txt").document)
    #expect(document.text == text)
    #expect(document.headlineText == "Raketenangriff auf Charkiw")
    #expect(document.diagnostics.isEmpty)
  }

  @Test("A NUL byte means binary: skipped")
  func binary() throws {
    let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x14, 0x00] + Array("word/document".utf8)
    let outcome = try readOne(bytes, named: "report.txt")
    #expect(
      outcome.skipped
        == SkippedInput(
          path: "report.txt", code: .binary,
          reason: "binary file (NUL byte at offset 4); not a text article"))
  }

  @Test(
    "Empty and white-space-only files are skipped as empty",
    arguments: [
      ("", "empty file"), ("  \n\t\r\n  \n", "no text: only white space"),
    ])
  func empty(text: String, reason: String) throws {
    let outcome = try readOne(text, named: "blank.txt")
    #expect(outcome.skipped == SkippedInput(path: "blank.txt", code: .empty, reason: reason))
  }

  @Test("A dangling symbolic link is skipped as unreadable")
  func danglingLink() throws {
    let folder = try TemporaryFolder()
    try folder.write("Drones hit the port on Monday, officials said.", to: "story.txt")
    try folder.link("gone.txt", to: folder.path("deleted.txt"))
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.map(\.relativePath) == ["story.txt"])
    #expect(inventory.skipped.map(\.path) == ["gone.txt"])
    #expect(inventory.skipped.map(\.code) == [.unreadable])
  }

  @Test("A file without read permission is skipped as unreadable", .enabled(if: geteuid() != 0))
  func noPermission() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("Drones hit the port on Monday, officials said.", to: "locked.txt")
    #expect(chmod(path, 0o000) == 0)
    defer { chmod(path, 0o644) }
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.isEmpty)
    #expect(
      inventory.skipped
        == [
          SkippedInput(
            path: "locked.txt", code: .unreadable, reason: "cannot read: Permission denied")
        ])
  }

  @Test("A file that disappears between collecting and reading is skipped as unreadable")
  func vanished() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("Drones hit the port on Monday, officials said.", to: "gone.txt")
    let inventory = try InputCollector().collect([folder.path])
    try FileManager.default.removeItem(atPath: path)
    let reader = try makeReader()
    let file = try #require(inventory.files.first)
    let outcomes = reader.sources(of: file).flatMap(reader.read)
    #expect(outcomes.count == 1)
    #expect(outcomes.first?.skipped?.code == .unreadable)
    #expect(outcomes.first?.skipped?.reason == "cannot read: No such file or directory")
  }

  @Test("A FIFO named pipe.txt is not a regular file, and collecting it does not block")
  func fifo() throws {
    let folder = try TemporaryFolder()
    #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
    let expected = SkippedInput(
      path: "pipe.txt", code: .notRegularFile,
      reason: "not a regular file (a device, socket or pipe)")
    let inFolder = try InputCollector().collect([folder.path])
    #expect(inFolder.files.isEmpty)
    #expect(inFolder.skipped == [expected])
    let direct = try InputCollector().collect([folder.path("pipe.txt")])
    #expect(direct.files.isEmpty)
    #expect(direct.skipped == [expected])
  }

  @Test("A link back to an enclosing folder is a symbolic-link loop")
  func linkToAncestor() throws {
    let folder = try TemporaryFolder()
    try folder.write("Drones hit the port on Monday, officials said.", to: "news/story.txt")
    try folder.link("news/again", to: "..")
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.map(\.relativePath) == ["news/story.txt"])
    #expect(
      inventory.skipped == [
        SkippedInput(
          path: "news/again", code: .symlinkLoop,
          reason: "symbolic link loop: leads back to an enclosing folder")
      ])
  }

  @Test("Links that point at each other are a symbolic-link loop")
  func linksInACircle() throws {
    let folder = try TemporaryFolder()
    try folder.write("Drones hit the port on Monday, officials said.", to: "story.txt")
    try folder.link("first.txt", to: "second.txt")
    try folder.link("second.txt", to: "first.txt")
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.map(\.relativePath) == ["story.txt"])
    #expect(inventory.skipped.map(\.path) == ["first.txt", "second.txt"])
    #expect(inventory.skipped.map(\.code) == [.symlinkLoop, .symlinkLoop])
  }

  @Test("A 100 MB file is skipped as too large")
  func tooLarge() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("Drones hit the port.", to: "huge.txt")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    let inventory = try InputCollector().collect([folder.path])
    let file = try #require(inventory.files.first)
    #expect(file.size == 104_857_600)
    let outcomes = try makeReader().read(.file(file))
    #expect(
      outcomes.map(\.skipped) == [
        SkippedInput(
          path: "huge.txt", code: .tooLarge,
          reason: "file is 100.0 MB, above the 32.0 MB article limit (--max-article-mb)")
      ])
  }

  @Test("The size limit is checked before the file is opened")
  func tooLargeIsNotRead() throws {
    let missing = InputFile(
      location: "/nonexistent/salvo/huge.txt", relativePath: "huge.txt", root: "/nonexistent",
      format: .text, size: 100 << 20)
    let outcomes = try makeReader().read(.file(missing))
    #expect(outcomes.map(\.skipped?.code) == [.tooLarge])
  }

  @Test("Unsupported types and hidden files and folders are accounted for")
  func unsupportedAndHidden() throws {
    let folder = try TemporaryFolder()
    try folder.write("Drones hit the port on Monday, officials said.", to: "story.txt")
    try folder.write("%PDF-1.7", to: "scan.PDF")
    try folder.write("notes", to: "README")
    try folder.write("x", to: ".DS_Store")
    try folder.write("[core]", to: ".git/config")
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.map(\.relativePath) == ["story.txt"])
    #expect(
      inventory.skipped == [
        SkippedInput(path: ".DS_Store", code: .hidden, reason: "hidden file or folder"),
        SkippedInput(path: ".git", code: .hidden, reason: "hidden file or folder"),
        SkippedInput(
          path: "README", code: .unsupportedType,
          reason:
            "unsupported file type (no extension); Salvo reads .txt, .md, .html, .json, .jsonl"
        ),
        SkippedInput(
          path: "scan.PDF", code: .unsupportedType,
          reason: "unsupported file type (.pdf); Salvo reads .txt, .md, .html, .json, .jsonl"),
      ])
  }

  @Test("A path that does not exist is an error", arguments: [false, true])
  func noSuchPath(viaBrokenLink: Bool) throws {
    let folder = try TemporaryFolder()
    let path = folder.path("missing")
    if viaBrokenLink { try folder.link("missing", to: folder.path("nowhere")) }
    let error = #expect(throws: IngestError.self) {
      try InputCollector().collect([folder.path, path])
    }
    #expect(error?.code == .noSuchPath)
    #expect(error?.path == path)
    let reason = viaBrokenLink ? "is a broken symbolic link" : "does not exist"
    #expect(error?.message == "no such file or directory (the path \(reason))")
  }
}
