import SalvoModel

/// Converts a document's UTF-8 byte offsets to the Unicode-scalar offsets of the output
/// contract (what Python's `str` indexes).
///
/// Built once per document; conversions are O(1) for ASCII text and O(log n) otherwise.
public struct ScalarOffsets: Sendable {
  /// UTF-8 offsets where each multi-byte scalar starts, in order.
  private let multiByteStarts: [Int]
  /// For each entry of `multiByteStarts`, the extra bytes (beyond one per scalar) of that
  /// scalar and all multi-byte scalars before it.
  private let extraThrough: [Int]

  /// Indexes `text`.
  public init(_ text: String) {
    var starts: [Int] = []
    var extra: [Int] = []
    var total = 0
    var text = text
    // A scalar of n > 1 UTF-8 bytes starts with a lead byte 0b11…: scan bytes, not scalars.
    text.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var offset = 0
      while offset < bytes.count {
        // Runs of ASCII go eight bytes at a time.
        if offset + 8 <= bytes.count,
          raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          offset += 8
          continue
        }
        let byte = bytes[offset]
        if byte >= 0xC0 {
          let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          total += width - 1
          starts.append(offset)
          extra.append(total)
        }
        offset += 1
      }
    }
    multiByteStarts = starts
    extraThrough = extra
  }

  /// The scalar offset of a UTF-8 offset that lies on a scalar boundary.
  public func scalarOffset(_ utf8Offset: Int) -> Int {
    // The multi-byte scalars that start before a boundary end before it too.
    var low = 0
    var high = multiByteStarts.count
    while low < high {
      let mid = (low + high) / 2
      if multiByteStarts[mid] < utf8Offset { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? utf8Offset : utf8Offset - extraThrough[low - 1]
  }

  /// A range in scalar offsets.
  public func scalarRange(_ range: TextRange) -> (start: Int, end: Int) {
    (scalarOffset(range.utf8Start), scalarOffset(range.utf8End))
  }
}
