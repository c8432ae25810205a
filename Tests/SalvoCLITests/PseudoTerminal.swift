import Foundation

/// A pseudo-terminal pair: the child writes to `follower`, the test reads the leader.
final class PseudoTerminal {
  let leader: Int32
  let follower: FileHandle

  init() throws {
    // posix_openpt and friends are not in Swift's Glibc module: look them up in libc.
    typealias Call = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    func libc<T>(_ symbol: String, _ type: T.Type) throws -> T {
      guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, symbol) else {
        throw CLITestError(message: "\(symbol) is not available")
      }
      return unsafeBitCast(address, to: type)
    }
    leader = try libc("posix_openpt", Call.self)(O_RDWR | O_NOCTTY)
    guard leader >= 0, try libc("grantpt", Call.self)(leader) == 0,
      try libc("unlockpt", Call.self)(leader) == 0,
      let name = try libc("ptsname", Name.self)(leader)
    else { throw CLITestError(message: "cannot open a pseudo-terminal: errno \(errno)") }
    let descriptor = open(name, O_RDWR | O_NOCTTY)
    guard descriptor >= 0 else {
      throw CLITestError(message: "cannot open \(String(cString: name)): errno \(errno)")
    }
    follower = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
  }

  deinit { close(leader) }

  /// Everything written until every writer closed the follower (read then fails with EIO),
  /// or, should the hangup never come, until `running` turns false and nothing is left to
  /// read: a blocking read alone once hung a test run for good.
  func readAll(while running: () -> Bool) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&descriptor, 1, 50)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 {
        if running() { continue }
        return data
      }
      let count = buffer.withUnsafeMutableBytes { read(leader, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return data
      }
    }
  }
}
