// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Assistant",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "assistant", targets: ["Assistant"]),
    .library(name: "Knowledge", targets: ["Knowledge", "BuiltInKnowledge"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .target(
      name: "Knowledge",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // Turns the default rule data and seed documents into Swift source, so the built binary
    // answers from any directory and when copied elsewhere, with a snapshot of the knowledge base
    // built from them, so that start-up need not build it again.
    .executableTarget(name: "EmbedResources", dependencies: ["Knowledge"]),
    .plugin(name: "EmbedCorpus", capability: .buildTool(), dependencies: ["EmbedResources"]),
    .target(name: "BuiltInKnowledge", dependencies: ["Knowledge"], plugins: ["EmbedCorpus"]),
    // GNU readline (libreadline-dev), and the C around it: the signal handler's state must exist
    // once, so it lives in a C file of its own, not in a header each Swift file imports.
    .target(name: "CReadline", linkerSettings: [.linkedLibrary("readline")]),
    .executableTarget(
      name: "Assistant",
      dependencies: [
        "Knowledge",
        "BuiltInKnowledge",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "KnowledgeTests",
      dependencies: ["Knowledge", "BuiltInKnowledge", .product(name: "Yams", package: "Yams")]
    ),
    .testTarget(
      name: "AssistantTests", dependencies: ["Assistant", "Knowledge", "BuiltInKnowledge"]),
  ],
  swiftLanguageModes: [.v6]
)
