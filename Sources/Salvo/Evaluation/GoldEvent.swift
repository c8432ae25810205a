import Foundation

/// One gold event of an article (the `events` items of a gold file; see its README).
public struct GoldEvent: Sendable {
  /// Its position in the gold file's `events`, from 0.
  public var index: Int
  /// `incident` or `aggregate`.
  public var kind: String
  /// ACLED's event type, verbatim.
  public var eventType: String
  /// ACLED's sub-event type, when gold decides one.
  public var subEventType: String?
  /// `2024-09-27`, `2024-09` or `2024`, when gold gives one.
  public var date: String?
  /// `day`, `month`, `year`, `range` or `unknown`.
  public var datePrecision: String?
  /// The first and last day or month of `date_range` (either may be open).
  public var dateRange: (start: String?, end: String?)?
  /// Who did it, in the article's wording (`;` separates several).
  public var attacker: String?
  /// Whom or what it was aimed at (`;` separates several).
  public var target: String?
  /// Where it happened or landed (`;` separates several: `Iraq; Syria`).
  public var location: String?
  /// The location's country (ISO2); set even when `location` is null but the text implies it.
  public var country: String?
  /// The countries of a location list (`countries: ["IQ", "SY"]`).
  public var countries: [String]
  /// Weapon classes, `;`-separated (`missile; drone; rocket`).
  public var weapon: String?
  /// The count the event reports.
  public var count: Double?
  /// The count's qualifier (`vague` for "dozens", with a null count).
  public var countQualifier: String?
  /// People killed.
  public var killed: Double?
  /// People injured.
  public var injured: Double?
  /// `asserted`, `claimed` or `reported_suspected`.
  public var modality: String
  /// The first words of the sentence that states it, then those of `also_evidence`.
  public var evidence: [String]
  /// `scope: "campaign"`: war-level background an extractor may emit or not.
  public var isCampaign: Bool

  /// The modality in the run's vocabulary (`reported_suspected` is the run's `suspected`).
  public var runModality: String { modality == "reported_suspected" ? "suspected" : modality }

  /// Every country gold names for the location: `country` and `countries`.
  public var locationCountries: [String] {
    var result = countries
    if let country, !result.contains(country) { result.insert(country, at: 0) }
    return result
  }

  /// Parses one `events` item; nil when it has no evidence.
  init?(object: [String: Any], index: Int) {
    let evidence = object["evidence"] as? String
    let also = object["also_evidence"] as? [String] ?? []
    guard let evidence else { return nil }
    self.index = index
    kind = object["kind"] as? String ?? "incident"
    eventType = object["acled_event_type"] as? String ?? ""
    subEventType = object["acled_sub_event_type"] as? String
    date = object["date"] as? String
    datePrecision = object["date_precision"] as? String
    if let range = object["date_range"] as? [Any], range.count == 2 {
      dateRange = (range[0] as? String, range[1] as? String)
    }
    attacker = object["attacker"] as? String
    target = object["target"] as? String
    location = object["location"] as? String
    country = object["country"] as? String
    countries = object["countries"] as? [String] ?? []
    weapon = object["weapon"] as? String
    count = Self.number(object["count"])
    countQualifier = object["count_qualifier"] as? String
    killed = Self.number(object["killed"])
    injured = Self.number(object["injured"])
    modality = object["modality"] as? String ?? "asserted"
    self.evidence = [evidence] + also
    isCampaign = object["scope"] as? String == "campaign"
  }

  private static func number(_ value: Any?) -> Double? {
    guard let number = value as? NSNumber, !(value is Bool) else { return nil }
    return number.doubleValue
  }

  /// The items of a `;`-separated gold field (`Iraq; Syria`), trimmed; empty for null.
  static func items(_ field: String?) -> [String] {
    (field ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}

/// A gold `not_events` item: a statement that is not an event, and why.
public struct GoldNotEvent: Sendable {
  /// The statement's words, as they appear in the article.
  public var text: String
  /// `threat`, `speculation`, `negated`, `hypothetical`, `generic`, `non_conflict`.
  public var why: String
}
