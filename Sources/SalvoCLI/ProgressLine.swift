import Foundation
import Salvo

/// Draws one self-overwriting progress line on stderr, at most ten times a second:
/// articles done, files done, articles per second and the estimated time left.
final class ProgressLine {
  private let isTerminal = isatty(STDERR_FILENO) != 0
  private var lastDraw = ContinuousClock.now - .seconds(1)
  private var drew = false
  /// The latest totals not drawn yet (skipped by the rate limit).
  private var pending: BatchProgress?

  func update(_ progress: BatchProgress, force: Bool = false) {
    let now = ContinuousClock.now
    guard force || now - lastDraw >= .milliseconds(100) else {
      pending = progress
      return
    }
    lastDraw = now
    pending = nil
    let eta = progress.etaSeconds.map { "ETA " + Self.duration($0) } ?? "ETA --"
    let line = String(
      format: "salvo: %d articles · %d/%d files · %.1f articles/s · %@",
      progress.articles, Swift.min(progress.sources, progress.totalFiles), progress.totalFiles,
      progress.articlesPerSecond, eta)
    // On a terminal, redraw in place; elsewhere (a log file), one line per update.
    let text = isTerminal ? "\r\u{1B}[K" + line : line + "\n"
    FileHandle.standardError.write(Data(text.utf8))
    drew = true
  }

  /// Draws the final totals if the rate limit held them back, and ends the line.
  func finish() {
    if let pending { update(pending, force: true) }
    if drew && isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
  }

  /// `42s`, `3m05s`, `2h07m`.
  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    if total < 60 { return "\(total)s" }
    if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
    return String(format: "%dh%02dm", total / 3600, (total % 3600) / 60)
  }
}
