import Foundation

/// One article's gold annotations, in the format of `Tests/Fixtures/gold` (see its README).
public struct GoldArticle: Sendable {
  /// A gold place: its surface, country and kind.
  public struct Place: Sendable {
    public var surface: String
    public var country: String?
    public var kind: String
  }

  /// A gold actor: its surface, canonical name and type.
  public struct Actor: Sendable {
    public var surface: String
    public var canonical: String
    public var type: String
  }

  /// The article file the annotations are for.
  public var file: String
  /// The publication date the text itself states (`2024-07-27`), or nil.
  public var published: String?
  /// Places the article names.
  public var places: [Place]
  /// Surfaces that must not be tagged as places.
  public var notPlaces: [String]
  /// Actors the article names.
  public var actors: [Actor]

  /// A gold count.
  public struct Quantity: Sendable {
    public var text: String
    public var value: Double?
    public var qualifier: String?
    public var role: String?
    public var optional: Bool
  }

  /// A gold date expression and its resolution (`2024-07-26`, `2024-01`, `2023-10/2024-06`).
  public struct DateItem: Sendable {
    public var text: String
    public var resolved: String?
    public var precision: String
  }

  /// Counts the article states.
  public var quantities: [Quantity]
  /// Numeric expressions that must not come out as counts.
  public var nonCounts: [String]
  /// Date expressions and their resolutions.
  public var dates: [DateItem]
  /// The events the article states, in gold order.
  public var events: [GoldEvent]
  /// Statements that must not come out as events.
  public var notEvents: [GoldNotEvent]

  /// Parses a gold file's JSON.
  init(object: [String: Any], file: String) {
    self.file = file
    published = object["published"] as? String
    places = (object["places"] as? [[String: Any]] ?? []).compactMap { entry in
      guard let surface = entry["surface"] as? String else { return nil }
      return Place(
        surface: surface, country: entry["country"] as? String,
        kind: entry["kind"] as? String ?? "")
    }
    notPlaces = (object["not_places"] as? [[String: Any]] ?? []).compactMap {
      $0["surface"] as? String
    }
    quantities = (object["quantities"] as? [[String: Any]] ?? []).compactMap { entry in
      guard let text = entry["text"] as? String else { return nil }
      return Quantity(
        text: text, value: (entry["value"] as? NSNumber)?.doubleValue,
        qualifier: entry["qualifier"] as? String, role: entry["role"] as? String,
        optional: entry["optional"] as? Bool ?? false)
    }
    nonCounts = (object["non_counts"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    dates = (object["dates"] as? [[String: Any]] ?? []).compactMap { entry in
      guard let text = entry["text"] as? String else { return nil }
      return DateItem(
        text: text, resolved: entry["resolved"] as? String,
        precision: entry["precision"] as? String ?? "")
    }
    actors = (object["actors"] as? [[String: Any]] ?? []).compactMap { entry in
      guard let surface = entry["surface"] as? String else { return nil }
      return Actor(
        surface: surface, canonical: entry["canonical"] as? String ?? surface,
        type: entry["type"] as? String ?? "")
    }
    events = (object["events"] as? [[String: Any]] ?? []).enumerated().compactMap {
      GoldEvent(object: $1, index: $0)
    }
    notEvents = (object["not_events"] as? [[String: Any]] ?? []).compactMap { entry in
      guard let text = entry["text"] as? String else { return nil }
      return GoldNotEvent(text: text, why: entry["why"] as? String ?? "")
    }
  }

  /// Loads every gold article of a folder (files with a `file` key; `clusters.json` and
  /// other files are skipped), sorted by file.
  ///
  /// - Throws: `EvaluationError` for a missing folder or an unreadable gold file.
  public static func load(folder: String) throws -> [GoldArticle] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw EvaluationError("\(folder): cannot read the gold folder")
    }
    var articles: [GoldArticle] = []
    for name in names where name.hasSuffix(".json") {
      let path = folder + "/" + name
      guard let data = FileManager.default.contents(atPath: path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
      else { throw EvaluationError("\(path): not a JSON object") }
      guard let file = object["file"] as? String else { continue }
      articles.append(GoldArticle(object: object, file: file))
    }
    guard !articles.isEmpty else { throw EvaluationError("\(folder): no gold article files") }
    return articles
  }
}

/// `salvo eval` could not read its inputs.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
  public var description: String
  /// Creates an error.
  public init(_ description: String) { self.description = description }
}
