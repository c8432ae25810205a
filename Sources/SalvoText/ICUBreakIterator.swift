import CICU

/// An ICU word or sentence break iterator over UTF-8 text.
///
/// Owns the ICU handle and closes it in `deinit`. Not thread-safe: use one per task.
public final class ICUBreakIterator {
  /// Which boundaries to find.
  public enum Kind: Int32, Sendable {
    /// UAX #29 word boundaries; each segment's rule status tells words and numbers from
    /// punctuation and space.
    case word = 0
    /// UAX #29 sentence boundaries.
    case sentence = 1
  }

  private let handle: OpaquePointer
  private var boundaries = [Int64](repeating: 0, count: 512)
  private var statuses = [Int32](repeating: 0, count: 512)

  /// Opens an iterator.
  ///
  /// - Parameters:
  ///   - kind: word or sentence boundaries.
  ///   - locale: an ICU locale id such as `en`.
  /// - Throws: `TextError` when ICU cannot open one.
  public init(_ kind: Kind, locale: String = "en") throws(TextError) {
    var status: Int32 = 0
    guard let handle = cicu_break_open(kind.rawValue, locale, &status) else {
      throw TextError(.icuOpenFailed, "cannot open \(kind) break iterator: \(icuName(status))")
    }
    self.handle = handle
  }

  deinit { cicu_break_close(handle) }

  /// Calls `body` with every boundary after the start of `text` and the rule status of the
  /// segment that ends there.
  ///
  /// - Parameters:
  ///   - text: UTF-8 bytes; only read during the call.
  ///   - body: receives (UTF-8 offset of the boundary, rule status of the segment before it).
  /// - Throws: `TextError` when ICU rejects the text.
  public func forEachBoundary(
    in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void
  ) throws(TextError) {
    guard let base = text.baseAddress, !text.isEmpty else { return }
    let status = cicu_break_set_text(handle, base, Int64(text.count))
    guard status == 0 else {
      throw TextError(.icuFailed, "cannot set break iterator text: \(icuName(status))")
    }
    while true {
      let filled = boundaries.withUnsafeMutableBufferPointer { bounds in
        statuses.withUnsafeMutableBufferPointer { rules in
          cicu_break_fill(handle, bounds.baseAddress, rules.baseAddress, Int64(bounds.count))
        }
      }
      if filled == 0 { break }
      for index in 0..<Int(filled) { body(Int(boundaries[index]), statuses[index]) }
    }
    // Detach from the caller's buffer so no dangling pointer survives this call.
    _ = cicu_break_set_text(handle, base, 0)
  }
}

/// ICU's symbolic name for an error code.
func icuName(_ status: Int32) -> String { String(cString: cicu_error_name(status)) }

/// The version of the system ICU Salvo is linked against.
public var icuVersion: String { String(cString: cicu_version()) }
