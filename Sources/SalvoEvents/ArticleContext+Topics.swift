import SalvoModel

/// An armed actor the discourse is about: the attacker of an event told so far, or the
/// armed subject of a sentence ("Iraqi factions have pledged …, initially targeting …").
struct Topic: Sendable {
  var actor: EventActor
  /// The paragraph (document block) it was named in.
  var block: Int
  /// The number of the sentence it was named in (`ArticleContext`'s sentence count then).
  var sentence: Int
  /// The country of the event it attacked in, when it is an event's attacker placed in one.
  var theatre: String? = nil
  /// The weapon classes of the event it attacked with, when it is an event's attacker.
  var weapons: [String] = []
  /// That event's date, when the text gave one.
  var date: EventDate? = nil
  /// That event's ACLED event type, when it is an event's attacker.
  var eventType: String? = nil
}

extension ArticleContext {
  /// Actor types a sentence's subject must have to become a topic: parties that fight. A
  /// government's officials mostly speak.
  private static let subjectTypes: Set<String> = ["nonstate_armed", "state_military", "state"]

  /// Remembers the armed subject of a sentence: the first armed participant before its
  /// first trigger that no preposition governs, unless it is the source of a statement
  /// ("Israel said", "the group announced") or reacts to an event ("The United States
  /// condemned the strikes"). A demonym or place right before an actor qualifies that
  /// actor ("Iraqi Shi'ite armed factions", "Britain's Ministry of Defence"): the actor is
  /// the subject. The subject of an interception is not remembered.
  mutating func noteSubject(of view: SentenceView) {
    let first = view.triggers.min { $0.start < $1.start }
    // "Israeli air defenses intercepted …": who intercepts is no attacker.
    if let first, view.readings(of: first).allSatisfy({ $0.family == .interception }) { return }
    let limit = first?.start ?? view.tokens.count
    // The items ending before the limit, read in place rather than filtered into a copy.
    let items = view.items
    for (index, item) in items.enumerated()
    where item.end <= limit && view.governor(of: item.first) == nil {
      // "Razi Mousavi, who coordinated cooperation between Syria and Iran, was killed": a
      // name inside a relative clause set off by commas is not the sentence's subject.
      if Self.inRelativeAside(item.first, view: view) { continue }
      // ("… decisions by resistance groups on how they support the Palestinians": with no
      // trigger to stop at, a phrase after a plain word is some verb's object.)
      if first == nil, Self.followsPlainWord(view.phraseStart(item.first), view: view) {
        continue
      }
      if item.mention.kind == .demonym || item.mention.kind == .place,
        let next = items[(index + 1)...].first(where: { $0.end <= limit }),
        next.mention.kind == .actor, next.first - item.end <= 2
      {
        continue
      }
      // "Houthi-run Al Masirah TV said": the party qualifies the subject; "Iran's ambassador
      // was hurt": the country's person is.
      if view.hasCue(.affiliation, startsAt: item.end) { continue }
      if item.mention.kind == .place, Self.isPossessive(document.text.slice(item.mention.range)),
        view.firstCue(.person, in: item.end..<min(item.end + 3, view.tokens.count)) != nil
          || items[(index + 1)...].contains(where: {
            $0.mention.kind == .actor && $0.end <= limit && $0.first - item.end <= 4
          })
      {
        // ("Syria's state news agency SANA said": the agency.)
        continue
      }
      guard let participant = view.participant(item) else { continue }
      // "Two Iranian soldiers were killed": victims are no topic of later attacks.
      if view.isCountedAsHarmed(item.mention.range) { return }
      let verb =
        item.end..<min(item.end + Self.verbReach(after: item, view: view), view.tokens.count)
      guard Self.subjectTypes.contains(participant.actor.type),
        [Cue.report, .claim, .reaction].allSatisfy({ view.firstCue($0, in: verb) == nil })
      else { return }
      topics.append(
        Topic(
          actor: EventActor(role: .attacker, actor: participant.actor, range: participant.range),
          block: block(of: view.sentence.range), sentence: sentencesSeen))
      return
    }
  }

