// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Salvo",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Salvo", targets: ["Salvo"]),
    .executable(name: "salvo", targets: ["SalvoCLI"]),
    .executable(name: "salvo-bench", targets: ["SalvoBenchmarks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
  ],
  targets: [
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(name: "SalvoModel"),
    .target(
      name: "SalvoIngest",
      dependencies: ["SalvoModel", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(name: "SalvoText", dependencies: ["SalvoModel", "CICU"]),
    .target(name: "SalvoFigures", dependencies: ["SalvoModel"]),
    .target(name: "SalvoGazetteer", dependencies: ["SalvoModel"]),
    .target(name: "SalvoEvents", dependencies: ["SalvoModel"]),
    .target(name: "SalvoDedup", dependencies: ["SalvoModel"]),
    .target(name: "SalvoIO", dependencies: ["SalvoModel"]),
    .target(
      name: "Salvo",
      dependencies: [
        "SalvoModel", "SalvoIngest", "SalvoText", "SalvoGazetteer", "SalvoFigures",
        "SalvoEvents", "SalvoDedup", "SalvoIO", "CICU",
      ]
    ),
    .executableTarget(
      name: "SalvoCLI",
      dependencies: [
        "Salvo", "SalvoIO", "SalvoIngest",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "SalvoBenchmarks",
      dependencies: [
        "Salvo", "SalvoIngest", "SalvoText", "SalvoGazetteer", "SalvoFigures", "SalvoModel",
        "SalvoDedup", "SalvoIO",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources")]
    ),
    // What the test targets share: the repository's folders and small document helpers.
    .target(
      name: "SalvoTestSupport", dependencies: ["SalvoText", "SalvoModel"],
      path: "Tests/SalvoTestSupport"),
    .testTarget(
      name: "SalvoTextTests", dependencies: ["SalvoText", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(
      name: "SalvoIngestTests", dependencies: ["SalvoIngest", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(
      name: "SalvoGazetteerTests",
      dependencies: ["Salvo", "SalvoGazetteer", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(name: "SalvoIOTests", dependencies: ["SalvoIO", "SalvoModel"]),
    .testTarget(name: "SalvoDedupTests", dependencies: ["SalvoDedup", "SalvoModel"]),
    .testTarget(
      name: "SalvoFiguresTests",
      dependencies: ["SalvoFigures", "SalvoText", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(
      name: "SalvoEventsTests",
      dependencies: ["Salvo", "SalvoEvents", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(
      name: "SalvoTests",
      dependencies: ["Salvo", "SalvoIngest", "SalvoIO", "SalvoModel", "SalvoTestSupport"]),
    .testTarget(
      name: "SalvoCLITests", dependencies: ["SalvoCLI", "SalvoBenchmarks", "SalvoTestSupport"]),
  ]
)
