import SalvoModel

/// A mention inside a sentence, located by the sentence's local token indexes.
struct Item: Sendable {
  /// The mention's kind and span, and where it lies in the document's mentions: its value
  /// is `SentenceView.value(of:)`. An item copies no strings.
  var mention: MentionSpan
  /// First local token.
  var first: Int
  /// Local token just past the mention.
  var end: Int
}

/// What role reading asks of a mention most often: its kind and span.
struct MentionSpan: Sendable {
  var kind: MentionKind
  var range: TextRange
  /// Its index in the document's mentions (`SentenceView.mentions`).
  var index: Int
}

/// A cue phrase found in a sentence: local tokens `start..<end`.
struct CueMatch: Sendable {
  var cue: Cue
  var start: Int
  var end: Int
}

/// A trigger phrase found in a sentence, with every reading the lexicon gives its words.
struct TriggerMatch: Sendable {
  /// Its lexicon readings: `SentenceView.readings(of:)`. An index, so a match copies no
  /// reference.
  var readingList: Int
  var start: Int
  var end: Int
}

/// What is known of one local token: which cues start and which end there, as `Cue.bit`
/// sets, and which item covers it.
struct TokenFacts: Sendable {
  var starting: UInt64 = 0
  var ending: UInt64 = 0
  /// The index into `items` of the mention covering the token, or -1.
  var item: Int32 = -1
}

/// One sentence prepared for role reading: its tokens' fingerprints, the cues and triggers
/// in it, and its mentions located by token.
struct SentenceView: Sendable {
  /// The sentence.
  let sentence: Sentence
  /// The document's tokens of this sentence.
  let tokens: [Token]
  /// The document's mentions in the sentence, in text order, indexed as the document's.
  let mentions: ArraySlice<Mention>
  /// The lexicons, for what a mention stands for.
  let configuration: EventsConfiguration
  /// Mentions in the sentence, in text order.
  let items: [Item]
  /// Cue matches ordered by their first token.
  let cueMatches: [CueMatch]
  /// For each local token and the position past the last, the cues starting and ending
  /// there (most cue questions are answered by one bit test) and the item covering it.
  let facts: [TokenFacts]
  /// Triggers, longest-leftmost, not overlapping.
  let triggers: [TriggerMatch]

  /// Prepares a sentence, or gives nil when it has neither a trigger nor a mention.
  init?(
    sentence: Sentence, layer: TextLayer, mentions: ArraySlice<Mention>,
    configuration: EventsConfiguration
  ) {
    let range = sentence.tokens
    var prints: [UInt64] = []
    prints.reserveCapacity(range.count)
    for index in range { prints.append(layer.terms.fingerprint(of: layer.tokens[index].term)) }
    var triggers: [TriggerMatch] = []
    var index = 0
    while index < prints.count {
      if let longest = configuration.triggers.longestMatch(prints, at: index) {
        triggers.append(
          TriggerMatch(readingList: longest.list, start: index, end: index + longest.length))
        index += longest.length
      } else {
        index += 1
      }
    }
    // A sentence with neither a trigger nor a mention tells the events stage nothing; one
    // with mentions but no trigger may still name the discourse's subject.
    guard !triggers.isEmpty || !mentions.isEmpty else { return nil }
    self.triggers = triggers
    self.sentence = sentence
    let tokens = Array(layer.tokens[range])
    self.tokens = tokens
    var items: [Item] = []
    var facts = [TokenFacts](repeating: TokenFacts(), count: tokens.count + 1)
    items.reserveCapacity(mentions.count)
    for position in mentions.indices {
      let range = mentions[position].range
      // Tokens are ordered: the first ending past the mention's start, by bisection.
      var first = 0
      var high = tokens.count
      while first < high {
        let mid = (first + high) / 2
        if Int(tokens[mid].utf8End) > range.utf8Start {
          high = mid
        } else {
          first = mid + 1
        }
      }
      guard first < tokens.count else { continue }
      var end = first
      while end < tokens.count, Int(tokens[end].utf8Start) < range.utf8End { end += 1 }
      guard end > first else { continue }
      // A count contains the weapon it counts: the token map keeps the outer span.
      for index in first..<end where facts[index].item < 0 {
        facts[index].item = Int32(items.count)
      }
      items.append(
        Item(
          mention: MentionSpan(kind: mentions[position].kind, range: range, index: position),
          first: first, end: end))
    }
    self.items = items
    self.mentions = mentions
    self.configuration = configuration
    var matches: [CueMatch] = []
    matches.reserveCapacity(tokens.count)
    for index in tokens.indices {
      configuration.cues.forEachMatch(prints, at: index) { length, cues in
        // "Since May": a date's words are no modal.
        let inDate = facts[index].item >= 0 && items[Int(facts[index].item)].mention.kind == .date
        for cue in cues where !(inDate && cue == .hypothetical) {
          matches.append(CueMatch(cue: cue, start: index, end: index + length))
          facts[index].starting |= cue.bit
          facts[index + length].ending |= cue.bit
        }
      }
    }
    cueMatches = matches
    self.facts = facts
  }

  /// Whether a cue of `cue` starts at token `index`: the longest such match.
  func cue(_ cue: Cue, startsAt index: Int) -> CueMatch? {
    guard index >= 0, index < facts.count, facts[index].starting & cue.bit != 0 else {
      return nil
    }
    // Matches are ordered by start: find the first starting at `index`.
    var low = 0
    var high = cueMatches.count
    while low < high {
      let mid = (low + high) / 2
      if cueMatches[mid].start < index { low = mid + 1 } else { high = mid }
    }
    var best: CueMatch?
    while low < cueMatches.count, cueMatches[low].start == index {
      let match = cueMatches[low]
      if match.cue == cue, best.map({ $0.end < match.end }) ?? true { best = match }
      low += 1
    }
    return best
  }

  /// Whether a cue of `cue` ends just before token `index`: the longest such match.
  func cue(_ cue: Cue, endsAt index: Int) -> CueMatch? {
    guard index >= 0, index < facts.count, facts[index].ending & cue.bit != 0 else {
      return nil
    }
    var best: CueMatch?
    for match in cueMatches where match.end == index && match.cue == cue {
      if best.map({ match.start < $0.start }) ?? true { best = match }
    }
    return best
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

  /// Every reading the lexicon gives a trigger phrase.
  func readings(of match: TriggerMatch) -> ArraySlice<TriggerEntry> {
    configuration.triggers.payloads(match.readingList)
  }

  /// What the item's mention resolved to.
  func value(of item: Item) -> MentionValue {
    mentions[item.mention.index].value
  }

  /// The item (mention) covering token `index`.
  func item(at index: Int) -> Item? {
    guard index >= 0, index < tokens.count, facts[index].item >= 0 else { return nil }
    return items[Int(facts[index].item)]
  }
}