  /// Whether the word before a phrase is a plain word, which no subject follows: not
  /// punctuation, a clause boundary, a verb of saying, a coordination or part of a mention.
  private static func followsPlainWord(_ start: Int, view: SentenceView) -> Bool {
    let before = start - 1
    guard before >= 0, view.tokens[before].kind == .word, view.item(at: before) == nil else {
      return false
    }
    return !view.isBoundary(before) && !view.hasCue(.report, startsAt: before)
      && !view.hasCue(.relative, startsAt: before) && !view.hasCue(.coordination, startsAt: before)
      && !view.hasCue(.separate, startsAt: before)
  }

  /// How far after a subject its verb is looked for: three tokens, and past the plain words
  /// of the noun phrase a demonym opens ("The British maritime security agency UKMTO said":
  /// a source, not a party).
  private static func verbReach(after item: Item, view: SentenceView) -> Int {
    guard item.mention.kind == .demonym else { return 3 }
    var reach = 0
    while reach < 6, item.end + reach < view.tokens.count,
      view.tokens[item.end + reach].kind == .word
    {
      reach += 1
    }
    return max(3, reach + 1)
  }

  /// Remembers an event's attacker as a topic of the discourse, with the country the event
  /// happened in and its type.
  mutating func noteTopic(_ frame: Frame, type: String, view: SentenceView) {
    guard let attacker = frame.attacker, attacker.actor.isArmed else { return }
    // The sentence's subject, noted before its events, fought in this one.
    for index in topics.indices
    where topics[index].sentence == sentencesSeen && topics[index].eventType == nil
      && topics[index].actor.actor.gazetteerID == attacker.actor.gazetteerID
    {
      topics[index].eventType = type
    }
    topics.append(
      Topic(
        actor: attacker, block: block(of: view.sentence.range), sentence: sentencesSeen,
        theatre: frame.locations.first?.place.country, weapons: frame.weapons.map(\.weaponClass),
        date: frame.date.range == nil ? nil : frame.date, eventType: type))
  }

  /// Drops the sentence's subject noted as a topic when the frame makes it its target: "U.S.
  /// forces in Iraq and Syria have come under attack at least 78 times" names the side
  /// attacked, no attacker of the attacks told next.
  mutating func forgetTargetSubjects(of frame: Frame) {
    let targets = frame.targets.map(\.actor.gazetteerID)
    guard !targets.isEmpty else { return }
    topics.removeAll { topic in
      topic.sentence == sentencesSeen && topic.eventType == nil
        && targets.contains(topic.actor.actor.gazetteerID)
    }
  }

  /// Whether local token `index` lies in a relative clause opened by ", who" (or which,
  /// whose…) and not yet closed by a comma.
  private static func inRelativeAside(_ index: Int, view: SentenceView) -> Bool {
    var at = index - 1
    while at > 0 {
      if view.hasCue(.comma, startsAt: at) { return false }
      if view.hasCue(.relative, startsAt: at) { return view.hasCue(.comma, startsAt: at - 1) }
      at -= 1
    }
    return false
  }

  /// Whether a name is written as a possessive ("Iran's", "Israel’s").
  static func isPossessive(_ surface: Substring) -> Bool {
    surface.hasSuffix("'s") || surface.hasSuffix("’s")
  }

