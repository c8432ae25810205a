/// The places of a compiled gazetteer, decoded on demand.
///
/// A world-sized gazetteer has hundreds of thousands of places, of which an article names a
/// few dozen. Read from the compiled index, the table keeps each place's encoded record and
/// decodes it only when resolution needs its strings, so loading costs one copy of the
/// bytes rather than a million string allocations. The facts resolution weighs for every
/// candidate are kept decoded in `facts`.
public struct PlaceTable: Sendable, RandomAccessCollection {
  private enum Storage: Sendable {
    case entries([PlaceEntry])
    case encoded(bytes: [UInt8], offsets: [UInt32])
  }

  private let storage: Storage
  /// Compact facts, index for index.
  let facts: [PlaceFacts]

  /// A table over decoded entries (the compile path).
  init(entries: [PlaceEntry]) {
    storage = .entries(entries)
    facts = entries.map(PlaceFacts.init)
  }

  /// A table over encoded records (the index path).
  init(bytes: [UInt8], offsets: [UInt32], facts: [PlaceFacts]) {
    storage = .encoded(bytes: bytes, offsets: offsets)
    self.facts = facts
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { facts.count }

  /// The place at `index`, decoded from its record when the table was read from an index.
  public subscript(index: Int) -> PlaceEntry {
    switch storage {
    case .entries(let entries):
      return entries[index]
    case .encoded(let bytes, let offsets):
      var reader = BinaryReader(bytes: bytes, offset: Int(offsets[index]))
      // The record was written by `encode`; a damaged index was rejected when loading.
      return (try? Self.decode(&reader))
        ?? PlaceEntry(
          id: "", name: "", aliases: [], feature: "city", subtype: nil, country: nil, admin1: nil,
          latitude: nil, longitude: nil, population: 0, parent: nil, origin: "")
    }
  }

  /// The id of the place at `index`, without decoding the rest of its record.
  public func id(at index: Int) -> String {
    switch storage {
    case .entries(let entries):
      return entries[index].id
    case .encoded(let bytes, let offsets):
      var reader = BinaryReader(bytes: bytes, offset: Int(offsets[index]))
      return (try? reader.readString()) ?? ""
    }
  }

  /// Appends a place's record.
  static func encode(_ place: PlaceEntry, to writer: inout BinaryWriter) {
    writer.write(place.id)
    writer.write(place.name)
    writer.write(place.feature)
    writer.write(place.subtype)
    writer.write(place.country)
    writer.write(place.admin1)
    writer.write(place.latitude)
    writer.write(place.longitude)
    writer.write(Int64(place.population))
    writer.write(place.parent)
    writer.write(place.origin)
  }

  /// Reads a place's record.
  static func decode(_ reader: inout BinaryReader) throws -> PlaceEntry {
    PlaceEntry(
      id: try reader.readString(), name: try reader.readString(), aliases: [],
      feature: try reader.readString(), subtype: try reader.readOptionalString(),
      country: try reader.readOptionalString(), admin1: try reader.readOptionalString(),
      latitude: try reader.readOptionalDouble(), longitude: try reader.readOptionalDouble(),
      population: Int(try reader.read(Int64.self)), parent: try reader.readOptionalString(),
      origin: try reader.readString())
  }
}

/// What resolution weighs of a place, as plain values: cheap to copy on the hot path and
/// stored raw in the compiled index.
struct PlaceFacts: Sendable, BitwiseCopyable {
  static let features = ["country", "admin1", "city", "site", "base", "region", "sea", "strait"]

  var featureCode: UInt8
  /// Two ASCII letters, or 0 for none.
  var countryCode: UInt16
  var isCapital: Bool
  var population: Int64

  init(_ place: PlaceEntry) {
    featureCode = UInt8(Self.features.firstIndex(of: place.feature) ?? 2)
    let letters = Array((place.country ?? "").utf8)
    countryCode = letters.count == 2 ? UInt16(letters[0]) << 8 | UInt16(letters[1]) : 0
    isCapital = place.subtype == "capital"
    population = Int64(place.population)
  }

  var feature: String { Self.features[Int(featureCode)] }
  var isCountry: Bool { featureCode == 0 }

  var country: String? {
    guard countryCode != 0 else { return nil }
    return String(
      decoding: [
        UInt8(truncatingIfNeeded: countryCode >> 8), UInt8(truncatingIfNeeded: countryCode),
      ],
      as: UTF8.self)
  }
}
