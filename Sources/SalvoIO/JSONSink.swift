import SalvoModel

/// Something that receives JSON as a stream of events: containers opened and closed, keys and
/// scalar values, in document order.
///
/// The record writers (`ArticleRecord`, `MentionRecord`, `EventRecord`) describe each record
/// once, generically over a sink: `JSONWriter` turns the stream straight into bytes (the hot
/// path of `salvo extract`), `JSONTreeBuilder` into a `JSONValue` for callers that inspect or
/// combine records.
public protocol JSONSink: ~Copyable {
  /// Opens an object (`{`).
  mutating func beginObject()
  /// Closes the innermost object (`}`).
  mutating func endObject()
  /// Opens an array (`[`).
  mutating func beginArray()
  /// Closes the innermost array (`]`).
  mutating func endArray()
  /// The key of the next member of the innermost object.
  mutating func key(_ name: StaticString)
  /// A string, or `null` for nil.
  mutating func string(_ value: String?)
  /// A string given as a slice of a longer one (a document's text).
  mutating func string(_ value: Substring)
  /// The text `range` covers in `text` (a document's text), as `text.slice(range)` gives it.
  mutating func string(_ text: String, _ range: TextRange)
  /// An integer, or `null` for nil.
  mutating func int(_ value: Int?)
  /// A number in Swift's shortest round-tripping form; `null` for nil or not finite.
  mutating func double(_ value: Double?)
  /// `true` or `false`.
  mutating func bool(_ value: Bool)
  /// `null`.
  mutating func null()
  /// A whole value.
  mutating func value(_ value: JSONValue)
}

extension JSONSink where Self: ~Copyable {
  /// The text `range` covers in `text`, through `string(_: Substring)`.
  public mutating func string(_ text: String, _ range: TextRange) {
    string(text.slice(range))
  }

  /// A string member: the text `range` covers in `text`.
  ///
  /// These helpers are inlined so that the key, a constant at each call site, is written
  /// with constant-length moves.
  @inline(__always)
  mutating func field(_ name: StaticString, _ text: String, _ range: TextRange) {
    key(name)
    string(text, range)
  }

  /// A string member.
  @inline(__always)
  mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  /// A string member from a slice of a longer string.
  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Substring) {
    key(name)
    string(value)
  }

  /// An integer member.
  @inline(__always)
  mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    int(value)
  }

  /// A `{"start":…,"end":…}` object.
  @inline(__always)
  mutating func span(_ span: (start: Int, end: Int)) {
    beginObject()
    field("start", span.start)
    field("end", span.end)
    endObject()
  }
}
