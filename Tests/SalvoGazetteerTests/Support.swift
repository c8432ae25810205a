import Foundation
import Salvo
import SalvoModel
import SalvoTestSupport

/// A pipeline over the repository's gazetteers, loaded once.
let pipeline: Pipeline = {
  do {
    return Pipeline(
      resources: try Resources(gazetteers: gazetteersFolder))
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
  let blocks = lineBlocks(text)
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
