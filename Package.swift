// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Assistant",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "assistant", targets: ["Assistant"]),
    .library(name: "Knowledge", targets: ["Knowledge"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Turns the default rule data and seed documents into Swift source, so the
    // built binary answers from any directory and when copied elsewhere.
    .executableTarget(name: "EmbedResources"),
    .plugin(name: "EmbedCorpus", capability: .buildTool(), dependencies: ["EmbedResources"]),
    .target(
      name: "Knowledge",
      dependencies: [.product(name: "Yams", package: "Yams")],
      plugins: ["EmbedCorpus"]
    ),
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .executableTarget(
      name: "Assistant",
      dependencies: [
        "Knowledge",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "KnowledgeTests",
      dependencies: ["Knowledge", .product(name: "Yams", package: "Yams")]
    ),
    .testTarget(name: "AssistantTests", dependencies: ["Assistant"]),
  ],
  swiftLanguageModes: [.v6]
)
