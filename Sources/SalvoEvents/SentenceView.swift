import SalvoModel

/// A mention inside a sentence, located by the sentence's local token indexes.
struct Item: Sendable {
  /// The mention.
  var mention: Mention
  /// First local token.
  var first: Int
  /// Local token just past the mention.
  var end: Int
}

/// A cue phrase found in a sentence: local tokens `start..<end`.
struct CueMatch: Sendable {
  var cue: Cue
  var start: Int
  var end: Int
}

/// A trigger phrase found in a sentence, with every reading the lexicon gives its words.
struct TriggerMatch: Sendable {
  var readings: [TriggerEntry]
  var start: Int
  var end: Int
}

/// One sentence prepared for role reading: its tokens' fingerprints, the cues and triggers
/// in it, and its mentions located by token.
struct SentenceView: Sendable {
  /// The sentence.
  let sentence: Sentence
  /// The document's tokens of this sentence.
  let tokens: [Token]
  /// Each token's folded-term fingerprint.
  let prints: [UInt64]
  /// Mentions in the sentence, in text order.
  let items: [Item]
  /// For each local token, the index into `items` of the mention covering it.
  let itemAt: [Int?]
  /// Cue matches by their first token.
  let cuesStarting: [[CueMatch]]
  /// Cue matches by the token just past them.
  let cuesEnding: [[CueMatch]]
  /// Triggers, longest-leftmost, not overlapping.
  let triggers: [TriggerMatch]

  init(
    sentence: Sentence, layer: TextLayer, mentions: ArraySlice<Mention>,
    configuration: EventsConfiguration
  ) {
    self.sentence = sentence
    let tokens = Array(layer.tokens[sentence.tokens])
    self.tokens = tokens
    let prints = tokens.map { layer.terms.fingerprint(of: $0.term) }
    self.prints = prints
    var items: [Item] = []
    var itemAt = [Int?](repeating: nil, count: tokens.count)
    for mention in mentions {
      let first = tokens.firstIndex { Int($0.utf8End) > mention.range.utf8Start }
      guard let first else { continue }
      var end = first
      while end < tokens.count, Int(tokens[end].utf8Start) < mention.range.utf8End { end += 1 }
      guard end > first else { continue }
      // A count contains the weapon it counts: the token map keeps the outer span.
      for index in first..<end where itemAt[index] == nil { itemAt[index] = items.count }
      items.append(Item(mention: mention, first: first, end: end))
    }
    self.items = items
    self.itemAt = itemAt
    var starting = [[CueMatch]](repeating: [], count: tokens.count + 1)
    var ending = [[CueMatch]](repeating: [], count: tokens.count + 1)
    for index in tokens.indices {
      for match in configuration.cues.matches(prints, at: index) {
        for cue in match.payloads {
          let found = CueMatch(cue: cue, start: index, end: index + match.length)
          starting[index].append(found)
          ending[index + match.length].append(found)
        }
      }
    }
    cuesStarting = starting
    cuesEnding = ending
    var triggers: [TriggerMatch] = []
    var index = 0
    while index < tokens.count {
      if let longest = configuration.triggers.matches(prints, at: index).first {
        triggers.append(
          TriggerMatch(readings: longest.payloads, start: index, end: index + longest.length))
        index += longest.length
      } else {
        index += 1
      }
    }
    self.triggers = triggers
  }

  /// Whether a cue of `cue` starts at token `index`.
  func cue(_ cue: Cue, startsAt index: Int) -> CueMatch? {
    guard index >= 0, index < cuesStarting.count else { return nil }
    return cuesStarting[index].lazy.filter { $0.cue == cue }.max { $0.end < $1.end }
  }

  /// Whether a cue of `cue` ends just before token `index`.
  func cue(_ cue: Cue, endsAt index: Int) -> CueMatch? {
    guard index >= 0, index < cuesEnding.count else { return nil }
    return cuesEnding[index].lazy.filter { $0.cue == cue }.min { $0.start < $1.start }
  }

  /// The nearest cue of `cue` starting in `range`, searching backwards from its end.
  func lastCue(_ cue: Cue, in range: Range<Int>) -> CueMatch? {
    for index in range.reversed() {
      if let found = self.cue(cue, startsAt: index), found.end <= range.upperBound {
        return found
      }
    }
    return nil
  }

  /// The first cue of `cue` starting in `range`.
  func firstCue(_ cue: Cue, in range: Range<Int>) -> CueMatch? {
    for index in range {
      if let found = self.cue(cue, startsAt: index) { return found }
    }
    return nil
  }

  /// The text range of local tokens `range`.
  func textRange(_ range: Range<Int>) -> TextRange {
    TextRange(
      utf8Start: Int(tokens[range.lowerBound].utf8Start),
      utf8End: Int(tokens[range.upperBound - 1].utf8End))
  }

  /// The item (mention) covering token `index`.
  func item(at index: Int) -> Item? {
    guard index >= 0, index < itemAt.count, let position = itemAt[index] else { return nil }
    return items[position]
  }
}
