import SalvoText

/// Versions reported by `salvo --version` and in `run.json`.
public enum SalvoVersion {
  /// Salvo's own version.
  public static let current = "0.1.0"
  /// The linked system ICU's version.
  public static var icu: String { icuVersion }
}
