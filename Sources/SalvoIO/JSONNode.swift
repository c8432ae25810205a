/// Any JSON value, decoded: what a reader uses for the parts of a record whose fields it
/// does not know in advance (a mention's resolution fields).
public enum JSONNode: Sendable, Equatable, Decodable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONNode])
  /// An object.
  case object([String: JSONNode])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONNode].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONNode].self))
    }
  }

  /// Compact text for reports: strings bare, whole numbers without a fraction, objects
  /// with their keys sorted.
  public var text: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value): return EventLine.number(value)
    case .string(let value): return value
    case .array(let values): return "[" + values.map(\.text).joined(separator: ", ") + "]"
    case .object(let members):
      return "{"
        + members.keys.sorted().compactMap { key in
          members[key].map { key + ": " + $0.text }
        }.joined(separator: ", ") + "}"
    }
  }
}
