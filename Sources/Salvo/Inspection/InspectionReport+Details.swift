import SalvoModel

/// A mention's resolution field by field, as the HTML report shows it.
extension InspectionReport {
  /// The labelled fields of a resolved value; absent values are `—`.
  static func details(_ value: MentionValue) -> [Field] {
    func field(_ label: String, _ value: String?) -> Field {
      Field(label: label, value: value ?? Field.absent)
    }
    switch value {
    case .place(let place):
      var coordinates: String?
      if let latitude = place.latitude, let longitude = place.longitude {
        coordinates = "\(latitude), \(longitude)"
      }
      return [
        field("gazetteer id", place.gazetteerID), field("name", place.name),
        field("country", place.country), field("admin1", place.admin1),
        field("coordinates", coordinates), field("feature", place.feature),
      ]
    case .actor(let actor):
      return [
        field("gazetteer id", actor.gazetteerID), field("name", actor.name),
        field("actor type", actor.type), field("country", actor.country),
        field("sponsor", actor.sponsor),
      ]
    case .demonym(let country):
      return [field("country", country ?? "none (ethnic or religious group)")]
    case .weapon(let weapon):
      return [
        field("weapon class", weapon.weaponClass), field("family", weapon.family),
        field("ACLED sub-type", weapon.acledSubEventType),
      ]
    case .quantity(let quantity):
      return [
        field("value", quantity.value.map(number)), field("qualifier", quantity.qualifier.rawValue),
        field("low", quantity.low.map(number)), field("high", quantity.high.map(number)),
        field("unit", quantity.unit), field("role", quantity.role.rawValue),
      ]
    case .date(let time):
      return [
        field("start", time.start.map { "\($0)" }), field("end", time.end.map { "\($0)" }),
        field("precision", time.precision.rawValue),
        field("year inferred", time.yearInferred ? "yes" : "no"),
      ]
    }
  }
}
