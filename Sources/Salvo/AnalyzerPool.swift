import Foundation
import SalvoText

/// Hands out text analyzers to concurrent tasks, one task at a time per analyzer.
///
/// Analyzers own ICU handles that are expensive to open and not thread-safe; the pool
/// opens one per concurrent task at most and reuses them. The lock guards the free list,
/// which is the only shared state, so the pool is safe to share across tasks.
final class AnalyzerPool: @unchecked Sendable {
  private let configuration: TextConfiguration
  private let lock = NSLock()
  private var free: [TextAnalyzer] = []

  init(configuration: TextConfiguration) {
    self.configuration = configuration
  }

  /// Runs `body` with an analyzer no other task is using.
  func withAnalyzer<Result: Sendable>(_ body: (TextAnalyzer) throws -> Result) throws -> Result {
    let analyzer =
      try lock.withLock { free.popLast() } ?? TextAnalyzer(configuration: configuration)
    defer { lock.withLock { free.append(analyzer) } }
    return try body(analyzer)
  }
}
