import SalvoModel
import Testing

@Suite("Numbers that are not counts")
struct NonCountTests {
  static let sentences: [String] = [
    // Designations.
    "The Su-24 was shot down over the border.",
    "An F-35 flew low over Beirut on Saturday.",
    "Militants attacked Tower 22 in northeastern Jordan.",
    "The council passed Resolution 1701 unanimously.",
    "Fighters of Brigade 313 took part in the assault.",
    "The group unveiled its Falaq-1 rocket at a parade.",
    "The MQ-9 Reaper crashed near the base.",
    "COVID-19 slowed the negotiations.",
    "Flight 752 was shot down shortly after take-off.",
    "Route 6 was closed after the blast.",
    // Percentages, money, measures.
    "Attacks rose by 40% in the second quarter.",
    "Support for the truce fell to 12 percent in the poll.",
    "Prices rose 5 per cent after the blockade.",
    "The fund pledged $40 million for reconstruction.",
    "Damage was estimated at 3 billion dollars.",
    "The artillery fired 155 mm shells at the ridge.",
    "The convoy was 30 km from the border when it was hit.",
    "The drone flew 1,200 kilometres before it was downed.",
    // Clock times, dates, years.
    "The sirens sounded at 10:30 on Friday.",
    "The explosion was heard at 23h56 local time.",
    "The blast occurred at 3 a.m. on Sunday.",
    "Fighting resumed on 27 September after a lull.",
    "On October 7, 2023, gunmen crossed the fence.",
    "It was the deadliest day since 1991.",
    "The post-2003 order is collapsing.",
    "Fighting in 2023 forced many families to flee.",
    "The 2006 war left deep scars in the south.",
    "The statement was dated 27/07/2024.",
    // Durations and ages.
    "The siege lasted two and a half weeks.",
    "The group was founded more than 40 years ago.",
    "He spent a year of war in the tunnels.",
    "A 12-year-old boy was among the wounded.",
    "Aged 19, he joined the militia.",
    "The ceasefire of 2014 held for 51 days.",
    "The two-week truce expired at midnight.",
    // Ordinals.
    "The war, now in its 7th month, shows no sign of ending.",
    "She was the first reporter to reach the town.",
    // Phone numbers, URLs, ids, scores.
    "Call the hotline on +44 20 7946 0958 for details.",
    "Photos: https://example.com/images/16304499/original?1722125639",
    "Read the report at www.example.org/2024/07/27/strike-report.",
    "The committee voted 12-3 in favour of the motion.",
    "The file was numbered 0042 in the archive.",
    // Word numbers that count nothing.
    "The militias support one another across the region.",
    "One of the worst incidents occurred in May.",
    "The minister visited the base twice as often as his predecessor.",
    "Israel struck once again on Friday.",
    "A 10-member delegation arrived in Cairo.",
    "Roughly one in four buildings was damaged.",
    "The raids of April 13-14 were the largest yet.",
  ]

  @Test(arguments: sentences)
  func noCount(_ sentence: String) throws {
    let found = try quantities(sentence)
    #expect(found.isEmpty, "counts: \(found.map(\.text))")
  }

  @Test func mentionsAreOrderedAndDisjoint() throws {
    let text = """
      Since early November 2023, militias have fired more than 100 rockets and killed \
      three soldiers; on Monday two drones hit Tower 22, injuring seven Americans.
      """
    let found = try figures(text)
    #expect(found.count >= 5)
    for (first, second) in zip(found, found.dropFirst()) {
      #expect(first.mention.range.utf8End <= second.mention.range.utf8Start)
    }
  }
}
