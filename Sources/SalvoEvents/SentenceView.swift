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
  var starting: UInt128 = 0
  var ending: UInt128 = 0
  /// The index into `items` of the mention covering the token, or -1.
  var item: Int32 = -1
}

/// The tokens of one sentence, read in place from the document's: local token `index` is the
/// document's token `base + index`. A sentence copies no tokens.
struct SentenceTokens: RandomAccessCollection, Sendable {
  /// The document's tokens.
  let all: ContiguousArray<Token>
  /// The document index of the sentence's first token.
  let base: Int
  let endIndex: Int
  var startIndex: Int { 0 }

  subscript(index: Int) -> Token { all[base + index] }
}

/// One sentence prepared for role reading: its tokens' fingerprints, the cues and triggers
/// in it, and its mentions located by token.
///
/// One view serves every sentence of a document: `read(_:mentions:)` refills its arrays in
/// place, so reading a sentence allocates nothing once the arrays have grown to fit.
struct SentenceView: Sendable {
  /// The sentence.
  private(set) var sentence: Sentence
  /// The document's tokens of this sentence.
  private(set) var tokens: SentenceTokens
  /// The document's mentions in the sentence, in text order, indexed as the document's.
  private(set) var mentions: ArraySlice<Mention>
  /// The lexicons, for what a mention stands for.
  let configuration: EventsConfiguration
  /// The document's text, for the few questions its words' fingerprints cannot answer.
  let text: String
  /// Mentions in the sentence, in text order.
  private(set) var items: [Item] = []
  /// Cue matches ordered by their first token.
  private(set) var cueMatches: [CueMatch] = []
  /// For each local token and the position past the last, the cues starting and ending
  /// there (most cue questions are answered by one bit test) and the item covering it.
  private(set) var facts: [TokenFacts] = []
  /// The cues found anywhere in the sentence, as `Cue.bit` set.
  private(set) var cuesPresent: UInt128 = 0
  /// Triggers, longest-leftmost, not overlapping.
  private(set) var triggers: [TriggerMatch] = []
  /// The fingerprint of each of the document's tokens.
  private let prints: [UInt64]

  /// Prepares to read the sentences of a document; the view holds no sentence until
  /// `read(_:mentions:)`.
  init(layer: TextLayer, text: String, mentions: [Mention], configuration: EventsConfiguration) {
    self.configuration = configuration
    self.text = text
    sentence = Sentence(
      range: TextRange(utf8Start: 0, utf8End: 0), tokens: 0..<0, isHeadline: false)
    tokens = SentenceTokens(all: layer.tokens, base: 0, endIndex: 0)
    self.mentions = mentions[0..<0]
    var prints: [UInt64] = []
    prints.reserveCapacity(layer.tokens.count)
    // Read from the table's buffer: a call per token cost more than the read.
    layer.terms.fingerprints.withUnsafeBufferPointer { fingerprints in
      for token in layer.tokens { prints.append(fingerprints[Int(token.term.rawValue)]) }
    }
    self.prints = prints
  }

  /// Prepares a sentence; returns false, holding no sentence, when it has neither a trigger
  /// nor a mention.
  mutating func read(_ sentence: Sentence, mentions: ArraySlice<Mention>) -> Bool {
    // The arrays are moved out, filled as locals and moved back: they stay uniquely
    // referenced (no copy on write), and the loops below touch no property of `self`, whose
    // tables would otherwise be retained and released token by token.
    var triggers: [TriggerMatch] = []
    var items: [Item] = []
    var cueMatches: [CueMatch] = []
    var facts: [TokenFacts] = []
    swap(&triggers, &self.triggers)
    swap(&items, &self.items)
    swap(&cueMatches, &self.cueMatches)
    swap(&facts, &self.facts)
    defer {
      self.triggers = triggers
      self.items = items
      self.cueMatches = cueMatches
      self.facts = facts
    }
    triggers.removeAll(keepingCapacity: true)
    items.removeAll(keepingCapacity: true)
    cueMatches.removeAll(keepingCapacity: true)
    facts.removeAll(keepingCapacity: true)
    let range = sentence.tokens
    let prints = self.prints[range]
    let triggerTable = configuration.triggers
    var index = range.lowerBound
    while index < range.upperBound {
      if let longest = triggerTable.longestMatch(prints, at: index) {
        triggers.append(
          TriggerMatch(
            readingList: longest.list, start: index - range.lowerBound,
            end: index - range.lowerBound + longest.length))
        index += longest.length
      } else {
        index += 1
      }
    }
    // A sentence with neither a trigger nor a mention tells the events stage nothing; one
    // with mentions but no trigger may still name the discourse's subject.
    guard !triggers.isEmpty || !mentions.isEmpty else { return false }
    self.sentence = sentence
    let tokens = SentenceTokens(all: self.tokens.all, base: range.lowerBound, endIndex: range.count)
    self.tokens = tokens
    self.mentions = mentions
    facts.append(contentsOf: repeatElement(TokenFacts(), count: tokens.count + 1))
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
    let cueTable = configuration.cues
    var present: UInt128 = 0
    defer { cuesPresent = present }
    // The facts are written through their buffer: a check for a unique array per write
    // would cost more than the write.
    facts.withUnsafeMutableBufferPointer { facts in
      for index in tokens.indices {
        cueTable.forEachMatch(prints, at: range.lowerBound + index) { length, cues in
          // "Since May": a date's words are no modal.
          let inDate =
            facts[index].item >= 0 && items[Int(facts[index].item)].mention.kind == .date
          for cue in cues where !(inDate && cue == .hypothetical) {
            cueMatches.append(CueMatch(cue: cue, start: index, end: index + length))
            facts[index].starting |= cue.bit
            facts[index + length].ending |= cue.bit
            present |= cue.bit
          }
        }
      }
    }
    return true
  }

