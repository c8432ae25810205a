import ArgumentParser
import Foundation

/// `--progress` and `--quiet`.
struct ProgressOptions: ParsableArguments {
  @Flag(help: "Show progress on stderr even when it is not a terminal.")
  var progress = false

  @Flag(name: .shortAndLong, help: "Print nothing on stderr but errors.")
  var quiet = false

  /// Whether to draw progress: asked for, or stderr is a terminal, and not quiet.
  var showsProgress: Bool { !quiet && (progress || isatty(STDERR_FILENO) != 0) }
}
