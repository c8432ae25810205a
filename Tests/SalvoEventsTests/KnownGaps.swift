/// Cases the events stage does not pass yet, by label. Each is checked inside
/// `withKnownIssue`: it keeps running, and once the stage handles it the test fails with
/// "known issue was not recorded", so the label must be removed from this list.
let knownGaps: Set<String> = [
  "a list of potential targets"
]
