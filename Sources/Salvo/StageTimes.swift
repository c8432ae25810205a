/// Time spent per stage, for `run.json`: wall-clock time of each stage summed over articles
/// and so, in a batch, over the concurrent jobs (job-seconds, which may exceed the wall
/// time of the run).
struct StageTimes: Sendable {
  var ingest: Duration = .zero
  var text: Duration = .zero
  var gazetteer: Duration = .zero
  var figures: Duration = .zero
  var events: Duration = .zero

  static func += (total: inout StageTimes, more: StageTimes) {
    total.ingest += more.ingest
    total.text += more.text
    total.gazetteer += more.gazetteer
    total.figures += more.figures
    total.events += more.events
  }

  /// `ingest`, `text`, `gazetteer`, `figures`, `events`, in seconds, in stage order.
  var seconds: [(String, Double)] {
    [
      ("ingest", ingest.inSeconds), ("text", text.inSeconds),
      ("gazetteer", gazetteer.inSeconds), ("figures", figures.inSeconds),
      ("events", events.inSeconds),
    ]
  }
}
