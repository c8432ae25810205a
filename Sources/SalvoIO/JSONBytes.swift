/// Byte-level helpers of `JSONWriter`: short copies, the escape test, rounding.
package enum JSONBytes {
  /// Copies `length` bytes. Most writes are short (keys, names, numbers' digits): those
  /// of 4 to 16 bytes move as two overlapping words, which costs less than calling memcpy.
  @inline(__always)
  static func copy(
    _ source: UnsafePointer<UInt8>, count length: Int, to target: UnsafeMutablePointer<UInt8>
  ) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if length >= 8 && length <= 16 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 && length < 8 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    } else if length < 4 {
      for index in 0..<length { target[index] = source[index] }
    } else {
      target.update(from: source, count: length)
    }
  }

  /// Whether no byte is a control character, `"`, `\` or 0xE2 (which starts U+2028 and
  /// U+2029), tested eight bytes at a time.
  package static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    guard bytes.count >= 8 else {
      for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
        return false
      }
      return true
    }
    var index = 0
    while index + 8 <= bytes.count {
      if !isCleanWord(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
      index += 8
    }
    // The last bytes as one word that overlaps the previous one, instead of byte by byte.
    return index == bytes.count
      || isCleanWord(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
  }

  /// Whether none of a word's eight bytes is below 0x20 or equal to `"`, `\` or 0xE2.
  ///
  /// Each test sets the high bit of the bytes it flags (and possibly of bytes above a
  /// flagged one, never when none is): one mask, one branch.
  @inline(__always)
  static func isCleanWord(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let lead = word ^ (ones &* 0xE2)
    let flagged =
      ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote)
      | ((backslash &- ones) & ~backslash) | ((lead &- ones) & ~lead)
    return flagged & highs == 0
  }

  /// `value.rounded()` for 0 ≤ value < 2⁵², without the call to libm's `round` that
  /// `rounded()` compiles to: truncation and the fraction it drops are both exact there.
  @inline(__always)
  static func roundedHalfAway(_ value: Double) -> Double {
    let whole = Double(UInt64(value))
    return value - whole >= 0.5 ? whole + 1 : whole
  }
}
