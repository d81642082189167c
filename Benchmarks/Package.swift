// swift-tools-version:6.1
// A package of its own, so that building and testing the assistant never compiles the benchmark
// stack; `scripts/bench` runs it.
import PackageDescription

let package = Package(
  name: "AssistantBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Assistant", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "AssistantBenchmarks",
      dependencies: [
        .product(name: "Knowledge", package: "Assistant"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/Assistant",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
