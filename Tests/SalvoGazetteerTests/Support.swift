import Foundation
import Salvo
import SalvoModel

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A pipeline over the repository's gazetteers, loaded once.
let pipeline: Pipeline = {
  do {
    return Pipeline(
      resources: try Resources(gazetteers: repositoryRoot.appendingPathComponent("Gazetteers")))
  } catch {
    fatalError("cannot load Gazetteers: \(error)")
  }
}()

/// A mention as the tests compare it.
struct Found: Equatable, CustomStringConvertible {
  var surface: String
  var kind: MentionKind
  /// The place's or actor's country, the demonym's country, or the weapon's class.
  var detail: String?
  /// The gazetteer id of a place or actor.
  var id: String?

  var description: String { "\(surface)/\(kind.rawValue)/\(detail ?? "-")/\(id ?? "-")" }
}

/// The gazetteer mentions of `text` (one block per line; the first line is the headline
/// when `headline` is set).
func found(_ text: String, headline: Bool = false) throws -> [Found] {
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
  let document = Document(
    id: "test", path: "test.txt", format: .text, text: text,
    headline: headline ? blocks.first : nil, blocks: blocks, contentHash: "")
  return try pipeline.analyze(document).mentions.compactMap { mention in
    let surface = String(text.slice(mention.range))
    switch mention.value {
    case .place(let place):
      return Found(surface: surface, kind: .place, detail: place.country, id: place.gazetteerID)
    case .actor(let actor):
      return Found(surface: surface, kind: .actor, detail: actor.country, id: actor.gazetteerID)
    case .demonym(let country):
      return Found(surface: surface, kind: .demonym, detail: country, id: nil)
    case .weapon(let weapon):
      return Found(surface: surface, kind: .weapon, detail: weapon.weaponClass, id: nil)
    case .quantity, .date:
      return nil
    }
  }
}
