import Foundation
import SalvoModel
import SalvoText

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The text configuration from the repository's `Gazetteers/text`.
let textConfiguration: TextConfiguration = {
  do {
    return try TextConfiguration.load(
      from: repositoryRoot.appendingPathComponent("Gazetteers/text"))
  } catch {
    fatalError("cannot load Gazetteers/text: \(error)")
  }
}()

/// Analyzes `text` as one block per non-empty line.
func analyze(_ text: String, segmentation: WordSegmentation = .hybrid) throws -> TextLayer {
  let analyzer = try TextAnalyzer(configuration: textConfiguration, segmentation: segmentation)
  return try analyzer.analyze(text: text, blocks: lineBlocks(text), headline: nil)
}

/// The non-empty lines of `text` as ranges.
func lineBlocks(_ text: String) -> [TextRange] {
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

/// The sentences of `text` as strings.
func sentences(_ text: String) throws -> [String] {
  try analyze(text).sentences.map { String(text.slice($0.range)) }
}

/// The tokens of `text` as strings.
func tokens(_ text: String) throws -> [String] {
  try analyze(text).tokens.map { String(text.slice($0.range)) }
}
