extension SentenceView {
  /// Whether token `index` starts a new clause: a boundary cue that is not part of a
  /// coordination ("as well as", "such as").
  func isBoundary(_ index: Int) -> Bool {
    // A word of a name is none ("As Salt", "As Suwayda").
    guard let boundary = cue(.boundary, startsAt: index), item(at: index) == nil else {
      return false
    }
    // A coordination spanning the word holds it ("as well as"), unless the boundary phrase
    // goes on past it ("and that"); so does a verb of naming ("struck what the military
    // described as weapons depots").
    for back in max(0, index - 1)...index {
      if let holding = cue(.coordination, startsAt: back) ?? cue(.predicative, startsAt: back),
        holding.end > index, holding.end >= boundary.end
      {
        return false
      }
    }
    return true
  }

  /// The comma that closes a clause opened by a boundary word at the start of the sentence
  /// ("After the IRI fired on Eilat, an Israeli drone strike …").
  var frontedClauseEnd: Int? {
    guard !tokens.isEmpty, isBoundary(0) else { return nil }
    return (1..<tokens.count).first { hasCue(.comma, startsAt: $0) }
  }

  /// The local tokens of the clause around `span`: from the nearest boundary word before it
  /// (kept, so "if" and "while" can be read) to just before the nearest boundary after it; a
  /// fronted clause ends at its comma.
  func clause(around span: Range<Int>) -> Range<Int> {
    var start = span.lowerBound
    while start > 0, !isBoundary(start - 1) { start -= 1 }
    if start > 0 { start -= 1 }
    var end = span.upperBound
    while end < tokens.count, !isBoundary(end) { end += 1 }
    if let comma = frontedClauseEnd {
      if span.lowerBound > comma { start = max(start, comma + 1) } else { end = min(end, comma) }
    }
    return start..<end
  }

  /// A trailing attribution after `position`: a comma, then a speaker and a verb of saying
  /// (", the group's spokesman said"), or the verb and then the speaker (", said the group").
  /// Returns the verb and the tokens that name the speaker.
  func trailingAttribution(after position: Int) -> (report: CueMatch, speaker: Range<Int>)? {
    let end = tokens.count
    guard let comma = firstCue(.comma, in: position..<end),
      let report = firstCue(.report, in: comma.end..<end),
      report.start - comma.end <= 6
    else { return nil }
    // Nothing but the attribution and its complements may follow ("in a statement").
    if lastCue(.comma, in: comma.end..<report.start) != nil { return nil }
    // (", in what they say is solidarity with …": a free relative's verb qualifies a word
    // after it, not the clause.)
    if firstCue(.freeRelative, in: comma.end..<report.start) != nil { return nil }
    if report.start == comma.end {
      return (report, report.end..<min(end, report.end + 6))
    }
    return (report, comma.end..<report.start)
  }

  /// Whether the sentence has a word an appositive ranking an occurrence needs: an ordinal
  /// or a superlative.
  var mayRank: Bool { hasAny(.ordinal) || hasAny(.superlative) }

  /// Whether ", and" (or ", or") in `range` joins two clauses: what follows has a subject
  /// and verb of its own.
  func coordinatesClauses(in range: Range<Int>) -> Bool {
    range.contains { hasCue(.comma, startsAt: $0) && hasCue(.coordination, startsAt: $0 + 1) }
  }

