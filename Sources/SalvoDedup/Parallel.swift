import Foundation

/// Runs independent pieces of work on several threads of its own.
///
/// Plain threads, not Dispatch or Swift concurrency: the caller may itself run on the
/// cooperative pool (tests, the batch runner), and waiting there for work queued to a pool
/// that the caller occupies can stall. Threads of its own only need the cores.
enum Parallel {
  /// `transform` of `0..<count`, in order, computed on up to `threads` threads (index `i`
  /// on thread `i % threads`); on the calling thread alone when `threads` is 1 or there is
  /// a single index. `transform` must not depend on which thread runs it.
  static func map<T>(_ count: Int, threads: Int, _ transform: @escaping (Int) -> T) -> [T] {
    let workers = min(max(1, threads), count)
    guard workers > 1 else { return (0..<count).map(transform) }
    // Each thread initializes its own elements in place: no second copy of the results.
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let box = UncheckedBox((transform, buffer))
      let done = DispatchSemaphore(value: 0)
      for worker in 1..<workers {
        let thread = Thread {
          let (transform, buffer) = box.value
          for index in stride(from: worker, to: count, by: workers) {
            (buffer.baseAddress.map { $0 + index })?.initialize(to: transform(index))
          }
          done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
      }
      for index in stride(from: 0, to: count, by: workers) {
        (buffer.baseAddress.map { $0 + index })?.initialize(to: transform(index))
      }
      for _ in 1..<workers { done.wait() }
      initialized = count
    }
  }
}

extension Parallel {
  /// `elements` sorted by `areInIncreasingOrder`, which must be a strict total order (so
  /// the result is the one `sorted(by:)` gives): with several threads, the two halves are
  /// sorted on threads of their own, then merged.
  static func sorted<T: Sendable>(
    _ elements: [T], threads: Int, by areInIncreasingOrder: @escaping @Sendable (T, T) -> Bool
  ) -> [T] {
    guard threads > 1, elements.count > 1 else { return elements.sorted(by: areInIncreasingOrder) }
    let middle = elements.count / 2
    let halves = map(2, threads: 2) { half in
      (half == 0 ? elements[..<middle] : elements[middle...]).sorted(by: areInIncreasingOrder)
    }
    let (left, right) = (halves[0], halves[1])
    var merged: [T] = []
    merged.reserveCapacity(elements.count)
    var (i, j) = (0, 0)
    while i < left.count && j < right.count {
      if areInIncreasingOrder(right[j], left[i]) {
        merged.append(right[j])
        j += 1
      } else {
        merged.append(left[i])
        i += 1
      }
    }
    merged += left[i...]
    merged += right[j...]
    return merged
  }
}

/// A value handed to another thread that only reads it, or writes slots no other thread
/// touches (`Parallel.map`'s results).
private struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// A value computed on a thread of its own while the caller goes on; `value` waits for it.
final class Background<T>: @unchecked Sendable {
  private var result: T?
  private let done = DispatchSemaphore(value: 0)

  /// Starts `work` on a new thread.
  init(_ work: @escaping () -> T) {
    let box = UncheckedBox(work)
    let thread = Thread { [self] in
      result = box.value()
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// The value, once computed.
  var value: T {
    done.wait()
    // Let later reads through too.
    done.signal()
    guard let result else { preconditionFailure("background work ended without a value") }
    return result
  }
}
