import Foundation
import SalvoModel

/// What the document says about where it is: the countries its unambiguous places and
/// demonyms point to, used to resolve ambiguous place names.
struct PlaceContext {
  let gazetteer: Gazetteer
  let regionalPrior: Set<String>
  /// Country → how many unambiguous mentions point to it.
  private(set) var countries: [String: Int] = [:]

  init(items: [Reading.Item], gazetteer: Gazetteer, regionalPrior: Set<String>) {
    self.gazetteer = gazetteer
    self.regionalPrior = regionalPrior
    for item in items {
      switch item.role {
      case .place(let candidates):
        if let country = Self.soleCountry(candidates, gazetteer) {
          countries[country, default: 0] += 1
        }
      case .demonym(let index):
        if let country = gazetteer.demonyms[index].country { countries[country, default: 0] += 1 }
      default:
        break
      }
    }
  }

  /// The one country candidates point to: a country name's ("Iraq", even though a town
  /// in Iran shares it), else the country all candidates share; nil when they disagree.
  static func soleCountry(_ candidates: [Int], _ gazetteer: Gazetteer) -> String? {
    var named: String?
    var shared: String?
    var agree = true
    for index in candidates {
      let place = gazetteer.placeFacts[index]
      if place.isCountry {
        if named == nil { named = place.country } else if named != place.country { return nil }
      }
      if shared == nil { shared = place.country } else if shared != place.country { agree = false }
    }
    return named ?? (agree ? shared : nil)
  }

  /// A scored candidate.
  struct Choice {
    var place: Int
    var score: Double
    var rule: String
  }

  /// The candidates best first, given an explicit qualifier country ("Homs, Syria") if any.
  func rank(_ candidates: [Int], qualifier: String?) -> [Choice] {
    if candidates.count == 1 { return [Choice(place: candidates[0], score: 0, rule: "alias")] }
    var choices = candidates.map { index -> Choice in
      let place = gazetteer.placeFacts[index]
      var score = Self.featureWeight(place)
      var rule = "feature-and-population"
      if let country = place.country {
        if country == qualifier {
          score += 20
          rule = "explicit-qualifier"
        } else if let count = countries[country] {
          score += 4 + Double(min(count, 5)) * 0.5
          rule = "country-in-document"
        }
        if regionalPrior.contains(country) {
          score += 1.5
          if rule == "feature-and-population" { rule = "regional-prior" }
        }
      }
      return Choice(place: index, score: score, rule: rule)
    }
    choices.sort { ($0.score, -$0.place) > ($1.score, -$1.place) }
    return choices
  }

  /// Countries outrank provinces, provinces and named regions outrank towns; among towns,
  /// the more populous wins.
  static func featureWeight(_ place: PlaceFacts) -> Double {
    let population = log10(Double(max(place.population, 1)))
    switch place.feature {
    case "country": return 10
    // A province outranks its towns, except a large city of the same name ("Hodeidah"):
    // the press names the city far more often than the governorate.
    case "admin1": return 3.2
    case "region", "sea", "strait": return 5.5
    case "base", "site": return 5
    default: return population * 0.6 + (place.isCapital ? 1 : 0)
    }
  }
}
