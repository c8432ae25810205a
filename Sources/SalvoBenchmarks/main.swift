import Foundation
import SalvoModel
import SalvoText

let config = try TextConfiguration.load(from: URL(fileURLWithPath: "Gazetteers/text"))
let analyzer = try TextAnalyzer(configuration: config)
var text = ""
let files = try FileManager.default.contentsOfDirectory(atPath: "Corpus").sorted()
var unit = ""
for f in files { unit += try String(contentsOfFile: "Corpus/" + f, encoding: .utf8) + "\n\n" }
while text.utf8.count < 20_000_000 { text += unit }
// blocks = lines
var blocks: [TextRange] = []
var start = 0
var i = 0
for b in text.utf8 {
  if b == 10 {
    if i > start { blocks.append(TextRange(utf8Start: start, utf8End: i)) }
    start = i + 1
  }
  i += 1
}
let t0 = Date()
let layer = try analyzer.analyze(text: text, blocks: blocks, headline: nil)
let dt = Date().timeIntervalSince(t0)
print("tokens", layer.tokens.count, "sentences", layer.sentences.count, "terms", layer.terms.count)
print(String(format: "%.1f MB/s", Double(text.utf8.count) / 1e6 / dt))
let icuAnalyzer = try TextAnalyzer(configuration: config, segmentation: .icuOnly)
let t9 = Date()
let layer2 = try icuAnalyzer.analyze(text: text, blocks: blocks, headline: nil)
print(
  String(format: "icuOnly %.1f MB/s", Double(text.utf8.count) / 1e6 / Date().timeIntervalSince(t9)))
print(
  "same tokens:",
  layer.tokens.map { [$0.utf8Start, $0.utf8End] }
    == layer2.tokens.map { [$0.utf8Start, $0.utf8End] }, "same sentences:",
  layer.sentences.map(\.range) == layer2.sentences.map(\.range))
// word-only
let w = try ICUBreakIterator(.word)
var n = 0
let t1 = Date()
var copy = text
copy.withUTF8 { b in try? w.forEachBoundary(in: b) { _, _ in n += 1 } }
print(
  String(
    format: "ICU words only %.1f MB/s", Double(text.utf8.count) / 1e6 / Date().timeIntervalSince(t1)
  ))
let s = try ICUBreakIterator(.sentence)
let t2 = Date()
copy.withUTF8 { b in try? s.forEachBoundary(in: b) { _, _ in n += 1 } }
print(
  String(
    format: "ICU sentences only %.1f MB/s",
    Double(text.utf8.count) / 1e6 / Date().timeIntervalSince(t2)))
