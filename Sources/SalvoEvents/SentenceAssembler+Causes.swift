import SalvoModel

extension SentenceAssembler {
  /// Whether the second frame's event noun tells what caused the first frame's event, so
  /// both are one occurrence: the agent of a passive trigger ("a convoy was hit by an
  /// airstrike") or an event noun after a causal phrase ("a blast at the depot was caused
  /// by a drone strike").
  func isCause(_ second: Frame, of first: Frame) -> Bool {
    guard second.head.isNoun, first.head.end <= second.head.start,
      !boundaryBetween(first.head.end, second.head.start)
    else { return false }
    if first.triggers.contains(where: \.isPassive),
      view.phraseGovernor(of: second.head.start, notBefore: first.head.end) == .agent
    {
      return true
    }
    return view.lastCue(.causal, in: first.head.end..<second.head.start) != nil
  }
}
