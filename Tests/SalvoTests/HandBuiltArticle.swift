import Foundation
import Salvo
import SalvoModel
import SalvoTestSupport

/// A hand-built analyzed article: every mention kind, a quantity that contains a weapon, an
/// event with its fills, a rejected statement, boilerplate and a multi-byte character.
enum HandBuilt {
  static let text = """
    Houthi rebels launched 180 ballistic missiles at Eilat on Sunday — killing 3 people.
    The group threatened to strike again.
    By Jane Doe

    """

  /// The UTF-8 range of the first occurrence of `needle` at or after byte `after`.
  static func range(_ needle: String, after: Int = 0) -> TextRange {
    let bytes = Array(text.utf8)
    let target = Array(needle.utf8)
    for start in after...(bytes.count - target.count)
    where Array(bytes[start..<start + target.count]) == target {
      return TextRange(utf8Start: start, utf8End: start + target.count)
    }
    fatalError("'\(needle)' is not in the hand-built text")
  }

  static let houthis = ActorReference(
    gazetteerID: "actor:houthis", name: "Houthis", type: "nonstate_armed", country: "YE",
    sponsor: "state:IR")
  static let israel = ActorReference(
    gazetteerID: "state:IL", name: "Israel", type: "state", country: "IL")
  static let eilat = PlaceReference(
    gazetteerID: "geonames:295277", name: "Eilat", country: "IL", admin1: "IL-D",
    latitude: 29.558, longitude: 34.948, feature: "city")
  static let missiles = Quantity(
    value: 180, qualifier: .exact, unit: "ballistic missile", role: .count)
  static let killed = Quantity(value: 3, qualifier: .exact, unit: "person", role: .killed)
  static let sunday = TimeExpression(
    start: CalendarDate(year: 2024, month: 7, day: 21),
    end: CalendarDate(year: 2024, month: 7, day: 21), precision: .day, yearInferred: false)

  static let mentions = [
    Mention(
      range: range("Houthi rebels"), value: .actor(houthis),
      provenance: Provenance(stage: "gazetteer", rule: "alias", source: "actors.tsv:110")),
    Mention(
      range: range("180 ballistic missiles"), value: .quantity(missiles),
      provenance: Provenance(stage: "figures", rule: "unit-noun", source: "figures/units.tsv:3")),
    Mention(
      range: range("ballistic missiles"),
      value: .weapon(
        WeaponReference(
          weaponClass: "ballistic missile", family: "missile",
          acledSubEventType: "Shelling/artillery/missile attack")),
      provenance: Provenance(stage: "gazetteer", rule: "alias", source: "weapons.tsv:12")),
    Mention(
      range: range("Eilat"), value: .place(eilat),
      provenance: Provenance(
        stage: "gazetteer", rule: "country-in-document", source: "places/cities.tsv:14376"),
      alternatives: ["geonames:1000001"]),
    Mention(
      range: range("Sunday"), value: .date(sunday),
      provenance: Provenance(stage: "figures", rule: "weekday")),
    Mention(
      range: range("3 people"), value: .quantity(killed),
      provenance: Provenance(stage: "figures", rule: "killing-object")),
  ]

  static let event = Event(
    kind: .incident, eventType: "Explosions/Remote violence",
    subEventType: "Shelling/artillery/missile attack",
    date: EventDate(time: sunday, range: range("Sunday")),
    location: EventPlace(place: eilat, precision: .city, range: range("Eilat")), origin: nil,
    actors: [
      EventActor(role: .attacker, actor: houthis, range: range("Houthi rebels")),
      EventActor(role: .target, actor: israel, range: nil),
    ],
    weapons: ["ballistic missile"],
    count: EventFigure(quantity: missiles, range: range("180 ballistic missiles")),
    killed: EventFigure(quantity: killed, range: range("3 people")), injured: nil,
    modality: .asserted, trigger: range("launched"), triggerLemma: "launch",
    evidence: [
      range("Houthi rebels launched 180 ballistic missiles at Eilat on Sunday — killing 3 people.")
    ],
    fills: [
      SlotFill(slot: "attacker", range: range("Houthi rebels"), rule: "subject-of-active-trigger"),
      SlotFill(slot: "location", range: range("Eilat"), rule: "object-after-at"),
      SlotFill(slot: "modality", range: nil, rule: "no-cue"),
    ],
    confidence: 0.8)

  static let rejected = RejectedStatement(
    trigger: range("strike"), sentence: range("The group threatened to strike again."),
    reason: .threat, cue: range("threatened"))

  static var article: AnalyzedArticle {
    let document = Document(
      id: "hand.txt", path: "hand.txt", format: .text, text: text, title: "Houthi missiles",
      outlet: "example.com", url: "https://example.com/a",
      published: PublicationDate(year: 2024, month: 7, day: 22, source: .metadata),
      blocks: lineBlocks(text), boilerplate: [range("By Jane Doe")], contentHash: "sha256:0")
    return AnalyzedArticle(
      document: document, layer: TextLayer(tokens: [], sentences: [], terms: TermTable()),
      mentions: mentions, events: [event], rejected: [rejected])
  }
}
