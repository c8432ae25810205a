import Foundation
import SalvoIO
import SalvoTestSupport
import Testing

@Suite("events.csv")
struct EventsCSVTests {
  static let tables = EventViewTables(
    countries: [
      "IL": .init(iso: 376, name: "Israel"), "SY": .init(iso: 760, name: "Syria"),
      "XK": .init(iso: nil, name: "Kosovo"),
    ],
    admin1Names: ["IL-D": "Southern District"],
    disorderTypes: [
      "Air/drone strike": "Political violence", "Explosions/Remote violence": "Political violence",
      "Disrupted weapons use": "Strategic developments",
    ])

  static func events() throws -> [EventLine] {
    let strike = EventFixture()
    let barrage = EventFixture(id: "ev-00000000000000b2")
      .with("kind", "aggregate")
      .with("sub_event_type", NSNull())
      .with("date", ["start": "2024-09-01", "end": "2024-09-30", "precision": "month"])
      .with(
        "location", EventFixture.place("Syria", "geonames:163843", "SY", nil, 35, 38, "country")
      )
      .with(
        "actors",
        [
          EventFixture.actor("attacker", "Israel", "state:IL"),
          EventFixture.actor("attacker", "Israel Defense Forces", "actor:idf"),
          EventFixture.actor("target", "Hezbollah", "actor:hezbollah"),
          EventFixture.actor("victim", "civilians", nil),
        ]
      )
      .with(
        "quantity", EventFixture.figure(value: 40, qualifier: "approx", text: "some 40 strikes")
      )
      .with(
        "fatalities",
        [
          "killed": EventFixture.figure(
            value: nil, qualifier: "range", text: "10 to 12", low: 10, high: 12),
          "injured": NSNull(),
        ]
      )
      .with("modality", "asserted")
      .with("num_articles", 3)
      .with(
        "sources",
        [
          EventFixture.source(
            "a.txt", 10, 80,
            "Israel struck Syria some 40 times, a monitor said,\n\"killing 10 to 12\".",
            outlet: "Syrian Observatory, London"),
          EventFixture.source("b.txt", 0, 50, "Israeli jets hit Syria again.", outlet: "AP"),
          EventFixture.source("c.txt", 5, 60, "Strikes in Syria continued.", outlet: "AP"),
        ])
    let undated = EventFixture(id: "ev-00000000000000c3")
      .with("date", ["start": NSNull(), "end": NSNull(), "precision": "unknown"])
      .with("location", NSNull())
      .with("actors", [])
      .with("sources", [])
    return try [strike, barrage, undated].enumerated().map { index, fixture in
      try EventLine.decode(Substring(fixture.line), path: "events.jsonl", line: index + 1)
    }
  }

  /// The records of RFC 4180 text, parsed independently of the writer.
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.append(character)
      }
    }
    return records
  }

  @Test func headerIsACLEDsColumnsThenSalvos() throws {
    let text = String(decoding: EventsCSV(tables: Self.tables).render([]), as: UTF8.self)
    #expect(
      text
        == "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        + "actor1,assoc_actor_1,actor2,assoc_actor_2,civilian_targeting,iso,country,admin1,"
        + "location,latitude,longitude,geo_precision,source,notes,fatalities,tags,kind,quantity,"
        + "num_articles\n")
  }

  @Test func valuesFollowACLEDsCodebook() throws {
    let text = String(
      decoding: EventsCSV(tables: Self.tables).render(try Self.events()), as: UTF8.self)
    let records = Self.parse(text)
    #expect(records.count == 4)
    #expect(records.allSatisfy { $0.count == EventsCSV.columns.count })
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
    let strike = rows[0]
    #expect(strike["event_id_cnty"] == "ev-00000000000000a1")
    #expect(strike["event_date"] == "2024-10-03" && strike["year"] == "2024")
    #expect(strike["time_precision"] == "1")
    #expect(strike["disorder_type"] == "Political violence")
    #expect(strike["actor1"] == "Islamic Resistance in Iraq" && strike["actor2"] == "Israel")
    #expect(strike["iso"] == "376" && strike["country"] == "Israel")
    #expect(strike["admin1"] == "Southern District" && strike["location"] == "Eilat")
    #expect(strike["latitude"] == "29.55805" && strike["longitude"] == "34.94821")
    #expect(strike["geo_precision"] == "1")
    #expect(strike["fatalities"] == "" && strike["quantity"] == "")
    #expect(strike["tags"] == "weapons=drone; modality=claimed")
    #expect(
      strike["notes"]
        == "On 2024-10-03: Air/drone strike by Islamic Resistance in Iraq against Israel in "
        + "Eilat, Israel (claimed). Source sentence: \"The Islamic Resistance in Iraq said it "
        + "launched a drone at a \"vital target\" in Eilat.\"")
    let barrage = rows[1]
    #expect(barrage["time_precision"] == "3" && barrage["event_date"] == "2024-09-01")
    #expect(barrage["disorder_type"] == "Political violence")
    #expect(barrage["actor1"] == "Israel" && barrage["assoc_actor_1"] == "Israel Defense Forces")
    #expect(barrage["actor2"] == "Hezbollah" && barrage["assoc_actor_2"] == "civilians")
    #expect(barrage["geo_precision"] == "3" && barrage["admin1"] == "")
    #expect(barrage["latitude"] == "35" && barrage["iso"] == "760")
    #expect(barrage["source"] == "Syrian Observatory, London; AP")
    #expect(barrage["fatalities"] == "10")
    #expect(barrage["quantity"] == "about 40" && barrage["kind"] == "aggregate")
    #expect(barrage["num_articles"] == "3")
    #expect(barrage["notes"]?.contains("\n\"killing 10 to 12\".") == true)
    let undated = rows[2]
    for column in [
      "event_date", "year", "time_precision", "iso", "country", "location", "latitude",
    ] {
      #expect(undated[column] == "", "\(column)")
    }
  }

  @Test func quotesOnlyWhatNeedsQuoting() {
    var output: [UInt8] = []
    EventsCSV.append(["plain", "a, b", "say \"no\"", "two\nlines", " padded", ""], to: &output)
    #expect(
      String(decoding: output, as: UTF8.self)
        == "plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\" padded\",\n")
  }

  @Test(arguments: [
    ("day", "2024-10-03", "2024-10-03", 1), ("week", "2024-09-30", "2024-10-06", 2),
    ("range", "2024-10-01", "2024-10-04", 2), ("range", "2024-10-01", "2024-10-20", 3),
    ("range", "2024-12-28", "2025-01-02", 2), ("month", "2024-10-01", "2024-10-31", 3),
    ("year", "1991-01-01", "1991-12-31", 3),
  ])
  func timePrecision(precision: String, start: String, end: String, code: Int) {
    let date = EventLine.EventDate(start: start, end: end, precision: precision)
    #expect(EventsCSV.timePrecision(date) == code)
  }

  @Test func pythonsCSVModuleReadsTheSameCells() throws {
    let csv = EventsCSV(tables: Self.tables).render(try Self.events())
    let folder = NSTemporaryDirectory() + "salvo-csv-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(csv).write(to: URL(fileURLWithPath: folder + "/events.csv"))
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          print(json.dumps(list(csv.reader(f, strict=True))))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, folder + "/events.csv"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let cells = try JSONSerialization.jsonObject(with: data) as? [[String]]
    #expect(cells == Self.parse(String(decoding: csv, as: UTF8.self)))
  }
}
