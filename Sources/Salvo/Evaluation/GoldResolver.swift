import Foundation
import SalvoModel

/// Resolves gold strings ("Iran-backed Iraqi militias", "western Iraq", "pager explosives")
/// with Salvo's own gazetteer, so gold and run can be compared by id rather than wording.
///
/// A gold string is analyzed as a one-line document by the pipeline; what its matcher
/// finds is what the string means. Words in parentheses are a gloss ("Hassan Nasrallah
/// (Hezbollah)", "Iran-backed militias (generic)"): they are read only when the words
/// outside them resolve to nothing. Without a pipeline nothing resolves, and the scorer
/// falls back to comparing surfaces.
public struct GoldResolver: Sendable {
  /// An actor as compared: its id, type, country and sponsors, and whether it stands for a
  /// class of unnamed groups (`generic:militia`, `actor:iran-backed-militias`).
  struct ActorKey: Sendable, Equatable {
    var id: String
    var type: String
    var country: String?
    var sponsors: Set<String>
    var isGeneric: Bool
  }

  private let pipeline: Pipeline?
  private let sponsorsByID: [String: [String]]
  private let genericIDs: Set<String>
  private let demonyms: [String: String]

  /// Creates a resolver over a pipeline's gazetteer, or one that resolves nothing.
  ///
  /// - Parameter pipeline: the pipeline whose matcher reads gold strings; nil to compare
  ///   surfaces only.
  public init(pipeline: Pipeline? = nil) {
    self.pipeline = pipeline
    var sponsors: [String: [String]] = [:]
    var generic = Set<String>()
    let gazetteer = pipeline?.resources.gazetteer
    for actor in gazetteer?.actors ?? [] {
      if !actor.sponsors.isEmpty { sponsors[actor.id] = actor.sponsors }
      if actor.isGeneric { generic.insert(actor.id) }
    }
    sponsorsByID = sponsors
    genericIDs = generic
    var demonyms: [String: String] = [:]
    for demonym in gazetteer?.demonyms ?? [] {
      if let country = demonym.country { demonyms[demonym.surface.lowercased()] = country }
    }
    self.demonyms = demonyms
  }

  /// The sponsors the gazetteer records for an actor id.
  func sponsors(of id: String) -> [String] { sponsorsByID[id] ?? [] }

  /// Whether an actor id stands for a class of unnamed groups.
  func isGeneric(_ id: String) -> Bool { id.hasPrefix("generic:") || genericIDs.contains(id) }

  /// The actors a gold string names: the actor mentions the matcher finds in it; when it
  /// finds none, the states (`state:XX`) of the countries and demonyms it names. A generic
  /// actor without a country takes the country of a demonym in the string ("Iran-backed
  /// Iraqi militias" → IQ).
  func actors(_ text: String) -> [ActorKey] {
    let home = GoldResolver.splitGloss(text).outside.split(whereSeparator: \.isWhitespace)
      .compactMap { demonyms[$0.lowercased()] }
    return resolve(text) { mentions in
      let actors = mentions.compactMap { mention -> ActorKey? in
        guard case .actor(let actor) = mention.value else { return nil }
        let sponsors = Set([actor.sponsor].compactMap { $0 } + sponsors(of: actor.gazetteerID))
        let generic = isGeneric(actor.gazetteerID)
        let country =
          actor.country
          ?? (generic ? home.first { !sponsors.contains("state:" + $0) } : nil)
        return ActorKey(
          id: actor.gazetteerID, type: actor.type, country: country, sponsors: sponsors,
          isGeneric: generic)
      }
      guard actors.isEmpty else { return actors }
      return mentions.compactMap { mention -> ActorKey? in
        switch mention.value {
        case .place(let place) where place.feature == "country":
          return place.country.map(Self.state)
        case .demonym(let country):
          return country.map(Self.state)
        default:
          return nil
        }
      }
    }
  }

  /// The places a gold string names.
  func places(_ text: String) -> [PlaceReference] {
    resolve(text) { mentions in
      mentions.compactMap { mention in
        guard case .place(let place) = mention.value else { return nil }
        return place
      }
    }
  }

  /// The weapon classes a gold string names.
  func weaponClasses(_ text: String) -> [String] {
    resolve(text) { mentions in
      mentions.compactMap { mention in
        guard case .weapon(let weapon) = mention.value else { return nil }
        return weapon.weaponClass
      }
    }
  }

  /// The state actor of a country.
  static func state(_ country: String) -> ActorKey {
    ActorKey(
      id: "state:" + country, type: "state", country: country, sponsors: [], isGeneric: false)
  }

  /// Applies `pick` to the mentions of the words outside parentheses, then, when that gives
  /// nothing, to those of the words inside them.
  private func resolve<T>(_ text: String, _ pick: ([Mention]) -> [T]) -> [T] {
    let (outside, inside) = Self.splitGloss(text)
    let found = pick(mentions(outside))
    guard found.isEmpty, !inside.isEmpty else { return found }
    return pick(mentions(inside))
  }

  /// The mentions the pipeline finds in `text` analyzed as a one-line document.
  private func mentions(_ text: String) -> [Mention] {
    guard let pipeline, !text.isEmpty else { return [] }
    let document = Document(
      id: "gold", path: "gold", format: .text, text: text,
      blocks: [TextRange(utf8Start: 0, utf8End: text.utf8.count)], contentHash: "gold")
    return (try? pipeline.analyze(document))?.mentions ?? []
  }

  /// The words outside parentheses and those inside, each trimmed.
  static func splitGloss(_ text: String) -> (outside: String, inside: String) {
    var outside = ""
    var inside = ""
    var depth = 0
    for character in text {
      switch character {
      case "(":
        depth += 1
        inside += " "
      case ")":
        depth = max(0, depth - 1)
        outside += " "
      default:
        if depth > 0 { inside.append(character) } else { outside.append(character) }
      }
    }
    let collapse = { (text: String) in
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    return (collapse(outside), collapse(inside))
  }
}
