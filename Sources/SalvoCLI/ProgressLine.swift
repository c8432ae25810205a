import Foundation
import Salvo

/// Draws one self-overwriting progress line on stderr, at most ten times a second.
final class ProgressLine {
  private let isTerminal = isatty(STDERR_FILENO) != 0
  private var lastDraw = ContinuousClock.now - .seconds(1)
  private var drew = false

  func update(_ progress: BatchProgress, force: Bool = false) {
    let now = ContinuousClock.now
    guard force || now - lastDraw >= .milliseconds(100) else { return }
    lastDraw = now
    let eta = progress.etaSeconds.map { String(format: "ETA %.0fs", $0) } ?? "ETA --"
    let line = String(
      format: "salvo: %d articles · %d/%d files · %.1f articles/s · %@",
      progress.articles, Swift.min(progress.sources, progress.totalFiles), progress.totalFiles,
      progress.articlesPerSecond, eta)
    // On a terminal, redraw in place; elsewhere (a log file), one line per update.
    let text = isTerminal ? "\r\u{1B}[K" + line : line + "\n"
    FileHandle.standardError.write(Data(text.utf8))
    drew = true
  }

  func finish() {
    if drew && isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