  /// Whether an appositive that ranks an occurrence in its series opens at local token
  /// `index`: a comma, a determiner or a possessor, then an ordinal or a superlative (", the
  /// latest in a string of attacks", ", the most senior figure killed since October", ", the
  /// group's biggest barrage since October"), or a comma and "one of" the same ("…, in one of
  /// the closest calls yet since the attacks began").
  func opensRanking(at index: Int) -> Bool {
    guard hasCue(.comma, startsAt: index) else { return false }
    if hasCue(.definite, startsAt: index + 1) || hasCue(.possessive, startsAt: index + 1),
      ranks(at: index + 2)
    {
      return true
    }
    // A possessor of up to three words ("the group's", "Hezbollah's", "the Israeli army's")
    // before a ranked event noun: ", Hezbollah's most senior commander" ranks a person, whose
    // appositive may close before the clause goes on.
    if let possessor = (index + 1..<min(index + 4, tokens.count)).first(where: isGenitive),
      let rank = cue(.superlative, startsAt: possessor + 1)
        ?? cue(.ordinal, startsAt: possessor + 1),
      triggers.contains(where: { (rank.end...rank.end + 2).contains($0.start) })
    {
      return true
    }
    let one = hasCue(.location, startsAt: index + 1) ? index + 2 : index + 1
    guard let summary = cue(.summary, startsAt: one), hasCue(.definite, startsAt: summary.end)
    else { return false }
    return ranks(at: summary.end + 1)
  }

  /// Whether an ordinal or a superlative starts at local token `index`.
  private func ranks(at index: Int) -> Bool {
    hasCue(.ordinal, startsAt: index) || hasCue(.superlative, startsAt: index)
  }

  /// The phrase of response in `range` that introduces the event answered, which came
  /// before ("struck three sites on Tuesday in retaliation for a drone attack that wounded
  /// three soldiers"): "in", a response noun and a preposition ("responded by launching" is
  /// the response itself).
  func answeredEvent(in range: Range<Int>) -> CueMatch? {
    cueMatches.first { match in
      match.cue == .response && range.contains(match.start) && match.end < range.upperBound
        && hasCue(.location, startsAt: match.start) && hasCue(.preposition, startsAt: match.end)
    }
  }
}

extension SentenceView {
  /// Whether local token `index` is a hyphen ("U.S.-British", "al-Arouri").
  func isHyphen(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
    let utf8 = text.utf8
    return utf8[utf8.index(utf8.startIndex, offsetBy: Int(tokens[index].utf8Start))]
      == UInt8(ascii: "-")
  }

  /// The item a hyphen joins right before `item` ("U.S." in "U.S.-British").
  func hyphened(before item: Item) -> Item? {
    guard isHyphen(item.first - 1), let before = self.item(at: item.first - 2),
      before.end == item.first - 1
    else { return nil }
    return before
  }

  /// The item a hyphen joins right after `item` ("Syria" in "Jordan-Syria").
  func hyphened(after item: Item) -> Item? {
    guard isHyphen(item.end), let next = self.item(at: item.end + 1), next.first == item.end + 1
    else { return nil }
    return next
  }

  /// Whether local token `index` is a word in the genitive: it ends in "'s" or "’s"
  /// ("group's", "Hezbollah's").
  func isGenitive(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let token = tokens[index]
    let utf8 = text.utf8
    let end = utf8.index(utf8.startIndex, offsetBy: Int(token.utf8End))
    let start = utf8.index(utf8.startIndex, offsetBy: Int(token.utf8Start))
    let word = utf8[start..<end]
    guard word.count >= 3, word.last == UInt8(ascii: "s") || word.last == UInt8(ascii: "S")
    else { return false }
    let beforeS = word.dropLast()
    return beforeS.last == UInt8(ascii: "'") || beforeS.suffix(3).elementsEqual([0xE2, 0x80, 0x99])
  }

  /// Whether an event noun is the object of "since" ("since the October 7 Hamas onslaught",
  /// "since the Oct. 7 attack by Hamas"): the occurrence a period runs from, alluded to as a
  /// point in time.
  func opensPeriod(_ reading: TriggerReading) -> Bool {
    guard reading.isNoun, hasAny(.since) else { return false }
    var index = reading.start - 1
    while index >= 0, reading.start - index <= 8 {
      if let item = item(at: index) {
        index = item.first - 1
      } else if hasCue(.definite, startsAt: index) || hasCue(.indefinite, startsAt: index)
        || isPlainModifier(index) || isHyphen(index)
      {
        index -= 1
      } else {
        break
      }
    }
    return index >= 0 && hasCue(.since, startsAt: index)
  }
}
