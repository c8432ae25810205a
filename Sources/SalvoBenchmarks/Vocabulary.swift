import Foundation
import SalvoModel

/// The names and sentence shapes the synthetic corpus is built from: templates bundled
/// with `salvo-bench`, names read from the gazetteers.
struct Vocabulary {
  var templates: [String: [String]] = [:]
  var furniture: [String: [String]] = [:]
  var attackers: [String] = []
  var targets: [String] = []
  var outlets: [String] = []
  var places: [(name: String, country: String)] = []
  var weapons: [String] = []

  init(gazetteers: URL) throws {
    for row in try Self.bundled("templates.tsv").rows {
      if let kind = row["kind"], let template = row["template"] {
        templates[kind, default: []].append(template)
      }
    }
    for row in try Self.bundled("furniture.tsv").rows {
      if let position = row["position"], let text = row["text"] {
        furniture[position, default: []].append(text)
      }
    }
    for row in try Self.file(gazetteers, "actors.tsv").rows {
      guard let full = row["name"], let type = row["type"], !full.contains("(generic)") else {
        continue
      }
      // "Internal Security Forces (Lebanon)" reads as "Internal Security Forces" in prose.
      let name =
        full.split(separator: "(").first.map {
          $0.trimmingCharacters(in: .whitespaces)
        } ?? full
      switch type {
      case "nonstate_armed": attackers.append(name)
      case "state_military":
        attackers.append(name)
        targets.append(name)
      case "media": outlets.append(name)
      default: break
      }
    }
    targets += [
      "a U.S. base", "an army post", "a military airport", "an oil facility",
      "a weapons depot", "a border crossing", "a naval vessel", "a residential area",
    ]
    var countries: [String: String] = [:]
    for row in try Self.file(gazetteers, "places/countries.tsv").rows {
      if let code = row["country"], let name = row["name"] { countries[code] = name }
    }
    let region: Set<String> = ["IL", "PS", "LB", "SY", "IQ", "IR", "YE", "JO", "SA", "AE"]
    for name in ["cities.tsv", "curated.tsv"] {
      for row in try Self.file(gazetteers, "places/" + name).rows {
        guard let place = row["name"], let code = row["country"], region.contains(code),
          let country = countries[code]
        else { continue }
        let population = Int(row["population"] ?? "") ?? 0
        if name == "curated.tsv" || population >= 50_000 { places.append((place, country)) }
      }
    }
    let projectiles: Set<String> = ["air", "missile", "artillery"]
    for row in try Self.file(gazetteers, "weapons.tsv").rows
    where projectiles.contains(row["family"] ?? "") {
      for alias in row.list("aliases")
      where alias.hasSuffix("s") && alias == alias.lowercased()
        && alias.split(separator: " ").count <= 3 && alias.allSatisfy({ $0.isLetter || $0 == " " })
        && !["plane", "jet", "bomber", "aircraft", "attack", "strike", "raid"].contains(where: {
          alias.contains($0)
        })
      {
        weapons.append(alias)
      }
    }
    guard !attackers.isEmpty, !places.isEmpty, !weapons.isEmpty, !outlets.isEmpty else {
      throw VocabularyError(message: "the gazetteers lack actors, places, weapons or outlets")
    }
  }

  private static func bundled(_ name: String) throws -> LexiconFile {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil) else {
      throw VocabularyError(message: "missing bundled resource \(name)")
    }
    return try LexiconFile(text: String(contentsOf: url, encoding: .utf8), name: name)
  }

  private static func file(_ folder: URL, _ name: String) throws -> LexiconFile {
    let url = folder.appendingPathComponent(name)
    return try LexiconFile(text: String(contentsOf: url, encoding: .utf8), name: name)
  }
}

struct VocabularyError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
