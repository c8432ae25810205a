import Foundation
import SalvoModel

/// Builds synthetic articles deterministically from a seed.
struct CorpusGenerator {
  /// One underlying real-world event that several articles may retell.
  struct Event {
    var attacker: String
    var target: String
    var place: String
    var country: String
    var weapons: String
    var count: Int
    var killed: Int
    var injured: Int
    var dayOfYear: Int
  }

  struct Article {
    var name: String
    var contents: String
  }

  let vocabulary: Vocabulary
  let seed: UInt64
  let events: [Event]

  init(vocabulary: Vocabulary, seed: UInt64, articles: Int) {
    self.vocabulary = vocabulary
    self.seed = seed
    var random = SplitMix64(seed: seed)
    events = (0..<max(1, articles / 3)).map { _ in
      let place = vocabulary.places.pick(&random)
      return Event(
        attacker: vocabulary.attackers.pick(&random), target: vocabulary.targets.pick(&random),
        place: place.name, country: place.country, weapons: vocabulary.weapons.pick(&random),
        count: [2, 3, 5, 12, 20, 40, 180].pick(&random),
        killed: Int.random(in: 0...9, using: &random),
        injured: Int.random(in: 0...40, using: &random),
        dayOfYear: Int.random(in: 0..<360, using: &random))
    }
  }

  /// Article `index`; it depends only on the seed and the index.
  func article(_ index: Int) -> Article {
    var random = SplitMix64(seed: seed &* 0x9E37_79B9 &+ UInt64(index))
    // Zipf-like choice: a few events are retold often, most rarely.
    let rank = Int(Double(events.count) * pow(Double.random(in: 0..<1, using: &random), 2.5))
    let event = events[min(rank, events.count - 1)]
    let outlet = vocabulary.outlets.pick(&random)
    var fill = Filler(event: event, outlet: outlet, vocabulary: vocabulary)
    let headline = fill.render(vocabulary.templates["headline"].orEmpty.pick(&random), &random)
    var paragraphs: [String] = [
      fill.render(vocabulary.templates["lead"].orEmpty.pick(&random), &random)
    ]
    let kinds = ["detail", "casualty", "claim", "background", "quote", "filler"]
    // Each template is used at most once per article, as a writer would.
    var unused = kinds.reduce(into: [String: [String]]()) { pools, kind in
      pools[kind] = vocabulary.templates[kind].orEmpty.shuffled(using: &random)
    }
    for _ in 0..<Int.random(in: 5...12, using: &random) {
      let kind = kinds.pick(&random)
      let sentences = (0..<Int.random(in: 1...4, using: &random)).compactMap { _ in
        unused[kind]?.popLast().map { fill.render($0, &random) }
      }
      if !sentences.isEmpty { paragraphs.append(sentences.joined(separator: " ")) }
    }
    let header =
      Bool.random(using: &random)
      ? vocabulary.furniture["header"].orEmpty.map { fill.render($0, &random) } : []
    let footer =
      Bool.random(using: &random)
      ? Array(vocabulary.furniture["footer"].orEmpty.shuffled(using: &random).prefix(2))
        .map { fill.render($0, &random) } : []
    let name = String(format: "article-%06d", index)
    switch Int.random(in: 0..<20, using: &random) {
    case 0, 1:
      let object: [String: Any] = [
        "id": name, "title": headline, "source": ["name": outlet], "published": fill.isoDate,
        "text": paragraphs.joined(separator: "\n\n"),
      ]
      let data =
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
      return Article(name: name + ".json", contents: String(decoding: data, as: UTF8.self))
    case 2:
      return Article(
        name: name + ".md",
        contents: "# \(headline)\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    case 3:
      let body = paragraphs.map { "<p>\(Self.escape($0))</p>" }.joined(separator: "\n")
      return Article(
        name: name + ".html",
        contents: """
          <html><head><title>\(Self.escape(headline))</title>
          <meta property="article:published_time" content="\(fill.isoDate)"></head>
          <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <h1>\(Self.escape(headline))</h1>
          \(body)
          <footer>© \(Self.escape(outlet))</footer></body></html>
          """)
    default:
      let lines = [headline, ""] + header + [""] + paragraphs.flatMap { [$0, ""] } + footer
      return Article(name: name + ".txt", contents: lines.joined(separator: "\n") + "\n")
    }
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }
}

/// Fills template slots from one event.
struct Filler {
  let event: CorpusGenerator.Event
  let outlet: String
  let vocabulary: Vocabulary
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  private static let weekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  private static let words = ["two", "three", "five", "twelve", "twenty", "forty", "dozens of"]

  init(event: CorpusGenerator.Event, outlet: String, vocabulary: Vocabulary) {
    self.event = event
    self.outlet = outlet
    self.vocabulary = vocabulary
  }

  var month: Int { min(11, event.dayOfYear / 30) }
  var day: Int { event.dayOfYear % 30 + 1 }
  var isoDate: String { String(format: "2024-%02d-%02d", month + 1, day) }

  mutating func render(_ template: String, _ random: inout SplitMix64) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      result += value(String(rest[rest.index(after: open)..<close]), &random)
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  private func value(_ slot: String, _ random: inout SplitMix64) -> String {
    switch slot {
    case "attacker": return event.attacker
    case "target": return event.target
    case "place": return event.place
    case "country": return event.country
    case "weapons", "weapon": return event.weapons
    case "count": return String(event.count)
    case "countword": return Self.words.pick(&random).capitalizedFirst
    case "killed": return String(event.killed)
    case "injured": return String(event.injured)
    case "month": return Self.months[month]
    case "date":
      switch Int.random(in: 0..<3, using: &random) {
      case 0: return "\(day) \(Self.months[month])"
      case 1: return "\(Self.months[month]) \(day)"
      default: return Self.weekdays[event.dayOfYear % 7]
      }
    case "outlet": return outlet
    case "domain": return outlet.lowercased().filter { $0.isLetter }
    case "spokesman": return vocabulary.templates["spokesman"].orEmpty.pick(&random)
    case "official": return vocabulary.templates["official"].orEmpty.pick(&random)
    case "number": return String(Int.random(in: 1_000_000...99_999_999, using: &random))
    case "dateline":
      return String(
        format: "%02d/%02d/2024 %02dh%02d", day, month + 1,
        Int.random(in: 0..<24, using: &random), Int.random(in: 0..<60, using: &random))
    default: return slot
    }
  }
}

extension Array {
  /// A random element; the array must not be empty.
  func pick(_ random: inout SplitMix64) -> Element {
    self[Int.random(in: 0..<count, using: &random)]
  }
}

extension Optional where Wrapped == [String] {
  var orEmpty: [String] { self ?? [""] }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
