/// Builds a `JSONValue` from a stream of JSON events, for callers that want a record as a
/// tree rather than as bytes.
public struct JSONTreeBuilder: JSONSink {
  /// An open container: its members or items, and the key it goes under in its parent.
  private struct Container {
    var isObject: Bool
    var members: [(String, JSONValue)] = []
    var items: [JSONValue] = []
    var keyInParent: String?
  }

  private var stack: [Container] = []
  private var pendingKey: String?
  /// The value built, once its outermost container is closed.
  public private(set) var result: JSONValue = .null

  /// Creates an empty builder.
  public init() {}

  private mutating func emit(_ value: JSONValue) {
    guard !stack.isEmpty else {
      result = value
      return
    }
    if stack[stack.count - 1].isObject {
      stack[stack.count - 1].members.append((pendingKey ?? "", value))
      pendingKey = nil
    } else {
      stack[stack.count - 1].items.append(value)
    }
  }

  public mutating func beginObject() {
    stack.append(Container(isObject: true, keyInParent: pendingKey))
    pendingKey = nil
  }

  public mutating func endObject() {
    guard let container = stack.popLast() else { return }
    pendingKey = container.keyInParent
    emit(.object(container.members))
  }

  public mutating func beginArray() {
    stack.append(Container(isObject: false, keyInParent: pendingKey))
    pendingKey = nil
  }

  public mutating func endArray() {
    guard let container = stack.popLast() else { return }
    pendingKey = container.keyInParent
    emit(.array(container.items))
  }

  public mutating func key(_ name: StaticString) { pendingKey = name.description }
  public mutating func string(_ value: String?) { emit(.string(value)) }
  public mutating func string(_ value: Substring) { emit(.string(String(value))) }
  public mutating func int(_ value: Int?) { emit(.int(value)) }
  public mutating func double(_ value: Double?) { emit(value.map(JSONValue.double) ?? .null) }
  public mutating func bool(_ value: Bool) { emit(.bool(value)) }
  public mutating func null() { emit(.null) }
  public mutating func value(_ value: JSONValue) { emit(value) }
}
