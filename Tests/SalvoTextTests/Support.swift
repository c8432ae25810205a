import Foundation
import SalvoModel
import SalvoTestSupport
import SalvoText

/// Analyzes `text` as one block per non-empty line.
func analyze(_ text: String, segmentation: WordSegmentation = .hybrid) throws -> TextLayer {
  let analyzer = try TextAnalyzer(configuration: textConfiguration, segmentation: segmentation)
  return try analyzer.analyze(text: text, blocks: lineBlocks(text), headline: nil)
}

/// The sentences of `text` as strings.
func sentences(_ text: String) throws -> [String] {
  try analyze(text).sentences.map { String(text.slice($0.range)) }
}

/// The tokens of `text` as strings.
func tokens(_ text: String) throws -> [String] {
  try analyze(text).tokens.map { String(text.slice($0.range)) }
}
