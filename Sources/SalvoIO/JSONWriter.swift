import SalvoModel

/// Writes compact JSON straight into a growing byte buffer, with no intermediate `JSONValue`
/// tree: the hot path of `salvo extract`, whose output is many times its input.
///
/// Commas are placed from one flag: a value or key that follows a sibling gets one. The
/// bytes are those `JSONValue.write(to:)` gives for the same value. The buffer is raw memory
/// the writer owns (hence `~Copyable`): appending to an `[UInt8]` byte by byte paid a
/// uniqueness check per byte.
public struct JSONWriter: ~Copyable, JSONSink {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// Whether the next key or array item follows a sibling.
  private var needsComma = false

  /// Creates a writer.
  ///
  /// - Parameter capacity: bytes to reserve.
  public init(capacity: Int = 256) {
    self.capacity = max(capacity, 16)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The JSON written so far.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Ends a line: appends a newline and starts the next top-level value afresh.
  public mutating func newline() {
    put(0x0A)
    needsComma = false
  }

  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(extra) }
  }

  private mutating func grow(_ extra: Int) {
    let newCapacity = max(capacity * 2, count + extra)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity = newCapacity
  }

  @inline(__always)
  private mutating func put(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always)
  private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let source = buffer.baseAddress else { return }
    reserve(buffer.count)
    JSONBytes.copy(source, count: buffer.count, to: base + count)
    count += buffer.count
  }

  private mutating func putStatic(_ text: StaticString) {
    text.withUTF8Buffer { put($0) }
  }

  @inline(__always)
  private mutating func separate() {
    if needsComma { put(UInt8(ascii: ",")) }
    needsComma = true
  }

  public mutating func beginObject() {
    separate()
    put(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    put(UInt8(ascii: "}"))
    needsComma = true
  }

  public mutating func beginArray() {
    separate()
    put(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    put(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Inlined: at each call site the name is a constant, so its bytes are copied with
  /// constant-length moves and no call (keys are a third of all writes).
  @inline(__always)
  public mutating func key(_ name: StaticString) {
    let length = name.utf8CodeUnitCount
    reserve(length + 4)
    if needsComma {
      base[count] = UInt8(ascii: ",")
      count += 1
    }
    base[count] = UInt8(ascii: "\"")
    JSONBytes.copy(name.utf8Start, count: length, to: base + count + 1)
    count += length + 1
    base[count] = UInt8(ascii: "\"")
    base[count + 1] = UInt8(ascii: ":")
    count += 2
    needsComma = false
  }

  /// A key given at run time, escaped like any string.
  mutating func key(_ name: String) {
    if needsComma { put(UInt8(ascii: ",")) }
    var name = name
    name.withUTF8 { putString($0) }
    put(UInt8(ascii: ":"))
    needsComma = false
  }

  public mutating func string(_ value: String?) {
    separate()
    guard let value else { return putNull() }
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { putString($0) }
    if done == nil {
      var value = value
      value.withUTF8 { putString($0) }
    }
  }

  /// Copies the range's bytes straight from the text when both ends lie on scalar
  /// boundaries (they always do for token-derived ranges), which gives the bytes
  /// `text.slice(range)` has without building the substring.
  public mutating func string(_ text: String, _ range: TextRange) {
    let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      let (start, end) = (range.utf8Start, range.utf8End)
      guard 0 <= start, start <= end, end <= bytes.count,
        start == bytes.count || bytes[start] & 0xC0 != 0x80,
        end == bytes.count || bytes[end] & 0xC0 != 0x80
      else { return false }
      separate()
      putString(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      return true
    }
    if done != true { string(text.slice(range)) }
  }

  public mutating func string(_ value: Substring) {
    separate()
    var value = value
    value.withUTF8 { putString($0) }
  }

  public mutating func int(_ value: Int?) {
    separate()
    guard let value else { return putNull() }
    putInt(value)
  }

  public mutating func double(_ value: Double?) {
    separate()
    guard let value, value.isFinite else { return putNull() }
    if putShortDecimal(value) { return }
    // Swift prints the shortest representation that round-trips: deterministic.
    var text = String(value)
    text.withUTF8 { put($0) }
  }

  /// Writes `value` as `String(value)` would when it is the double nearest a decimal of at
  /// most six fraction digits and fifteen significant ones (coordinates, confidences), without
  /// building a string; returns false, writing nothing, for any other value.
  ///
  /// Such a decimal is the shortest that round-trips: two decimals of at most fifteen
  /// significant digits never round to the same double. `String(value)` writes it in
  /// positional form with at least one fraction digit for magnitudes in [1e-4, 1e16).
  private mutating func putShortDecimal(_ value: Double) -> Bool {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e9 else { return false }
    var scale = 1.0
    for digits in 0...6 {
      let scaled = JSONBytes.roundedHalfAway(magnitude * scale)
      if scaled < 1e15, scaled / scale == magnitude {
        var units = UInt64(scaled)
        reserve(32)
        if value < 0 {
          base[count] = UInt8(ascii: "-")
          count += 1
        }
        // Fraction digits, least significant first, written after the integer part.
        var tail: (UInt64, Int) = (0, 0)
        if digits > 0 {
          var power: UInt64 = 1
          for _ in 0..<digits { power *= 10 }
          tail = (units % power, digits)
          units /= power
        }
        putInt(Int(units))
        put(UInt8(ascii: "."))
        if tail.1 == 0 {
          put(UInt8(ascii: "0"))
        } else {
          var rest = tail.0
          var index = count + tail.1 - 1
          for _ in 0..<tail.1 {
            base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
          }
          count += tail.1
        }
        return true
      }
      scale *= 10
    }
    return false
  }

  public mutating func bool(_ value: Bool) {
    separate()
    putStatic(value ? "true" : "false")
  }

  public mutating func null() {
    separate()
    putNull()
  }

  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let flag): bool(flag)
    case .int(let number): int(number)
    case .double(let number): double(number)
    case .string(let text): string(text)
    case .array(let items):
      beginArray()
      for item in items { self.value(item) }
      endArray()
    case .object(let members):
      beginObject()
      for (name, member) in members {
        key(name)
        self.value(member)
      }
      endObject()
    }
  }

  private mutating func putNull() {
    putStatic("null")
  }

  /// Appends the decimal digits of an integer.
  private mutating func putInt(_ value: Int) {
    if value >= 0, value < 10 {
      put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
      return
    }
    reserve(20)
    if value < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    var magnitude = value.magnitude
    var digits = 1
    var limit: UInt = 10
    // A UInt has at most 20 digits; 10^20 would overflow, but the loop stops first.
    while digits < 20, magnitude >= limit {
      digits += 1
      limit = limit &* 10
    }
    // Two digits per division by 100, from the end.
    var index = count + digits
    while magnitude >= 10 {
      let pair = magnitude % 100
      magnitude /= 100
      let tens = pair / 10
      index -= 2
      base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: tens)
      base[index + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: pair - tens * 10)
    }
    if index > count {
      base[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude)
    }
    count += digits
  }

  /// Appends a JSON string literal: UTF-8 passes through; quotes, backslashes, control
  /// characters and the line separators U+2028/U+2029 are escaped.
  private mutating func putString(_ bytes: UnsafeBufferPointer<UInt8>) {
    // Most strings need no escaping at all: copy them whole, quotes and all, after one
    // capacity check. Short ones (most of them) are loaded once, as at most two words
    // that are both tested and stored.
    if let source = bytes.baseAddress, bytes.count >= 4, bytes.count <= 16 {
      if putShortClean(source, count: bytes.count) { return }
    } else if JSONBytes.isClean(bytes) {
      reserve(bytes.count + 2)
      base[count] = UInt8(ascii: "\"")
      if let source = bytes.baseAddress {
        JSONBytes.copy(source, count: bytes.count, to: base + count + 1)
      }
      count += bytes.count + 1
      base[count] = UInt8(ascii: "\"")
      count += 1
      return
    }
    put(UInt8(ascii: "\""))
    putEscaped(bytes)
    put(UInt8(ascii: "\""))
  }

  /// Writes a quoted string of 4 to 16 bytes that needs no escaping and returns true, or
  /// writes nothing and returns false. The bytes are read as two overlapping words (two
  /// 4-byte halves of one word below 8 bytes), which cover them all.
  @inline(__always)
  private mutating func putShortClean(_ source: UnsafePointer<UInt8>, count length: Int) -> Bool {
    let from = UnsafeRawPointer(source)
    reserve(length + 2)
    let target = UnsafeMutableRawPointer(base + count + 1)
    if length >= 8 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      guard JSONBytes.isCleanWord(head) && JSONBytes.isCleanWord(tail) else { return false }
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      guard JSONBytes.isCleanWord(UInt64(head) | UInt64(tail) << 32) else { return false }
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    }
    base[count] = UInt8(ascii: "\"")
    base[count + 1 + length] = UInt8(ascii: "\"")
    count += length + 2
    return true
  }

  private mutating func putEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    var clean = 0  // start of the run of bytes that need no escaping
    while index < bytes.count {
      let byte = bytes[index]
      var escape: String?
      var width = 1
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        // U+2028 and U+2029 end lines in JavaScript.
        escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        width = 3
      default:
        break
      }
      if var escape {
        put(UnsafeBufferPointer(rebasing: bytes[clean..<index]))
        escape.withUTF8 { put($0) }
        clean = index + width
      }
      index += width
    }
    put(UnsafeBufferPointer(rebasing: bytes[clean..<bytes.count]))
  }
}
