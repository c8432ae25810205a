import Testing

@testable import SalvoEvents

@Suite("Trigger forms read on bytes")
struct TriggerFormTests {
  /// Surfaces as articles write them, with the lemma each is read against.
  @Test(arguments: [
    ("Strikes", "strike"), ("struck", "strike"), ("STRIKING", "strike"), ("strike", "strike"),
    ("Airstrikes", "airstrike"), ("launches", "launch"), ("launched", "launch"),
    ("air strikes", "air strike"), ("shot  down", "shoot down"), (" fired", "fire"),
    ("hits", "hit"), ("hit", "hit"), ("bombing", "bomb"), ("s", ""), ("", "strike"),
    ("Hostilities", "hostility"), ("hostiles", "hostility"), ("ies", "y"),
  ])
  func bytesAgreeWithStrings(surface: String, lemma: String) throws {
    let form = try Array(surface.utf8).withUnsafeBufferPointer { bytes in
      try #require(ASCIISurface(bytes)).form(lemma: lemma)
    }
    #expect(form == SentenceView.form(surface: surface.lowercased(), lemma: lemma))
    let endsInS = Array(surface.utf8).withUnsafeBufferPointer { ASCIISurface($0)?.endsInS }
    #expect(endsInS == surface.lowercased().hasSuffix("s"))
  }

  @Test func nonASCIIIsLeftToStrings() throws {
    #expect(Array("frappé".utf8).withUnsafeBufferPointer { ASCIISurface($0) } == nil)
    let form = try Array("strikes".utf8).withUnsafeBufferPointer { bytes in
      try #require(ASCIISurface(bytes)).form(lemma: "frappé")
    }
    #expect(form == nil)
  }

  @Test func everyCueHasItsOwnBit() {
    let bits = Cue.allCases.map(\.bit)
    #expect(Set(bits).count == Cue.allCases.count)
    #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
  }
}
