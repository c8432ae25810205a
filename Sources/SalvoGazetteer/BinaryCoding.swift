import Foundation

/// Appends primitives, strings and arrays of plain values to a byte buffer.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Double) { write(value.bitPattern) }

  mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

  mutating func write(_ value: String) {
    let utf8 = Array(value.utf8)
    write(UInt32(utf8.count))
    bytes.append(contentsOf: utf8)
  }

  mutating func write(_ value: String?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ value: Double?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ values: [String]) {
    write(UInt32(values.count))
    for value in values { write(value) }
  }

  /// Writes an array of trivial values as raw memory (the index is read back by the same
  /// build on the same machine, so layout and endianness agree).
  mutating func writeRaw<T: BitwiseCopyable>(_ values: [T]) {
    write(UInt64(values.count))
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// Reads what `BinaryWriter` wrote, checking bounds.
struct BinaryReader {
  let bytes: [UInt8]
  private(set) var offset = 0

  init(bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  struct Truncated: Error {}

  mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { throw Truncated() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    offset += size
    return T(littleEndian: value)
  }

  mutating func readDouble() throws -> Double { Double(bitPattern: try read(UInt64.self)) }

  mutating func readBool() throws -> Bool { try read(UInt8.self) != 0 }

  mutating func readString() throws -> String {
    let count = Int(try read(UInt32.self))
    guard offset + count <= bytes.count else { throw Truncated() }
    defer { offset += count }
    return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
  }

  /// Moves past a string without decoding it.
  mutating func skipString() throws {
    let count = Int(try read(UInt32.self))
    guard offset + count <= bytes.count else { throw Truncated() }
    offset += count
  }

  /// Moves past an optional string without decoding it.
  mutating func skipOptionalString() throws {
    if try readBool() { try skipString() }
  }

  mutating func readOptionalString() throws -> String? {
    try readBool() ? try readString() : nil
  }

  mutating func readOptionalDouble() throws -> Double? {
    try readBool() ? try readDouble() : nil
  }

  mutating func readStrings() throws -> [String] {
    let count = Int(try read(UInt32.self))
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readString()) }
    return values
  }

  mutating func readRaw<T: BitwiseCopyable>(_: T.Type) throws -> [T] {
    let count = Int(try read(UInt64.self))
    let size = count * MemoryLayout<T>.stride
    guard count >= 0, offset + size <= bytes.count else { throw Truncated() }
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + size)]))
      }
      initialized = count
    }
    offset += size
    return values
  }
}
