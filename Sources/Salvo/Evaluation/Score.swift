import Foundation

/// Counts behind a precision / recall / F1 figure.
public struct Score: Sendable, Equatable {
  /// Predictions that match gold items.
  public var truePositives = 0
  /// Predictions made.
  public var predicted = 0
  /// Gold items.
  public var gold = 0

  /// Creates a score.
  public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
    self.truePositives = truePositives
    self.predicted = predicted
    self.gold = gold
  }

  /// Correct predictions among predictions; 1 when nothing was predicted.
  public var precision: Double {
    predicted == 0 ? 1 : Double(min(truePositives, predicted)) / Double(predicted)
  }
  /// Found gold items among gold items; 1 when there is no gold.
  public var recall: Double { gold == 0 ? 1 : Double(min(truePositives, gold)) / Double(gold) }
  /// Harmonic mean of precision and recall.
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }

  static func + (lhs: Score, rhs: Score) -> Score {
    Score(
      truePositives: lhs.truePositives + rhs.truePositives,
      predicted: lhs.predicted + rhs.predicted,
      gold: lhs.gold + rhs.gold)
  }
}

/// A share of correct items.
public struct Accuracy: Sendable, Equatable {
  /// Items judged correct.
  public var correct = 0
  /// Items judged.
  public var total = 0

  /// Creates an accuracy.
  public init(correct: Int = 0, total: Int = 0) {
    self.correct = correct
    self.total = total
  }

  /// Correct over total; 1 when there is nothing to judge.
  public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }

  static func + (lhs: Accuracy, rhs: Accuracy) -> Accuracy {
    Accuracy(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total)
  }
}

/// Surface comparison that ignores case, a leading "the", a possessive and typographic
/// apostrophes: gold lists "Iran", the text says "Iran's".
enum SurfaceForm {
  static func normalize(_ surface: String) -> String {
    var text = surface.replacingOccurrences(of: "’", with: "'").lowercased()
    if text.hasPrefix("the ") { text.removeFirst(4) }
    if text.hasSuffix("'s") { text.removeLast(2) }
    if text.hasSuffix("'") { text.removeLast() }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Whether one surface contains the other as whole words.
  static func overlaps(_ a: String, _ b: String) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard !short.isEmpty else { return false }
    return (" " + long.replacingOccurrences(of: "-", with: " ") + " ")
      .contains(" " + short.replacingOccurrences(of: "-", with: " ") + " ")
  }
}
