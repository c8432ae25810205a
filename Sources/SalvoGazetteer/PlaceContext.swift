import Foundation
import SalvoModel

/// What the document says about where it is: the countries its unambiguous places and
/// demonyms point to, used to resolve ambiguous place names.
struct PlaceContext {
  let gazetteer: Gazetteer
  let regionalPrior: Set<String>
  /// Country → how many unambiguous mentions point to it.
  private(set) var countries: [String: Int] = [:]
  /// The two-byte countries of `countries` by code, which is how candidates are ranked:
  /// a place's country is always such a code.
  private var countsByCode: [(code: UInt16, count: Int)] = []
  /// The two-byte countries of `regionalPrior` by code.
  private let priorCodes: [UInt16]
  /// How often each town `isStray` may drop is the only reading of a name: what its own
  /// country count owes to the town itself.
  private var soleNamings: [Int: Int] = [:]

  init(items: [Reading.Item], gazetteer: Gazetteer, regionalPrior: Set<String>) {
    self.gazetteer = gazetteer
    self.regionalPrior = regionalPrior
    priorCodes = regionalPrior.map { PlaceFacts.code($0) }.filter { $0 != 0 }
    let facts = gazetteer.placeFacts
    // Counted by code, and made strings once per country.
    var counts: [(code: UInt16, count: Int)] = []
    func count(_ code: UInt16) {
      if let slot = counts.firstIndex(where: { $0.code == code }) {
        counts[slot].count += 1
      } else {
        counts.append((code, 1))
      }
    }
    for (position, item) in items.enumerated() {
      // "Iran-backed militias near Baghdad": a sponsor says nothing of where the text is.
      if position + 1 < items.count, case .cue(let cue) = items[position + 1].role,
        gazetteer.sponsorCues[cue].relation == "sponsor"
      {
        continue
      }
      switch item.role {
      case .place(let candidates):
        let code = Self.soleCountryCode(candidates, facts)
        if code != 0 { count(code) }
        if candidates.count == 1, Self.mayStray(facts[candidates[0]]) {
          soleNamings[candidates[0], default: 0] += 1
        }
      case .demonym(let index):
        guard let country = gazetteer.demonyms[index].country else { break }
        let code = PlaceFacts.code(country)
        if code != 0 { count(code) } else { countries[country, default: 0] += 1 }
      default:
        break
      }
    }
    for (code, count) in counts {
      if let country = PlaceFacts.country(code) { countries[country, default: 0] += count }
    }
    countsByCode = counts
  }

  /// The one country candidates point to: a country name's ("Iraq", even though a town
  /// in Iran shares it), else the country all candidates share; nil when they disagree.
  /// Countries are compared by code (0 is none) and made a string once.
  static func soleCountry(_ candidates: [Int], _ facts: [PlaceFacts]) -> String? {
    PlaceFacts.country(soleCountryCode(candidates, facts))
  }

  /// `soleCountry` as a code, 0 for none.
  static func soleCountryCode(_ candidates: [Int], _ facts: [PlaceFacts]) -> UInt16 {
    var named: UInt16 = 0
    var shared: UInt16 = 0
    var agree = true
    for index in candidates {
      let place = facts[index]
      if place.isCountry {
        if named == 0 {
          named = place.countryCode
        } else if named != place.countryCode {
          return 0
        }
      }
      if shared == 0 {
        shared = place.countryCode
      } else if shared != place.countryCode {
        agree = false
      }
    }
    return named != 0 ? named : agree ? shared : 0
  }

  /// A scored candidate.
  struct Choice {
    var place: Int
    var score: Double
    var rule: String
  }

  /// The choice of a sole candidate: itself, by its alias.
  static func sole(_ place: Int) -> Choice { Choice(place: place, score: 0, rule: "alias") }

