import SalvoModel

/// Decodes an article's bytes into text, never failing on bad bytes.
///
/// UTF-8 is expected. A UTF-16 byte-order mark selects UTF-16. Bytes that are not valid
/// UTF-8 are decoded with a fallback and reported with the offset of the first bad byte:
/// as Windows-1252 when the file has no valid multi-byte UTF-8 sequence at all (a legacy
/// single-byte file), else with U+FFFD replacing each bad sequence. A NUL byte in UTF-8
/// input means the file is binary.
enum TextDecoder {
  enum Outcome {
    case text(String, [Diagnostic])
    case binary(offset: Int)
  }

  static func decode(_ bytes: [UInt8], path: String) -> Outcome {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(bytes, path: path)
    }
    if let nul = bytes.firstIndex(of: 0) { return .binary(offset: nul) }
    let scan = scanUTF8(bytes)
    guard let firstBad = scan.firstInvalidOffset else {
      return .text(String(decoding: bytes, as: UTF8.self), [])
    }
    if scan.validMultiByteSequences == 0 {
      let text = String(String.UnicodeScalarView(bytes.map(windows1252)))
      return .text(
        text,
        [
          Diagnostic(
            code: .invalidUTF8,
            message: "\(path): not valid UTF-8 (first bad byte at offset \(firstBad), "
              + "\(scan.invalidSequences) bad sequence(s)); decoded as Windows-1252",
            path: path, byteOffset: firstBad)
        ])
    }
    return .text(
      String(decoding: bytes, as: UTF8.self),
      [
        Diagnostic(
          code: .invalidUTF8,
          message: "\(path): not valid UTF-8 (first bad byte at offset \(firstBad), "
            + "\(scan.invalidSequences) bad sequence(s)); each replaced with U+FFFD",
          path: path, byteOffset: firstBad)
      ])
  }

  private struct UTF8Scan {
    var firstInvalidOffset: Int?
    var invalidSequences = 0
    var validMultiByteSequences = 0
  }

  /// Validates UTF-8 by hand (the standard library repairs silently without telling where).
  private static func scanUTF8(_ bytes: [UInt8]) -> UTF8Scan {
    bytes.withUnsafeBufferPointer(scanUTF8(buffer:))
  }

  private static func scanUTF8(buffer bytes: UnsafeBufferPointer<UInt8>) -> UTF8Scan {
    let raw = UnsafeRawBufferPointer(bytes)
    var scan = UTF8Scan()
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        // Skip runs of ASCII eight bytes at a time.
        while index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        continue
      }
      let length: Int
      var minimum: UInt8 = 0x80
      var maximum: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        minimum = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        maximum = 0x9F
      case 0xF0:
        length = 4
        minimum = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        maximum = 0x8F
      default: length = 0
      }
      var valid = length > 0 && index + length <= count
      if valid {
        for offset in 1..<length {
          let byte = bytes[index + offset]
          let low = offset == 1 ? minimum : 0x80
          let high = offset == 1 ? maximum : 0xBF
          if byte < low || byte > high {
            valid = false
            break
          }
        }
      }
      if valid {
        scan.validMultiByteSequences += 1
        index += length
      } else {
        if scan.firstInvalidOffset == nil { scan.firstInvalidOffset = index }
        scan.invalidSequences += 1
        index += 1
      }
    }
    return scan
  }

  private static func decodeUTF16(_ bytes: [UInt8], path: String) -> Outcome {
    let bigEndian = bytes[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let high = UInt16(bytes[bigEndian ? index : index + 1])
      let low = UInt16(bytes[bigEndian ? index + 1 : index])
      units.append(high << 8 | low)
      index += 2
    }
    var diagnostics: [Diagnostic] = []
    if bytes.count % 2 != 0 {
      diagnostics.append(
        Diagnostic(
          code: .invalidUTF8,
          message: "\(path): UTF-16 text with an odd number of bytes; the last byte was dropped",
          path: path, byteOffset: bytes.count - 1))
    }
    return .text(String(decoding: units, as: UTF16.self), diagnostics)
  }

  /// Windows-1252: Latin-1 except for the printable characters it puts in 0x80–0x9F.
  static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The code points of bytes 0x80–0x9F in Windows-1252 (the five it leaves undefined map to
  /// themselves).
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
