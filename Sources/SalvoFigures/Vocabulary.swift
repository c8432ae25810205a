import SalvoModel

/// Which phrase tables a word may start a form of.
struct PhraseStarts: OptionSet, Sendable {
  let rawValue: UInt8

  static let hedge = PhraseStarts(rawValue: 1 << 0)
  static let vague = PhraseStarts(rawValue: 1 << 1)
  static let unit = PhraseStarts(rawValue: 1 << 2)
  static let trigger = PhraseStarts(rawValue: 1 << 3)
  /// Some hedge starting with the word is written before its number ("about", "more than").
  static let hedgeBefore = PhraseStarts(rawValue: 1 << 4)
  /// Some hedge starting with the word opens a range ("between").
  static let hedgeBetween = PhraseStarts(rawValue: 1 << 5)
}

/// What a scan may find starting at a word, precomputed so that the scanner's loop skips
/// every other word with one test.
struct ScanStarts: OptionSet, Sendable {
  let rawValue: UInt8

  /// A date may start here: a month, a date word, a hedge written before a number ("more
  /// than 40 years ago"), a number word ("two days ago"), the definite article ("the past
  /// week").
  static let date = ScanStarts(rawValue: 1 << 0)
  /// A count may start here: a number word, a hedge written before a number or opening a
  /// range, a vague amount.
  static let quantity = ScanStarts(rawValue: 1 << 1)
}

/// Everything the figures lexicons say about one folded word. Plain data (no references),
/// so reading it in the scanner's loop costs no reference counting.
struct WordInfo: Sendable {
  var number: NumberWord?
  var functions: FunctionClasses = []
  var date: DateWord?
  var month: MonthName?
  var starts: PhraseStarts = []
  var scan: ScanStarts = []
}

/// The compiled figures lexicons: single words by fingerprint, and the phrase tables.
struct Vocabulary: Sendable {
  /// Word facts, indexed by the values of `index`.
  private(set) var words: [WordInfo] = []
  private var index = FingerprintIndex(capacity: 4096)
  /// Every word's fingerprint with its facts, in insertion order.
  private var fingerprints: [UInt64] = []
  private var entries: [(UInt64, WordInfo)] { Array(zip(fingerprints, words)) }
  var hedges = PhraseTable<Hedge>()
  var vague = PhraseTable<VagueAmount>()
  var units = PhraseTable<UnitNoun>()
  /// The role-trigger tables, one per `TriggerPosition`, at the position's `index`.
  var triggerTables = TriggerPosition.allCases.map { _ in PhraseTable<RoleTrigger>() }

  /// The position of a word's facts in `words`.
  func find(_ fingerprint: UInt64) -> Int? {
    index.find(fingerprint).map { Int($0) }
  }

  /// The facts of a word, creating an empty record when it is new.
  mutating func update(_ fingerprint: UInt64, _ change: (inout WordInfo) -> Void) {
    if let known = index.find(fingerprint) {
      change(&words[Int(known)])
      return
    }
    var info = WordInfo()
    change(&info)
    index.insert(fingerprint, UInt32(words.count))
    words.append(info)
    fingerprints.append(fingerprint)
  }

  /// The trigger table of a position.
  func triggers(_ position: TriggerPosition) -> PhraseTable<RoleTrigger> {
    triggerTables[position.index]
  }

  /// Flags the first word of every phrase so the scanner only consults tables it may match,
  /// and decides where a scan may start.
  mutating func flagStarts() {
    for first in hedges.firstFingerprints {
      let positions = (hedges.phrases(startingWith: first) ?? []).map(\.payload.position)
      update(first) {
        $0.starts.insert(.hedge)
        if positions.contains(.before) { $0.starts.insert(.hedgeBefore) }
        if positions.contains(.between) { $0.starts.insert(.hedgeBetween) }
      }
    }
    for first in vague.firstFingerprints { update(first) { $0.starts.insert(.vague) } }
    for first in units.firstFingerprints { update(first) { $0.starts.insert(.unit) } }
    for table in triggerTables {
      for first in table.firstFingerprints { update(first) { $0.starts.insert(.trigger) } }
    }
    for index in words.indices {
      var info = words[index]
      let isNumber = info.number?.isNumeral ?? false
      let datePreposition = info.date?.preposition
      // Only a hedge written before a number leads a date; any other is read as a date only
      // for the date or number word (a joiner: "and") it may also be. Likewise only a hedge
      // before a number or opening a range leads a count. The scanner tries no other token,
      // so these flags only skip tokens where it would find nothing.
      let startsDate =
        info.month != nil || isNumber || info.starts.contains(.hedgeBefore)
        || (info.starts.contains(.hedge) && (info.number != nil || info.date != nil))
        || info.functions.contains(.definite)
        || (info.date != nil && datePreposition != .of && datePreposition != .and
          && datePreposition != .to && info.date?.wordClass != .period
          && info.date?.wordClass != .ago && info.date?.wordClass != .spanNoun)
      if startsDate { info.scan.insert(.date) }
      if isNumber || info.starts.contains(.hedgeBefore) || info.starts.contains(.hedgeBetween)
        || info.starts.contains(.vague)
      {
        info.scan.insert(.quantity)
      }
      words[index] = info
    }
  }

  /// Makes "Monday's", "yesterday's" and "September's" read like the word itself.
  mutating func addPossessives() {
    var possessives: [(UInt64, WordInfo)] = []
    for (fingerprint, info) in entries where info.month != nil || info.date != nil {
      var hash = fingerprint
      for byte in "'s".utf8 { hash = TermFingerprint.combine(hash, byte) }
      possessives.append((hash, WordInfo(date: info.date, month: info.month)))
    }
    for (fingerprint, info) in possessives where find(fingerprint) == nil {
      update(fingerprint) { $0 = info }
    }
  }

  /// Adds the month names of `CalendarMonth`: full names, and three-letter abbreviations
  /// with and without a dot (plus `sept`), which count only beside a day or year.
  mutating func addMonths() {
    for month in CalendarMonth.allCases {
      let full = month.name.lowercased()
      let short = String(full.prefix(3))
      var forms: [(String, Bool)] = [(full, false), (short, true), (short + ".", true)]
      if month == .september { forms += [("sept", true), ("sept.", true)] }
      for (form, abbreviated) in forms where !(abbreviated && form == full) {
        update(TermFingerprint.of(form)) {
          $0.month = MonthName(month: month, abbreviated: abbreviated)
        }
      }
    }
  }
}
