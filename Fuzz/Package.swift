// swift-tools-version:6.2
import PackageDescription

// libFuzzer harnesses for the readers of untrusted files (issue 14), in a side package so the main
// `swift build` and `swift test` never compile them. The sanitizer and fuzzer flags are given on
// the command line, never here (no `unsafeFlags`): `scripts/fuzz/run.sh` builds with
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` and runs each harness for a fixed time.

let package = Package(
    name: "EntenteFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named explicitly: a path dependency is otherwise identified by its folder name, which differs per clone.
        .package(name: "Entente", path: "..")
    ],
    targets: [
        // The declaration of libFuzzer's driver, and the entry point each harness calls.
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"]),
    ]
)

// MARK: - One executable per reader

let harnesses: [(name: String, modules: [String])] = [
    ("FuzzCSV", ["EntenteCore", "EntenteData"]),
    ("FuzzJSON", ["EntenteCore", "EntenteData"]),
    ("FuzzSituation", ["EntenteCore", "EntenteLaw"]),
    ("FuzzCustom", ["EntenteCore", "EntenteLaw"]),
    ("FuzzScenario", ["EntenteCore", "EntenteSim"]),
    ("FuzzEdgeList", ["EntenteCore", "EntenteNetwork"]),
]

for (name, modules) in harnesses {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport"] + modules.map { .product(name: $0, package: "Entente") },
            path: "Sources/\(name)"
        )
    )
}

// MARK: - Shared settings

for target in package.targets where target.name != "CFuzzerDriver" {
    var settings = target.swiftSettings ?? []
    settings += [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    target.swiftSettings = settings
}
