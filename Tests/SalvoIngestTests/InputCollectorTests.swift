import Foundation
import SalvoModel
import Testing

@testable import SalvoIngest

@Suite("Collecting input files")
struct InputCollectorTests {
  static let nested = [
    "b/z.txt", "a/c/d.md", "a.txt", "a/b.json", "c.html", "b/a.jsonl", "a/c/e/f.htm",
    "B.txt", "a-b.txt",
  ]

  @Test("Files created in any order come back sorted by relative path", arguments: [1, 7, 42])
  func sorted(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let folder = try TemporaryFolder()
    for relative in Self.nested.shuffled(using: &generator) {
      try folder.write("Rockets hit the base on Monday.", to: relative)
    }
    let inventory = try InputCollector().collect([folder.path])
    #expect(
      inventory.files.map(\.relativePath) == [
        "B.txt", "a-b.txt", "a.txt", "a/b.json", "a/c/d.md", "a/c/e/f.htm", "b/a.jsonl",
        "b/z.txt", "c.html",
      ])
    #expect(
      inventory.files.map(\.format) == [
        .text, .text, .text, .json, .markdown, .html, .jsonLines, .text, .html,
      ])
    #expect(inventory.files.allSatisfy { $0.root == folder.path })
    #expect(inventory.files.allSatisfy { $0.location == folder.path($0.relativePath) })
    #expect(inventory.skipped.isEmpty)
    #expect(inventory.totalBytes == 31 * Self.nested.count)
  }

  @Test("A file given directly is listed under its name")
  func singleFile() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("Rockets hit the base on Monday.", to: "deep/er/story.md")
    let inventory = try InputCollector().collect([path])
    #expect(
      inventory.files == [
        InputFile(location: path, relativePath: "story.md", root: path, format: .markdown, size: 31)
      ])
  }

  @Test("The same file reached twice through a link is read once")
  func linkedTwice() throws {
    let folder = try TemporaryFolder()
    try folder.write("Rockets hit the base on Monday.", to: "story.txt")
    try folder.link("mirror.txt", to: "story.txt")
    try folder.link("alias", to: folder.path("sub"))
    try folder.write("Shells hit the port on Tuesday.", to: "sub/port.txt")
    let inventory = try InputCollector().collect([folder.path, folder.path("story.txt")])
    #expect(inventory.files.map(\.relativePath) == ["alias/port.txt", "mirror.txt"])
    #expect(
      inventory.skipped.map(\.path) == ["story.txt", "story.txt", "sub/port.txt"])
    #expect(inventory.skipped.allSatisfy { $0.code == .duplicatePath })
  }

  @Test(
    "Each format's extensions are recognized, any case",
    arguments: [
      ("txt", ArticleFormat.text), ("text", .text), ("md", .markdown), ("markdown", .markdown),
      ("html", .html), ("htm", .html), ("xhtml", .html), ("json", .json), ("jsonl", .jsonLines),
      ("ndjson", .jsonLines),
    ])
  func extensions(fileExtension: String, format: ArticleFormat) throws {
    #expect(ArticleFormat(fileExtension: fileExtension) == format)
    let folder = try TemporaryFolder()
    try folder.write("Rockets hit the base.", to: "story." + fileExtension.uppercased())
    let inventory = try InputCollector().collect([folder.path])
    #expect(inventory.files.map(\.format) == [format])
  }
}

@Suite("Content hash")
struct ContentHashTests {
  @Test("sha256: and 64 lower-case hex digits of the text's UTF-8 bytes")
  func shape() {
    let hash = ArticleReader.contentHash("Rockets hit the base on Monday.")
    #expect(hash.hasPrefix("sha256:"))
    let digits = hash.dropFirst("sha256:".count)
    #expect(digits.count == 64)
    #expect(digits.allSatisfy { "0123456789abcdef".contains($0) })
  }

  @Test(
    "Known digests",
    arguments: [
      ("", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ])
  func known(text: String, hash: String) {
    #expect(ArticleReader.contentHash(text) == hash)
  }

  @Test("Equal text gives equal hashes across formats; different text does not")
  func equality() throws {
    let body = "Rockets hit the base on Monday, officials said."
    let plain = try readDocument(body, named: "a.txt")
    let json = try readDocument(#"{"text": "\#(body)", "id": "x"}"#, named: "b.json")
    #expect(plain.contentHash == json.contentHash)
    let other = try readDocument(body + " ", named: "d.txt")
    #expect(other.contentHash != plain.contentHash)
  }
}
