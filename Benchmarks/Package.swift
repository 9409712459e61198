// swift-tools-version:6.2
import PackageDescription

// Benchmarks live in a side package so the main build and CI never compile package-benchmark.
// Run from this folder: `swift package benchmark` (all) or `swift package benchmark --target SimBenchmarks`.

let package = Package(
    name: "EntenteBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named explicitly: a path dependency is otherwise identified by its folder name, which differs per clone.
        .package(name: "Entente", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: []
)

// MARK: - One executable per hot path

let benchmarked: [(name: String, modules: [String])] = [
    ("DataBenchmarks", ["EntenteCore", "EntenteData", "EntenteStore"]),
    ("LawBenchmarks", ["EntenteCore", "EntenteLaw", "EntenteRender"]),
    ("NetworkBenchmarks", ["EntenteCore", "EntenteNetwork"]),
    ("SimBenchmarks", ["EntenteCore", "EntenteSim"]),
]

for (name, modules) in benchmarked {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: [.product(name: "Benchmark", package: "package-benchmark")]
                + modules.map { .product(name: $0, package: "Entente") },
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        )
    )
}