  /// The attacker an event with none in its own sentence inherits: the latest recent topic,
  /// named before the event's trigger, that can be its attacker: not one of its targets or
  /// its interceptor (nor on the side of `defender`, who reports intercepting it), not the
  /// state whose territory it hits, from the country it was launched from when it names one,
  /// and, when the sentence opens in a country, one named in it or last seen fighting there
  /// ("In Iraq, a roadside bomb struck a convoy" after strikes in Yemen has no attacker);
  /// when the latest was last seen fighting in another country, or nowhere yet and is at
  /// home where the event is, one last seen fighting in the event's country goes first, and
  /// a party last seen fighting abroad strikes nothing at home. One side of a clash is no
  /// attacker of an event of another type ("A car bomb exploded in a market" after fighters
  /// clashed with forces).
  func attackingTopic(
    for frame: Frame, type: String, view: SentenceView, notOnSideOf defender: ActorReference? = nil
  ) -> Topic? {
    let block = block(of: view.sentence.range)
    let head = view.textRange(frame.head.start..<frame.head.end)
    let scene = sceneCountry(of: view)
    let candidates = topics.reversed().filter { topic in
      guard isRecent(topic, block: block) else { return false }
      if topic.eventType == Self.battles, type != Self.battles { return false }
      if let scene, topic.sentence < sentencesSeen, topic.theatre != scene { return false }
      // "Gunmen stormed a church in Owo", then, in the next paragraph, "A suicide bomber blew
      // himself up at a wedding in Gwoza": unnamed men of one incident are nobody's topic.
      if topic.block < block, Self.isUnnamedClass(topic.actor.actor) { return false }
      return topic.sentence < sentencesSeen
        || (topic.actor.range?.utf8Start ?? Int.max) < head.utf8Start
    }
    let victims = victimIDs(of: frame, view: view)
    let fitting = candidates.filter { topic in
      let actor = topic.actor.actor
      return canAttack(actor, in: frame) && !victims.contains(actor.gazetteerID)
        && !(defender.map { Self.sameSide($0, actor) } ?? false)
    }
    // When the latest last fought elsewhere (or, seen fighting nowhere yet, is at home where
    // the event is), one that last fought in the event's country goes first: "a strike on a
    // house in Meiss al-Jabal" after Israeli strikes on Lebanese villages and Hezbollah
    // rockets on Israel is Israel's.
    guard let latest = fitting.first else { return nil }
    var topic = latest
    if let country = frame.locations.first?.place.country,
      latest.theatre.map({ $0 != country }) ?? (latest.actor.actor.country == country),
      let local = fitting.first(where: { $0.theatre == country })
    {
      topic = local
    } else if let country = frame.locations.first?.place.country,
      latest.actor.actor.country == country,
      let theatre = latest.theatre ?? lastTheatre(of: latest.actor.actor), theatre != country
    {
      // A party last seen fighting abroad does not strike at home: "Taleb Abdallah was killed
      // … in a strike on a house in the village of Jouaiya" after Hezbollah's barrage on
      // Israel is the strike of the party last seen fighting in Lebanon, told a little
      // further back, or nobody's.
      return topics.reversed().first { older in
        older.theatre == country && older.sentence < sentencesSeen && block - older.block <= 3
          && canAttack(older.actor.actor, in: frame)
          && !victims.contains(older.actor.actor.gazetteerID)
      }
    } else if let country = frame.locations.first?.place.country, topic.block < block,
      let theatre = topic.theatre, theatre != country, topic.actor.actor.country != country
    {
      // A party last seen fighting in another country, in an earlier paragraph, is not who
      // acts in this one: "At least 20 people were killed when an air strike hit a school
      // in Gaza City" after Ukrainian drones on Belgorod is nobody's.
      return nil
    }
    return topic
  }

  /// Where a party was last seen fighting, as far back as the article goes.
  private func lastTheatre(of actor: ActorReference) -> String? {
    topics.last { $0.actor.actor.gazetteerID == actor.gazetteerID && $0.theatre != nil }?.theatre
  }

  /// The actors the frame's casualty figures count ("Several U.S. service members suffered
  /// minor injuries when a drone struck …"): its victims, never its attacker.
  private func victimIDs(of frame: Frame, view: SentenceView) -> Set<String> {
    let tolls = [frame.killed?.range, frame.injured?.range].compactMap { $0 }
    guard !tolls.isEmpty else { return [] }
    var victims: Set<String> = []
    // ("450 people, most of them Hezbollah fighters": the phrase after the toll says who.)
    let said = tolls.compactMap { view.victimsPhrase(after: $0) }
    for item in view.items where item.mention.kind == .actor {
      guard
        tolls.contains(where: { $0.contains(item.mention.range) })
          || said.contains(where: { $0.contains(item.first) }),
        case .actor(let actor) = view.value(of: item)
      else { continue }
      victims.insert(actor.gazetteerID)
    }
    return victims
  }

  /// For an interception, the earlier attack whose weapons it stopped: the latest in the
  /// article, however many paragraphs back, whose attacker fired weapons of a class it
  /// intercepted ("U.S. forces shot down more than 70 drones" after "Iran launched more than
  /// 300 drones and missiles at Israel late on Saturday": Iran's, on Saturday).
  func interceptedAttack(for frame: Frame) -> Topic? {
    guard frame.triggers.contains(where: { $0.entry.family == .interception }) else {
      return nil
    }
    let intercepted = Set(frame.weapons.map(\.weaponClass))
    guard !intercepted.isEmpty else { return nil }
    return topics.reversed().first { topic in
      topic.sentence < sentencesSeen
        && topic.weapons.contains(where: { fired in
          intercepted.contains { Self.sameKind(fired, $0) }
        })
        && canAttack(topic.actor.actor, in: frame)
    }
  }

