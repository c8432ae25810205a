import ArgumentParser
import Foundation
import Salvo
import SalvoDedup

/// `salvo-bench dedup`: cross-article deduplication time and memory on synthetic mentions.
struct DedupThroughput: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dedup",
    abstract: "Deduplicate synthetic event mentions; report time and peak resident memory.",
    discussion: """
      Generates N event mentions as outlets retell events (see DedupWorkload: about 2.5
      reports per event with a long tail, varied precision, attribution and hedges, 3 % of
      articles exact copies), then times Deduplicator.run alone: near-duplicate articles,
      blocking, clustering, canonical events. Run once per size: the peak resident memory is
      the process's.
      """)

  @Option(help: "Event mentions to generate.")
  var mentions = 100_000

  @Option(help: "Generator seed.")
  var seed: UInt64 = 1

  @Flag(
    help: ArgumentHelp(
      "Also print a fingerprint of the result (the events.jsonl lines and every report's "
        + "event id), to check that a change leaves the output unchanged."))
  var fingerprint = false

  func run() throws {
    let clock = ContinuousClock()
    let generated = clock.now
    let workload = DedupWorkload(mentions: mentions, seed: seed)
    print(
      String(
        format: "generated %d mentions in %d articles in %.1f s", workload.reports.count,
        workload.articles.count, (clock.now - generated).inSeconds))
    let start = clock.now
    let result = Deduplicator(links: workload.links).run(
      articles: workload.articles, reports: workload.reports)
    let seconds = (clock.now - start).inSeconds
    let merged = result.events.filter { $0.numMentions > 1 }.count
    let duplicates = result.duplicateOf.compactMap { $0 }.count
    let largest = result.events.map(\.numMentions).max() ?? 0
    print(
      String(
        format: "dedup: %d mentions → %d events (%d with several mentions, the largest %d), "
          + "%d duplicate articles (%d events generated)",
        workload.reports.count, result.events.count, merged, largest, duplicates,
        workload.eventCount))
    print(
      String(
        format: "dedup time: %.2f s (%.0f k mentions/s); resident memory: %.0f MB (peak)",
        seconds, Double(workload.reports.count) / seconds / 1000,
        Double(peakResidentBytes()) / 1e6))
    if fingerprint {
      let ids = result.eventIDs.joined(separator: "\n").utf8
      print(
        String(
          format: "fingerprint: %016llx %016llx", Self.fnv(EventDeduplication.lines(result)),
          Self.fnv(ids)))
    }
  }

  /// The 64-bit FNV-1a hash of `bytes`.
  static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }
}
