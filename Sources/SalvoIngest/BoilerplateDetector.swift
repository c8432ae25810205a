import SalvoModel

/// Finds page furniture in an article's blocks: source and byline lines, comment forms,
/// disclaimers, image URLs, datelines, masthead and category lines, author bios, and the
/// footer they open. Records them as ranges; the text is never changed.
///
/// Rules, in order:
/// 1. A line matching a lexicon cue (`Gazetteers/ingest/boilerplate.tsv`) is boilerplate;
///    `source` cues also name the outlet, `byline` cues count only before a name.
/// 2. A line that is only a URL is boilerplate (an image, or the article's own URL), and so
///    is a Markdown image line (`![caption](https://…)`).
/// 3. A line that is only a date (and time) is a dateline: boilerplate, and the
///    publication date.
/// 4. Before the first line of prose, short label lines (at most four words, no sentence
///    punctuation) are masthead or category lines.
/// 5. A name line followed by a paragraph that starts with that name ("Jane Doe is a
///    journalist…") is an author bio.
/// 6. A `footer` or `source` cue in the second half of the article (by bytes) opens the
///    footer: every later line is boilerplate.
/// 7. With no date or outlet found, the wire dateline gives them: one that opens the first
///    paragraph ("BAMAKO, 19 September 2024 (AFP) --"), which stays prose, or a dateline
///    line before it ("PORT-AU-PRINCE, Haiti -- October 5, 2024"), which is boilerplate.
struct BoilerplateDetector {
  let lexicon: BoilerplateLexicon
  private let dates = DateTextParser()

  init(lexicon: BoilerplateLexicon) { self.lexicon = lexicon }

  /// Detects furniture among `blocks` of `text`; the headline block is never furniture.
  func detect(text: String, blocks: [TextRange], headline: TextRange?, path: String)
    -> PageFurniture
  {
    let facts = blocks.map { BlockFacts(range: $0, text: text) }
    var furniture = PageFurniture()
    var isBoilerplate = [Bool](repeating: false, count: facts.count)
    var footerStart: Int?
    var masthead: [Int] = []
    var seenProse = false
    for (index, block) in facts.enumerated() where block.range != headline {
      if let cue = lexicon.match(block.normalized), accept(cue, in: block) {
        isBoilerplate[index] = true
        if cue.cue.role == .source { name(outlet: cue.rest, from: block, in: &furniture) }
        if cue.cue.role == .footer || cue.cue.role == .source, footerStart == nil,
          block.range.utf8Start * 2 >= text.utf8.count
        {
          footerStart = index
        }
      } else if block.isURL {
        isBoilerplate[index] = true
        let url = String(block.words[0])
        if furniture.url == nil && !Self.isMediaURL(url) { furniture.url = url }
      } else if block.isMarkdownImage {
        isBoilerplate[index] = true
      } else if block.hasDigit, block.wordCount <= 12 || !block.isProse,
        let (parsed, outlet) =
          dates.parse(block.line, source: .dateline).map({ (date: $0, outlet: nil) })
          ?? metadataLine(block.line)
      {
        isBoilerplate[index] = true
        if furniture.outlet == nil, let outlet { furniture.outlet = outlet }
        if furniture.published == nil {
          furniture.published = parsed.date
          if parsed.ambiguousOrder {
            furniture.diagnostics.append(
              Diagnostic(
                code: .ambiguousDate, severity: .note,
                message: "dateline '\(block.line)' could be day/month or month/day; "
                  + "read as day/month (\(parsed.date.isoDate))", path: path,
                byteOffset: block.range.utf8Start))
          }
        }
      } else if !seenProse && !block.isProse && block.wordCount <= 4
        && !block.endsLikeSentence
      {
        isBoilerplate[index] = true
        masthead.append(index)
      }
      if block.isProse && !isBoilerplate[index] { seenProse = true }
    }
    // The wire dateline on a line of its own or opening the first paragraph, when no line
    // gave the date.
    if furniture.published == nil || furniture.outlet == nil {
      readWireDateline(facts, headline: headline, into: &furniture, &isBoilerplate)
    }
    markBios(facts, &isBoilerplate)
    if let footerStart {
      for index in footerStart..<facts.count { isBoilerplate[index] = true }
    }
    if furniture.outlet == nil,
      let outletLine = masthead.map({ facts[$0] })
        .filter({ $0.wordCount >= 2 }).max(by: { $0.line.count < $1.line.count })
    {
      furniture.outlet = String(outletLine.line)
    }
    furniture.boilerplate = zip(facts, isBoilerplate).filter(\.1).map(\.0.range)
    return furniture
  }

  /// Reads the wire dateline of the lines up to the first paragraph of prose: the
  /// publication date and the agency; a dateline line of its own is boilerplate.
  private func readWireDateline(
    _ facts: [BlockFacts], headline: TextRange?, into furniture: inout PageFurniture,
    _ isBoilerplate: inout [Bool]
  ) {
    for index in facts.indices where !isBoilerplate[index] && facts[index].range != headline {
      if let dateline = InlineDateline(facts[index].line, dates: dates) {
        furniture.published = furniture.published ?? dateline.date
        furniture.outlet = furniture.outlet ?? dateline.outlet
        if !facts[index].isProse { isBoilerplate[index] = true }
        return
      }
      if facts[index].isProse { return }
    }
  }

