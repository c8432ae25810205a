import CICU

/// Unicode normalization and case folding through ICU.
public enum ICUTransform {
  /// NFKC normalization (compatibility decomposition, then canonical composition).
  ///
  /// - Throws: `TextError` when ICU fails.
  public static func nfkc(_ text: String) throws(TextError) -> String {
    try run(text, "NFKC normalization") { source, length, destination, capacity, error in
      cicu_normalize_nfkc(source, length, destination, capacity, &error)
    }
  }

  /// Unicode full case folding (`Straße` → `strasse`).
  ///
  /// - Throws: `TextError` when ICU fails.
  public static func caseFold(_ text: String) throws(TextError) -> String {
    try run(text, "case folding") { source, length, destination, capacity, error in
      cicu_case_fold(source, length, destination, capacity, &error)
    }
  }

  typealias Call = (
    UnsafePointer<UInt8>?, Int64, UnsafeMutablePointer<UInt8>?, Int64, inout Int32
  ) -> Int64

  /// Runs a C transform with ICU's preflight protocol: retry with the size it asks for.
  static func run(_ text: String, _ what: String, _ call: Call) throws(TextError) -> String {
    let source = Array(text.utf8)
    var capacity = max(16, source.count * 2)
    while true {
      var error: Int32 = 0
      var output = [UInt8](repeating: 0, count: capacity)
      let needed = source.withUnsafeBufferPointer { input in
        output.withUnsafeMutableBufferPointer { buffer in
          call(input.baseAddress, Int64(input.count), buffer.baseAddress, Int64(capacity), &error)
        }
      }
      guard needed >= 0 else { throw TextError(.icuFailed, "\(what) failed: \(icuName(error))") }
      if needed <= capacity {
        return String(decoding: output[..<Int(needed)], as: UTF8.self)
      }
      capacity = Int(needed)
    }
  }
}

/// An ICU transliterator such as `Any-Latin; Latin-ASCII`.
///
/// Owns the ICU handle and closes it in `deinit`. Not thread-safe: use one per task.
public final class ICUTransliterator {
  private let handle: OpaquePointer

  /// Opens a transliterator.
  ///
  /// - Parameter identifier: an ICU transform id, e.g. `Any-Latin; Latin-ASCII`.
  /// - Throws: `TextError` when ICU does not know the id.
  public init(_ identifier: String) throws(TextError) {
    var status: Int32 = 0
    guard let handle = cicu_transliterator_open(identifier, &status) else {
      throw TextError(
        .icuOpenFailed, "cannot open transliterator \(identifier): \(icuName(status))")
    }
    self.handle = handle
  }

  deinit { cicu_transliterator_close(handle) }

  /// Transliterates `text`.
  ///
  /// - Throws: `TextError` when ICU fails.
  public func transliterate(_ text: String) throws(TextError) -> String {
    try ICUTransform.run(text, "transliteration") { source, length, destination, capacity, error in
      cicu_transliterate(handle, source, length, destination, capacity, &error)
    }
  }
}