  /// Whether a town lies far from what the article is about: not a capital, under
  /// `strayPopulation`, in a country the article names only through the town itself while
  /// it names others, and outside the regional prior ("the Far'a refugee camp near Tubas"
  /// is no town of Burkina Faso).
  func isStray(_ place: Int) -> Bool {
    let facts = gazetteer.placeFacts[place]
    guard Self.mayStray(facts) else { return false }
    // (With no other country named, nothing tells where the article is: the town stays.)
    guard countsByCode.contains(where: { $0.code != facts.countryCode }) else { return false }
    let named = countsByCode.first { $0.code == facts.countryCode }?.count ?? 0
    return !priorCodes.contains(facts.countryCode) && named <= soleNamings[place, default: 0]
  }

  /// The population under which a town the article's countries do not explain is dropped.
  static let strayPopulation: Int64 = 50_000

  /// Whether a place is a town `isStray` may drop: a city under `strayPopulation`, not a
  /// capital, in a known country.
  private static func mayStray(_ facts: PlaceFacts) -> Bool {
    facts.isCity && !facts.isCapital && facts.population < strayPopulation
      && facts.countryCode != 0
  }

  /// The candidates best first, given an explicit qualifier country ("Homs, Syria") if any
  /// and the candidates the text calls by their own name (`named`).
  func rank(_ candidates: [Int], qualifier: String?, named: [Int]) -> [Choice] {
    if candidates.count == 1 { return [Self.sole(candidates[0])] }
    let facts = gazetteer.placeFacts
    // A place's country is a two-byte code, never 0: it equals no other qualifier.
    let qualifierCode = PlaceFacts.code(qualifier)
    var choices = candidates.map { index -> Choice in
      let place = facts[index]
      var score = Self.featureWeight(place)
      if named.contains(index) { score += Self.ownNameWeight }
      var rule = "feature-and-population"
      let country = place.countryCode
      if country != 0 {
        if country == qualifierCode {
          score += 20
          rule = "explicit-qualifier"
        } else if let count = countsByCode.first(where: { $0.code == country })?.count {
          score += 4 + Double(min(count, 5)) * 0.5
          rule = "country-in-document"
        }
        if priorCodes.contains(country) {
          score += 1.5
          if rule == "feature-and-population" { rule = "regional-prior" }
        }
      }
      return Choice(place: index, score: score, rule: rule)
    }
    preferNamesakeCities(&choices)
    choices.sort { ($0.score, -$0.place) > ($1.score, -$1.place) }
    return choices
  }

  /// A province named after its seat ("Jenin", "Idlib", "Marib") is the city in the press,
  /// whatever its population: a city outranks a province it lies in when both are read from
  /// one name. "Idlib province" names the province alone.
  private func preferNamesakeCities(_ choices: inout [Choice]) {
    let facts = gazetteer.placeFacts
    let provinces = choices.filter { facts[$0.place].isAdmin1 }.compactMap { choice in
      let entry = gazetteer.places[choice.place]
      return entry.admin1.map { (country: entry.country, admin1: $0, score: choice.score) }
    }
    guard !provinces.isEmpty else { return }
    for position in choices.indices where facts[choices[position].place].isCity {
      let city = gazetteer.places[choices[position].place]
      for province in provinces
      where province.country == city.country && province.admin1 == city.admin1
        && choices[position].score <= province.score
      {
        choices[position].score = province.score + 0.5
        choices[position].rule = "namesake-city"
      }
    }
  }

  /// What being called by its own name adds to a place: "Pokrovsk" is the Ukrainian city of
  /// that name rather than Engels, a larger Russian city once called Pokrovsk.
  private static let ownNameWeight = 1.0

  /// Countries outrank provinces, provinces and named regions outrank towns; among towns,
  /// the more populous wins.
  static func featureWeight(_ place: PlaceFacts) -> Double {
    if place.isCountry { return 10 }
    // A province outranks towns of its name elsewhere; its own namesake city outranks it
    // (`preferNamesakeCities`).
    if place.isAdmin1 { return 3.2 }
    if place.isBroad { return 5.5 }
    if place.isSiteOrBase { return 5 }
    let population = log10(Double(max(place.population, 1)))
    // A capital or a city of millions ("Baghdad") is what the press means by its name, even
    // where a village of that name lies in a country the text names too.
    let prominence = place.isCapital || place.population >= 1_000_000 ? 3.0 : 0
    return population * 0.6 + (place.isCapital ? 1 : 0) + prominence
  }
}
