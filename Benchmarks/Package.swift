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

// The legal engine's derived workloads, shared by LawBenchmarks and the LawProfile driver.
package.targets.append(
    .target(
        name: "LawWorkloads",
        dependencies: [.product(name: "EntenteCore", package: "Entente"), .product(name: "EntenteLaw", package: "Entente")],
        path: "Benchmarks/LawWorkloads"))

for (name, modules) in benchmarked {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: [.product(name: "Benchmark", package: "package-benchmark")]
                + modules.map { .product(name: $0, package: "Entente") }
                + (name == "LawBenchmarks" ? [.target(name: "LawWorkloads")] : []),
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        )
    )
}

// A release driver for profiling the legal engine outside the benchmark harness (perf, valgrind):
// `swift build -c release --product LawProfile && .build/release/LawProfile new 400000` prints the
// CPU time of the loop alone.
package.targets.append(
    .executableTarget(
        name: "LawProfile",
        dependencies: [
            .target(name: "LawWorkloads"), .product(name: "EntenteCore", package: "Entente"),
            .product(name: "EntenteLaw", package: "Entente"),
        ],
        path: "Profile/LawProfile"))
