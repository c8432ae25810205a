import SalvoModel

extension ArticleContext {
  /// The source of a verb of saying that is the attacker itself, its outlet or spokesman
  /// ("Houthi military spokesman Yahya Saree said", "Hezbollah's Al-Manar television
  /// reported"), or for a state's forces that state's media ("Iranian state media said").
  func ownSource(of frame: Frame, in view: SentenceView) -> TextRange? {
    guard let attacker = frame.attacker?.actor,
      let report = view.firstCue(.report, in: 0..<frame.head.start)
    else { return nil }
    let stateLike = ["state", "state_military", "government"].contains(attacker.type)
    for item in view.items(in: max(0, report.start - 6)..<report.start) {
      let actor: ActorReference? =
        switch view.value(of: item) {
        case .actor(let actor): actor
        case .demonym(let country?): configuration.states[country]
        default: nil
        }
      guard let actor else { continue }
      if actor.gazetteerID == attacker.gazetteerID
        || (stateLike && actor.country != nil && actor.country == attacker.country
          && (actor.type == "state" || actor.isCommentator))
      {
        return view.textRange(report.start..<report.end)
      }
    }
    return nil
  }
}
