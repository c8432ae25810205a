import SalvoModel

extension ArticleContext {
  /// The toll of `role` of each place of a list, when the sentence tells one before each
  /// ("three people were killed in a strike on a house in Meiss al-Jabal, and two others in
  /// a strike on a car near Bint Jbeil"): the one figure between the place before and this
  /// one. Nil unless every place has exactly one.
  static func tollsPerPlace(
    _ places: [EventPlace], role: QuantityRole, frame: Frame, view: SentenceView
  ) -> [EventFigure]? {
    guard places.count > 1 else { return nil }
    var figures: [EventFigure] = []
    for item in view.items(in: frame.shared) where item.mention.kind == .quantity {
      guard case .quantity(let quantity) = view.value(of: item), quantity.role == role else {
        continue
      }
      figures.append(EventFigure(quantity: quantity, range: item.mention.range))
    }
    guard figures.count == places.count else { return nil }
    var tolls: [EventFigure] = []
    var after = view.sentence.range.utf8Start
    for place in places {
      let before = figures.filter {
        $0.range.utf8Start >= after && $0.range.utf8End <= place.range.utf8Start
      }
      guard before.count == 1 else { return nil }
      tolls.append(before[0])
      after = place.range.utf8End
    }
    return tolls
  }

  /// The tolls a sentence with no event word tells as revised ("The health ministry later
  /// raised the toll to at least 90 dead and about 300 injured"), with the slot and the
  /// event's toll each replaces.
  static func revisedTolls(in view: SentenceView)
    -> [(slot: String, toll: WritableKeyPath<Event, EventFigure?>, figure: EventFigure)]
  {
    guard view.hasAny(.revision) else { return [] }
    return view.items.compactMap { item in
      guard case .quantity(let quantity) = view.value(of: item),
        quantity.role == .killed || quantity.role == .injured,
        view.lastCue(.revision, in: 0..<item.first) != nil
      else { return nil }
      let toll: WritableKeyPath<Event, EventFigure?> =
        quantity.role == .killed ? \.killed : \.injured
      return (
        quantity.role.rawValue, toll, EventFigure(quantity: quantity, range: item.mention.range)
      )
    }
  }
}
