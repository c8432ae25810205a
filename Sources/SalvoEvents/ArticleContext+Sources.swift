import SalvoModel

extension ArticleContext {
  /// The verb of saying whose source is the attacker itself, its outlet or spokesman
  /// ("Houthi military spokesman Yahya Saree said", "Hezbollah's Al-Manar television
  /// reported"), or for a state's forces that state's media ("Iranian state media said"):
  /// before the trigger, or in a trailing attribution after it ("…, the group said", "…,
  /// said the Israeli military"), where a pronoun or "the group" is the attacker too.
  func ownSource(of frame: Frame, in view: SentenceView) -> TextRange? {
    guard let attacker = frame.attacker?.actor else { return nil }
    if let report = view.firstCue(.report, in: 0..<frame.head.start) {
      // The speaker is the report verb's subject: after any clause boundary or comma before
      // it, and governed by no preposition ("no attack on U.S. troops since February, when
      // it announced" is not the troops announcing).
      let opening = max(
        0, report.start - 6, view.lastCue(.comma, in: 0..<report.start)?.end ?? 0,
        view.lastCue(.boundary, in: 0..<report.start)?.end ?? 0)
      let speakers = view.items(in: opening..<report.start).filter {
        view.governor(of: $0.first) == nil
      }
      if speakers.contains(where: { speaks($0, for: attacker, in: view) }) {
        return view.textRange(report.start..<report.end)
      }
    }
    let last = frame.triggers.map(\.end).max() ?? frame.head.end
    guard let (report, speaker) = view.trailingAttribution(after: last) else { return nil }
    // ("…, the group said" after a state's strike is its target speaking.)
    let own =
      view.items(in: speaker).contains { speaks($0, for: attacker, in: view) }
      || (view.firstCue(.anaphor, in: speaker) != nil
        && !(attacker.isStateSide && view.firstCue(.groupAnaphor, in: speaker) != nil))
    return own ? view.textRange(report.start..<report.end) : nil
  }

  private func speaks(_ item: Item, for attacker: ActorReference, in view: SentenceView) -> Bool {
    guard let speaker = configuration.speaker(item, in: view) else { return false }
    return configuration.speaks(speaker, for: attacker)
  }

  /// The state's side that reports an interception nobody is named for ("The Israeli
  /// military said most of the rockets were intercepted"): militaries report their own
  /// interceptions. The speaker is the subject of a verb of saying before the trigger and
  /// no side of the attacker.
  func reportingInterceptor(of frame: Frame, in view: SentenceView) -> Participant? {
    guard frame.interceptor == nil,
      frame.triggers.contains(where: { $0.entry.family == .interception }),
      let report = view.firstCue(.report, in: 0..<frame.head.start)
    else { return nil }
    let opening = max(
      0, report.start - 6, view.lastCue(.comma, in: 0..<report.start)?.end ?? 0,
      view.lastCue(.boundary, in: 0..<report.start)?.end ?? 0)
    let speaker = view.items(in: opening..<report.start).lazy
      .filter { view.governor(of: $0.first) == nil }
      .compactMap { view.participant($0) }
      .first { $0.place == nil && $0.actor.isStateSide }
    guard let speaker else { return nil }
    if let attacker = frame.attacker?.actor, Self.sameSide(attacker, speaker.actor) {
      return nil
    }
    return speaker
  }
}
