import SalvoModel

/// How a figure is written in merge reasons and conflicts: "40", "about 40", "more than
/// 85", "10–12", "several".
enum FigureText {
  static func label(_ quantity: Quantity) -> String {
    func number(_ value: Double?) -> String {
      guard let value else { return "?" }
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    let value = quantity.value ?? quantity.low ?? quantity.high
    switch quantity.qualifier {
    case .exact: return number(value)
    case .approx: return "about " + number(value)
    case .moreThan: return "more than " + number(quantity.low ?? value)
    case .atLeast: return "at least " + number(quantity.low ?? value)
    case .lessThan: return "less than " + number(quantity.high ?? value)
    case .upTo: return "up to " + number(quantity.high ?? value)
    case .range: return number(quantity.low) + "–" + number(quantity.high)
    case .vague: return "vague"
    }
  }
}
