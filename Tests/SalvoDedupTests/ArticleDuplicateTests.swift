import SalvoDedup
import SalvoModel
import Testing

/// Near-duplicate articles: the text's shingles, and the resolved facts for a rewrite.
@Suite struct ArticleDuplicateTests {
  static let original = """
    Iran launched about 180 ballistic missiles at Israel on Tuesday evening, the Israeli \
    military said, in retaliation for the killing of Hezbollah leader Hassan Nasrallah in \
    Beirut last week. Most were intercepted by Israeli and US air defences, and one man was \
    killed in the West Bank city of Jericho. The Islamic Revolutionary Guard Corps said the \
    attack targeted three military bases near Tel Aviv.
    """
  static let copyEdited = """
    Iran launched about 180 ballistic missiles at Israel on Tuesday night, the Israeli \
    military said, in retaliation for the killing of Hezbollah leader Hassan Nasrallah in \
    Beirut last week. Most were intercepted by Israeli and American air defences, and one \
    man was killed in the West Bank city of Jericho. The Islamic Revolutionary Guard Corps \
    said the attack targeted three military bases near Tel Aviv.
    """
  static let rewrite = """
    Tehran fired roughly 180 ballistic missiles toward Israel on Tuesday, according to the \
    Israeli army, avenging the assassination of Hassan Nasrallah, the Hezbollah chief, in \
    Beirut the week before. Israeli and US defences shot down most of them; a man died in \
    Jericho in the West Bank. Iran's Revolutionary Guards claimed three military bases \
    around Tel Aviv were the targets.
    """
  static let unrelated = """
    Houthi rebels in Yemen claimed a drone attack on a commercial ship in the Red Sea on \
    Friday, the second such attack this week, as shipping companies rerouted vessels around \
    the Cape of Good Hope. No injuries were reported, the British maritime agency said.
    """

  /// A digest as the pipeline makes one; facts are `kind:value`, figures `q:…` and days
  /// `d:YYYY-MM-DD` being specific.
  static func digest(_ id: String, _ text: String, facts: [String], day: Int) -> ArticleDigest {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map {
      TermFingerprint.of(String($0))
    }
    let factHashes = Set(facts.map(TermFingerprint.of))
    let specific = facts.filter {
      ($0.hasPrefix("q:") && !$0.hasPrefix("q:1:")) || ($0.hasPrefix("d:") && !$0.hasSuffix("…"))
    }
    return ArticleDigest(
      id: id, outlet: nil, url: nil, published: CalendarDate(year: 2024, month: 10, day: day),
      contentHash: "sha256:" + id,
      textSignature: MinHash.signature(
        of: MinHash.shingles(words, width: 3), functions: MinHash.textFunctions),
      facts: MinHash.bottom(factHashes, size: MinHash.factSketchSize), factCount: factHashes.count,
      specificFacts: MinHash.bottom(specific.map(TermFingerprint.of), size: 16))
  }

  static let facts = [
    "a:state:IR", "a:state:IL", "a:actor:hezbollah", "a:actor:irgc", "p:beirut", "p:jericho",
    "p:tel-aviv", "p:west-bank", "q:180:count", "q:1:killed", "q:3:count", "d:2024-10-01",
  ]

  @Test("a copy-edited article is a near duplicate by its text")
  func copyEdit() {
    let a = Self.digest("a", Self.original, facts: Self.facts, day: 2)
    let b = Self.digest("b", Self.copyEdited, facts: Self.facts, day: 2)
    #expect(MinHash.similarity(a.textSignature, b.textSignature) >= 0.5)
    #expect(ArticleDuplicates().isNearDuplicate(a, b))
  }

  @Test("a reworded rewrite shares few shingles but its facts, and is a near duplicate")
  func rewrite() {
    let a = Self.digest("a", Self.original, facts: Self.facts, day: 2)
    let b = Self.digest("b", Self.rewrite, facts: Self.facts.dropLast() + ["d:2024-10-01…"], day: 3)
    #expect(MinHash.similarity(a.textSignature, b.textSignature) < 0.5)
    #expect(ArticleDuplicates().isNearDuplicate(a, b))
    let found = ArticleDuplicates().find([b, a])
    // The earliest published article is the representative.
    #expect(found.duplicateOf == ["a", nil])
    #expect(found.pairs.count == 1)
  }

  @Test("an unrelated article, and one on the same topic with other figures and days, are not")
  func distinct() {
    let a = Self.digest("a", Self.original, facts: Self.facts, day: 2)
    let c = Self.digest(
      "c", Self.unrelated, facts: ["a:actor:houthis", "p:red-sea", "p:yemen"], day: 2)
    #expect(!ArticleDuplicates().isNearDuplicate(a, c))
    // April's attack: the same states, groups and cities, other figures and another day.
    let april = Self.digest(
      "d", Self.unrelated,
      facts: Self.facts.filter { !$0.hasPrefix("q:") && !$0.hasPrefix("d:") }
        + ["q:300:count", "q:1:injured", "d:2024-04-13"], day: 2)
    #expect(!ArticleDuplicates().isNearDuplicate(a, april))
  }

  @Test("exact copies are grouped by content hash under the earliest")
  func exact() {
    var a = Self.digest("z-later", Self.original, facts: [], day: 5)
    var b = Self.digest("a-earlier", Self.unrelated, facts: [], day: 1)
    a.contentHash = "sha256:same"
    b.contentHash = "sha256:same"
    let found = ArticleDuplicates().find([a, b])
    #expect(found.duplicateOf == ["a-earlier", nil])
    #expect(found.pairs.isEmpty)
  }
}