  /// Whether two weapon classes can name the same weapons: equal, one the unspecified head
  /// of the other ("missiles" and "ballistic missiles"), or an air strike and missiles.
  static func sameKind(_ one: String, _ two: String) -> Bool {
    one == two || one.hasSuffix(" " + two) || two.hasSuffix(" " + one)
      || Set([one, two]) == airLaunched
  }

  /// An air strike's weapons are the missiles air defences intercept: "Israeli air strikes
  /// …; air defences shot down some of the missiles".
  private static let airLaunched: Set<String> = ["airstrike", "missile"]

  /// The topic a generic armed actor with no country or sponsor ("resistance groups",
  /// "militants") stands for: the latest topic of its type named in this paragraph or the
  /// one before by a class noun too, that says more ("Iran-backed militias"); never one
  /// named group.
  func topicNaming(_ generic: ActorReference, view: SentenceView) -> EventActor? {
    let block = block(of: view.sentence.range)
    func fits(_ candidate: EventActor) -> Bool {
      let actor = candidate.actor
      return actor.type == generic.type && (actor.sponsor != nil || actor.country != nil)
        && candidate.range.map { classMentions.contains($0.utf8Start) } == true
    }
    let named = topics.reversed().first { topic in
      (topic.block == block || topic.block == block - 1) && topic.sentence < sentencesSeen
        && fits(topic.actor)
    }
    // Else a class the sentence before named, as its subject or not.
    return named?.actor ?? lastActors.first(where: fits)
  }

  /// The country a sentence opens in ("In Iraq, …", "Elsewhere in Syria, …"): a place
  /// after a locative among its first words, before a comma.
  private func sceneCountry(of view: SentenceView) -> String? {
    guard let first = view.items.first, first.first <= 2,
      view.governor(of: view.phraseStart(first.first)) == .location,
      view.hasCue(.comma, startsAt: first.end), let place = view.place(of: first)
    else { return nil }
    return place.country
  }

  /// ACLED's event type of clashes.
  private static let battles = "Battles"

  /// Whether an actor is armed men no country or sponsor qualifies ("gunmen", "militants"):
  /// the men of one incident, not a party the article follows.
  private static func isUnnamedClass(_ actor: ActorReference) -> Bool {
    actor.gazetteerID == "generic:militia" && actor.country == nil && actor.sponsor == nil
  }

  /// Whether a topic is still current: named in this paragraph or the one before, or in
  /// the last two sentences (a paragraph can be one sentence).
  private func isRecent(_ topic: Topic, block: Int) -> Bool {
    topic.block == block || topic.block == block - 1 || topic.sentence >= sentencesSeen - 2
  }

  /// Whether an actor can be the attacker of a frame: it is not what the frame hits or who
  /// intercepts it, nor (a state) the country it lands in, and it comes from the frame's
  /// origin country when the frame names one.
  private func canAttack(_ actor: ActorReference, in frame: Frame) -> Bool {
    let hit = frame.targets + [frame.interceptor].compactMap { $0 }
    if hit.contains(where: { $0.actor.gazetteerID == actor.gazetteerID }) { return false }
    if let country = actor.country {
      if hit.contains(where: { $0.actor.isStateSide && $0.actor.country == country }) {
        return false
      }
      if actor.isStateSide,
        frame.locations.contains(where: { $0.place.country == country })
      {
        return false
      }
    }
    if let origin = frame.origin?.place.country, actor.country != origin {
      return false
    }
    return true
  }

  /// Whether the anaphor at `range` is plural ("they", "these militias"): it cannot stand
  /// for a country's state, which is singular.
  func isPluralAnaphor(_ range: TextRange?) -> Bool {
    guard let range else { return false }
    let utf8 = document.text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.utf8Start)
    let end = utf8.index(utf8.startIndex, offsetBy: range.utf8End)
    guard let word = String(utf8[start..<end])?.lowercased().split(separator: " ").last else {
      return false
    }
    return word == "they" || word == "them" || word.hasSuffix("s")
  }
}