  /// The separators of a line of page metadata: "Horn Wire | By Staff | Published 3 August
  /// 2024".
  private static let metadataSeparators: Set<Character> = ["|", "•", "·"]

  /// The last UTF-8 byte of each separator: a line without one of them has no separator.
  private static let separatorEndBytes: [UInt8] = metadataSeparators.compactMap { $0.utf8.last }

  /// A line of metadata fields ("Horn Wire Service | By Staff Correspondent | Published 3
  /// August 2024, 21:40 EAT | Updated 4 August"): its publication date, the first field
  /// that is a date unless it is an update and another field is a date too, and the outlet a
  /// first field of capitalized words names; nil when no field is a date.
  private func metadataLine(_ line: Substring) -> (date: DateTextParser.Parsed, outlet: String?)? {
    // Most lines have no separator: they are not split.
    guard line.utf8.contains(where: Self.separatorEndBytes.contains) else { return nil }
    let fields = line.split(whereSeparator: Self.metadataSeparators.contains).map {
      $0.trimmingWhitespace
    }
    guard fields.count >= 2 else { return nil }
    let dated = fields.indices.compactMap {
      index -> (field: Int, parsed: DateTextParser.Parsed, update: Bool)? in
      guard let parsed = dates.parse(fields[index][...], source: .dateline) else { return nil }
      return (index, parsed, fields[index].lowercased().hasPrefix("updated"))
    }
    guard let date = (dated.first { !$0.update } ?? dated.first)?.parsed else { return nil }
    let words = fields[0].split(separator: " ")
    let namesOutlet =
      (1...5).contains(words.count) && words[0] != "By"
      && words.allSatisfy { $0.first?.isUppercase == true } && dated.first?.field != 0
    return (date, namesOutlet ? fields[0] : nil)
  }

  /// Checks the conditions a cue's role puts on the rest of the line.
  private func accept(_ match: (cue: BoilerplateLexicon.Cue, rest: String), in block: BlockFacts)
    -> Bool
  {
    switch match.cue.role {
    case .byline:
      // "By Jane Doe", "By Jane Doe and John Roe, Reuters": a name must follow.
      let name =
        block.line.utf8.dropFirst(match.cue.text.count).split(separator: UInt8(ascii: ",")).first
        .map { Substring($0) } ?? ""
      let words = name.split(separator: " ")
      return (1...6).contains(words.count)
        && words.allSatisfy { $0.first?.isUppercase == true || $0 == "and" }
    case .source:
      return block.wordCount <= 12
    case .notice, .footer:
      return true
    }
  }

  /// Marks "Jane Doe" + "Jane Doe is a journalist…" pairs as an author bio.
  private func markBios(_ facts: [BlockFacts], _ isBoilerplate: inout [Bool]) {
    for index in facts.indices.dropLast() where facts[index].isNameLine {
      let firstName = String(facts[index].words[0])
      let next = facts[index + 1].line
      // The full name starts with the first name and a space: most lines fail here.
      guard next.hasPrefix(firstName + " ") else { continue }
      let name = facts[index].words.joined(separator: " ")
      let rest = next.dropFirst(next.hasPrefix(name) ? name.count : firstName.count)
        .trimmingPrefix(" ")
      let describesPerson = ["is ", "has ", "was ", "writes ", "covers ", "reports "].contains {
        rest.hasPrefix($0)
      }
      if describesPerson {
        isBoilerplate[index] = true
        isBoilerplate[index + 1] = true
      }
    }
  }

  private func name(outlet rest: String, from block: BlockFacts, in furniture: inout PageFurniture)
  {
    guard furniture.outlet == nil else { return }
    // Keep the original capitalization of the rest of the line.
    let original = block.line.suffix(rest.count).trimmingWhitespace
    guard !original.isEmpty else { return }
    if let host = OutletName.host(of: original) {
      furniture.outlet = host
      if original.contains("/"), furniture.url == nil,
        original.hasPrefix("http") || original.hasPrefix("www.")
      {
        furniture.url = original
      }
    } else {
      furniture.outlet = original
    }
  }

  /// Whether a URL points at an image or other media rather than an article.
  static func isMediaURL(_ url: String) -> Bool {
    let lowered = url.lowercased()
    // Splitting by characters segments graphemes; with no `?` byte there is nothing to cut.
    let path =
      lowered.utf8.contains(UInt8(ascii: "?"))
      ? lowered.split(separator: "?").first.map(String.init) ?? lowered : lowered
    let mediaExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp4", ".mp3"]
    let mediaFolders = [
      "/images/", "/image/", "/photos/", "/photo/", "/media/", "/uploads/", "/img/",
    ]
    return mediaExtensions.contains { path.hasSuffix($0) }
      || mediaFolders.contains {
        path.contains($0)
      }
  }
}
