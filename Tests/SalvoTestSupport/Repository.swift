import Foundation
import SalvoModel
import SalvoText

/// The repository root, found from this file's path.
public let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The repository's `Gazetteers/` folder.
public let gazetteersFolder = repositoryRoot.appendingPathComponent("Gazetteers")

/// The repository's `Corpus/` folder.
public let corpusFolder = repositoryRoot.appendingPathComponent("Corpus").path

/// The text configuration from the repository's `Gazetteers/text`, loaded once.
public let textConfiguration: TextConfiguration = {
  do {
    return try TextConfiguration.load(from: gazetteersFolder.appendingPathComponent("text"))
  } catch {
    fatalError("cannot load Gazetteers/text: \(error)")
  }
}()

/// The non-empty lines of `text` as ranges: the blocks of a test document.
public func lineBlocks(_ text: String) -> [TextRange] {
  var blocks: [TextRange] = []
  var start = 0
  var offset = 0
  for byte in text.utf8 {
    if byte == 0x0A {
      if offset > start { blocks.append(TextRange(utf8Start: start, utf8End: offset)) }
      start = offset + 1
    }
    offset += 1
  }
  if offset > start { blocks.append(TextRange(utf8Start: start, utf8End: offset)) }
  return blocks
}