  /// The fingerprints of the sentence's tokens, indexed as the document's tokens.
  var sentencePrints: ArraySlice<UInt64> { prints[sentence.tokens] }

  /// Whether the sentence has a cue of `cue` anywhere: one bit test, before any search.
  func hasAny(_ cue: Cue) -> Bool { cuesPresent & cue.bit != 0 }

  /// Whether a cue of `cue` starts at token `index`: one bit test, no match looked up.
  func hasCue(_ cue: Cue, startsAt index: Int) -> Bool {
    index >= 0 && index < facts.count && facts[index].starting & cue.bit != 0
  }

  /// Whether a cue of `cue` ends just before token `index`: one bit test.
  func hasCue(_ cue: Cue, endsAt index: Int) -> Bool {
    index >= 0 && index < facts.count && facts[index].ending & cue.bit != 0
  }

  /// The cue of `cues` (in their order) of which one ends just before token `index`.
  func firstCue(of cues: [Cue], endingAt index: Int) -> Cue? {
    guard index >= 0, index < facts.count, facts[index].ending != 0 else { return nil }
    let ending = facts[index].ending
    return cues.first { ending & $0.bit != 0 }
  }

  /// Whether a cue of `cue` starts at token `index`: the longest such match.
  @inline(__always)
  func cue(_ cue: Cue, startsAt index: Int) -> CueMatch? {
    guard index >= 0, index < facts.count, facts[index].starting & cue.bit != 0 else {
      return nil
    }
    return longestMatch(of: cue, startingAt: index)
  }

  /// The longest match of `cue` starting at `index`, which the token's bits say exists: the
  /// search, kept out of line so that the bit test inlines.
  @inline(never)
  private func longestMatch(of cue: Cue, startingAt index: Int) -> CueMatch? {
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
  @inline(__always)
  func cue(_ cue: Cue, endsAt index: Int) -> CueMatch? {
    guard index >= 0, index < facts.count, facts[index].ending & cue.bit != 0 else {
      return nil
    }
    return longestMatch(of: cue, endingAt: index)
  }

  /// The longest match of `cue` ending at `index`, which the token's bits say exists.
  @inline(never)
  private func longestMatch(of cue: Cue, endingAt index: Int) -> CueMatch? {
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

  /// The local token that starts where `range` starts, if one does.
  func tokenIndex(startingAt range: TextRange) -> Int? {
    tokens.firstIndex { Int($0.utf8Start) == range.utf8Start }
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

  /// The rule that produced the item's mention.
  func rule(of item: Item) -> String {
    mentions[item.mention.index].provenance.rule
  }

  /// The place the item's mention resolved to, if it is a place: only a place's value is
  /// copied out.
  func place(of item: Item) -> PlaceReference? {
    guard item.mention.kind == .place, case .place(let place) = mentions[item.mention.index].value
    else { return nil }
    return place
  }

  /// The item (mention) covering token `index`.
  func item(at index: Int) -> Item? {
    guard index >= 0, index < tokens.count, facts[index].item >= 0 else { return nil }
    return items[Int(facts[index].item)]
  }
}
