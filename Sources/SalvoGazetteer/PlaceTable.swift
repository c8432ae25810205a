import SalvoModel

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

  /// The preferred name of the place at `index`, without decoding the rest of its record.
  func name(at index: Int) -> String {
    switch storage {
    case .entries(let entries):
      return entries[index].name
    case .encoded(let bytes, let offsets):
      var reader = BinaryReader(bytes: bytes, offset: Int(offsets[index]))
      guard (try? reader.skipString()) != nil else { return "" }
      return (try? reader.readString()) ?? ""
    }
  }

  /// What a mention of the place at `index` carries: its reference and the row it came
  /// from, decoding only those fields of its record.
  func resolved(at index: Int) -> (reference: PlaceReference, origin: String) {
    switch storage {
    case .entries(let entries):
      let place = entries[index]
      return (Self.reference(place), place.origin)
    case .encoded(let bytes, let offsets):
      var reader = BinaryReader(bytes: bytes, offset: Int(offsets[index]))
      // The record was written by `encode`; a damaged index was rejected when loading.
      return (try? Self.decodeResolved(&reader))
        ?? (Self.reference(self[index]), self[index].origin)
    }
  }

  /// The reference a mention of `place` carries.
  static func reference(_ place: PlaceEntry) -> PlaceReference {
    PlaceReference(
      gazetteerID: place.id, name: place.name, country: place.country, admin1: place.admin1,
      latitude: place.latitude, longitude: place.longitude, feature: place.feature)
  }

  /// Reads the reference and origin of a place's record, skipping the other fields.
  private static func decodeResolved(_ reader: inout BinaryReader) throws -> (
    reference: PlaceReference, origin: String
  ) {
    let id = try reader.readString()
    let name = try reader.readString()
    let feature = try reader.readString()
    try reader.skipOptionalString()  // subtype
    let country = try reader.readOptionalString()
    let admin1 = try reader.readOptionalString()
    let latitude = try reader.readOptionalDouble()
    let longitude = try reader.readOptionalDouble()
    _ = try reader.read(Int64.self)  // population
    try reader.skipOptionalString()  // parent
    let origin = try reader.readString()
    return (
      PlaceReference(
        gazetteerID: id, name: name, country: country, admin1: admin1, latitude: latitude,
        longitude: longitude, feature: feature),
      origin
    )
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
    countryCode = Self.code(place.country)
    isCapital = place.subtype == "capital"
    population = Int64(place.population)
  }

  /// The code of a two-byte country, else 0 (so nil, "" and longer strings share it).
  static func code(_ country: String?) -> UInt16 {
    guard let country else { return 0 }
    var utf8 = country.utf8.makeIterator()
    guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil else { return 0 }
    return UInt16(first) << 8 | UInt16(second)
  }

  var feature: String { Self.features[Int(featureCode)] }
  var isCountry: Bool { featureCode == 0 }
  var isAdmin1: Bool { featureCode == 1 }
  var isCity: Bool { featureCode == 2 }
  /// Site or base.
  var isSiteOrBase: Bool { featureCode == 3 || featureCode == 4 }
  /// Region, sea or strait: features a person's name never shadows.
  var isBroad: Bool { featureCode >= 5 }

  /// The country as a string, or nil: built inline (a two-byte string needs no storage).
  var country: String? { Self.country(countryCode) }

  /// The string of a country code, or nil for 0.
  static func country(_ code: UInt16) -> String? {
    guard code != 0 else { return nil }
    return String(unsafeUninitializedCapacity: 2) { buffer in
      buffer[0] = UInt8(truncatingIfNeeded: code >> 8)
      buffer[1] = UInt8(truncatingIfNeeded: code)
      return 2
    }
  }
}
