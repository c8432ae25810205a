/// Writes compact JSON straight into a byte buffer, with no intermediate `JSONValue` tree.
///
/// Commas are placed from one flag: a value or key that follows a sibling gets one. The
/// bytes are those `JSONValue.write(to:)` gives for the same value.
public struct JSONWriter: JSONSink {
  /// The JSON written so far.
  public var bytes: [UInt8]
  /// Whether the next key or array item follows a sibling.
  private var needsComma = false

  /// Creates a writer.
  ///
  /// - Parameter capacity: bytes to reserve.
  public init(capacity: Int = 0) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Ends a line: appends a newline and starts the next top-level value afresh.
  public mutating func newline() {
    bytes.append(0x0A)
    needsComma = false
  }

  @inline(__always)
  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  public mutating func key(_ name: StaticString) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// A key given at run time, escaped like any string.
  mutating func key(_ name: String) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    var name = name
    name.withUTF8 { Self.appendString($0, to: &bytes) }
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  public mutating func string(_ value: String?) {
    separate()
    guard var value else {
      Self.appendNull(to: &bytes)
      return
    }
    value.withUTF8 { Self.appendString($0, to: &bytes) }
  }

  public mutating func string(_ value: Substring) {
    separate()
    var value = value
    value.withUTF8 { Self.appendString($0, to: &bytes) }
  }

  public mutating func int(_ value: Int?) {
    separate()
    guard let value else {
      Self.appendNull(to: &bytes)
      return
    }
    Self.appendInt(value, to: &bytes)
  }

  public mutating func double(_ value: Double?) {
    separate()
    guard let value, value.isFinite else {
      Self.appendNull(to: &bytes)
      return
    }
    // Swift prints the shortest representation that round-trips: deterministic.
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    separate()
    Self.appendNull(to: &bytes)
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

  private static func appendNull(to output: inout [UInt8]) {
    output.append(contentsOf: "null".utf8)
  }

  /// Appends the decimal digits of an integer.
  static func appendInt(_ value: Int, to output: inout [UInt8]) {
    if value >= 0, value < 10 {
      output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
      return
    }
    if value < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits = 1
    var limit: UInt = 10
    while magnitude >= limit {
      digits += 1
      let (next, overflow) = limit.multipliedReportingOverflow(by: 10)
      if overflow { break }
      limit = next
    }
    let start = output.count
    output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
    var index = start + digits - 1
    while magnitude > 0 {
      output[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
      index -= 1
    }
  }

  /// Appends a JSON string literal: UTF-8 passes through; quotes, backslashes, control
  /// characters and the line separators U+2028/U+2029 are escaped.
  static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // Most strings need no escaping at all: copy them whole.
    var clean = true
    for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
      clean = false
      break
    }
    if clean {
      output.append(contentsOf: bytes)
    } else {
      appendEscaped(bytes, to: &output)
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var index = 0
    var clean = 0  // start of the run of bytes that need no escaping
    func flush(_ end: Int) {
      if end > clean {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<end]))
      }
    }
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
      if let escape {
        flush(index)
        output.append(contentsOf: escape.utf8)
        clean = index + width
      }
      index += width
    }
    flush(bytes.count)
  }
}
