/// When `salvo inspect` colours its output: `auto`, `always` or `never`.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
  /// Colour when the output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not
  /// `dumb` (see no-color.org).
  case auto
  /// Always colour, whatever the output and the environment.
  case always
  /// Never colour: marks use the bracket notation `⟦Eilat⟧place`.
  case never

  /// Whether to colour.
  ///
  /// - Parameters:
  ///   - outputIsTerminal: whether the output goes to a terminal.
  ///   - environment: the process environment (`NO_COLOR`, `TERM`).
  /// - Returns: true to emit ANSI colours.
  public func usesColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return outputIsTerminal && !noColor && environment["TERM"] != "dumb"
    }
  }
}
