import Foundation
import SalvoIO
import SalvoTestSupport
import Testing

@Suite("events.geojson")
struct EventsGeoJSONTests {
  static func decode(_ fixtures: [EventFixture]) throws -> [EventLine] {
    try fixtures.enumerated().map { index, fixture in
      try EventLine.decode(Substring(fixture.line), path: "events.jsonl", line: index + 1)
    }
  }

  @Test func isAnRFC7946FeatureCollectionOfLocatedEvents() throws {
    let located = EventFixture()
    let westOfGreenwich = EventFixture(id: "ev-00000000000000d4")
      .with(
        "location",
        EventFixture.place("Bamako", "geonames:2460596", "ML", nil, 12.65, -8.0, "city"))
    let unlocated = EventFixture(id: "ev-00000000000000e5").with("location", NSNull())
    let regionWithoutPoint = EventFixture(id: "ev-00000000000000f6")
      .with(
        "location", EventFixture.place("Red Sea", "salvo:red-sea", nil, nil, nil, nil, "region"))
    let outOfRange = EventFixture(id: "ev-0000000000000107")
      .with("location", EventFixture.place("Nowhere", nil, nil, nil, 95, 10, "site"))
    let fixtures = [located, westOfGreenwich, unlocated, regionWithoutPoint, outOfRange]
    let bytes = EventsGeoJSON.render(try Self.decode(fixtures))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(root["type"] as? String == "FeatureCollection")
    #expect(root["crs"] == nil)
    let features = try #require(root["features"] as? [[String: Any]])
    #expect(features.count == 2)
    for (feature, fixture) in zip(features, [located, westOfGreenwich]) {
      #expect(feature["type"] as? String == "Feature")
      #expect(feature["id"] as? String == fixture.fields["id"] as? String)
      let geometry = try #require(feature["geometry"] as? [String: Any])
      #expect(geometry["type"] as? String == "Point")
      let coordinates = try #require(geometry["coordinates"] as? [Double])
      let place = try #require(fixture.fields["location"] as? [String: Any])
      // RFC 7946 §3.1.1: longitude first.
      #expect(coordinates == [place["lon"] as? Double, place["lat"] as? Double].compactMap { $0 })
      let properties = try #require(feature["properties"] as? [String: Any])
      #expect(properties["id"] as? String == fixture.fields["id"] as? String)
      #expect(properties["schema"] as? String == "salvo.event/1")
      #expect((properties["sources"] as? [Any])?.count == 1)
    }
  }

  @Test func anEmptyRunIsAnEmptyCollection() throws {
    let bytes = EventsGeoJSON.render([])
    let root = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    #expect(root?["type"] as? String == "FeatureCollection")
    #expect((root?["features"] as? [Any])?.isEmpty == true)
  }

  @Test func coordinatesNeverUseExponents() {
    #expect(EventsGeoJSON.coordinate(34.94821) == "34.94821")
    #expect(EventsGeoJSON.coordinate(-8) == "-8.0")
    #expect(EventsGeoJSON.coordinate(0.00001) == "0.00001")
    #expect(EventsGeoJSON.coordinate(-0.0000004) == "0")
  }
}
