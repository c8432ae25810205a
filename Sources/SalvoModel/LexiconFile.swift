/// A tab-separated data file as Salvo's `Gazetteers/` files write them.
///
/// Lines starting with `#` are comments; the first other line is the header naming the
/// columns; fields are separated by tabs, list fields by `|`; an empty field means none.
public struct LexiconFile: Sendable {
  /// One data row and where it came from.
  public struct Row: Sendable {
    /// The 1-based line number in the file.
    public var line: Int
    /// The fields, one per header column (missing trailing fields are empty).
    public var fields: [Substring]
    fileprivate var columns: [String: Int]

    /// The field of a named column, or `nil` when it is empty or the column is absent.
    public subscript(column: String) -> String? {
      guard let index = columns[column], index < fields.count, !fields[index].isEmpty else {
        return nil
      }
      return String(fields[index])
    }

    /// A `|`-separated list field, empty items dropped.
    public func list(_ column: String) -> [String] {
      guard let value = self[column] else { return [] }
      return value.split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
    }
  }

  /// The file's name, for messages (`Gazetteers/actors.tsv`).
  public var name: String
  /// The data rows in file order.
  public var rows: [Row]

  /// Parses a data file's text.
  ///
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - name: the file's name for messages.
  ///   - required: columns the header must have.
  /// - Throws: `LexiconFileError` naming `file:line:column` when the header lacks a required
  ///   column or a row has more fields than the header.
  public init(text: String, name: String, required: [String] = []) throws(LexiconFileError) {
    self.name = name
    var header: [String]?
    var columns: [String: Int] = [:]
    var rows: [Row] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard let known = header else {
        let names = fields.map { $0.trimmingASCIIWhitespace() }
        for column in required where !names.contains(column) {
          throw LexiconFileError(
            file: name, line: lineNumber, column: 1,
            message: "header lacks the required column '\(column)'")
        }
        header = names
        for (index, column) in names.enumerated() { columns[column] = index }
        continue
      }
      guard fields.count <= known.count else {
        let column = fields.prefix(known.count).reduce(1) { $0 + $1.count + 1 }
        throw LexiconFileError(
          file: name, line: lineNumber, column: column,
          message: "\(fields.count) fields but the header has \(known.count) columns")
      }
      rows.append(Row(line: lineNumber, fields: fields, columns: columns))
    }
    self.rows = rows
  }
}

/// A malformed data file, located as `file:line:column`.
public struct LexiconFileError: Error, Sendable, CustomStringConvertible {
  /// The file's name (`ingest/boilerplate.tsv`).
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column where the problem starts.
  public var column: Int
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(file):\(line):\(column): \(message)" }
}

extension Substring {
  /// The substring without leading and trailing ASCII spaces, tabs and line breaks.
  func trimmingASCIIWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
