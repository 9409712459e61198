// swift-tools-version:6.2
import PackageDescription

// MARK: - Package

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "EntenteCore", targets: ["EntenteCore"]),
        .library(name: "EntenteData", targets: ["EntenteData"]),
        .library(name: "EntenteStore", targets: ["EntenteStore"]),
        .library(name: "EntenteLaw", targets: ["EntenteLaw"]),
        .library(name: "EntenteNetwork", targets: ["EntenteNetwork"]),
        .library(name: "EntenteSim", targets: ["EntenteSim"]),
        .library(name: "EntenteServices", targets: ["EntenteServices"]),
        .library(name: "EntenteRender", targets: ["EntenteRender"]),
        .library(name: "EntenteServer", targets: ["EntenteServer"]),
        .library(name: "EntenteCLI", targets: ["EntenteCLI"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: []
)

// MARK: - Library modules

package.targets += [
    .target(name: "EntenteCore"),
    .target(
        name: "EntenteData",
        dependencies: ["EntenteCore"],
        resources: [
            .copy("Resources/datasets"), .copy("Resources/curated"), .copy("Resources/catalog"),
            .copy("Resources/validation"),
        ]
    ),
    .target(
        name: "EntenteStore",
        dependencies: [
            "EntenteCore", "EntenteData",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]
    ),
    .target(
        name: "EntenteLaw",
        dependencies: ["EntenteCore", .product(name: "Yams", package: "Yams")],
        // The catalogue of the Security Council's authorising language, and the Natural Earth
        // boundaries behind derived geography; each read once per process.
        resources: [.copy("Resources/council-language.json"), .copy("Geography/Resources/geo")]
    ),
    .target(
        name: "EntenteNetwork",
        dependencies: ["EntenteCore", .product(name: "RealModule", package: "swift-numerics")]
    ),
    .target(
        name: "EntenteSim",
        dependencies: [
            "EntenteCore", "EntenteLaw", "EntenteNetwork",
            .product(name: "Yams", package: "Yams"),
            .product(name: "HeapModule", package: "swift-collections"),
            .product(name: "DequeModule", package: "swift-collections"),
            .product(name: "RealModule", package: "swift-numerics"),
        ]
    ),
]

// MARK: - Application layer

package.targets += [
    .target(
        name: "EntenteServices",
        dependencies: [
            "EntenteCore", "EntenteData", "EntenteStore", "EntenteLaw", "EntenteNetwork", "EntenteSim",
        ]
    ),
    // What both front ends share to render reports: the one JSON convention, tables, CSV, numbers,
    // and the audited HTML/SVG/XML writer.
    .target(name: "EntenteRender", dependencies: ["EntenteCore", "EntenteLaw", "EntenteServices"]),
]

// MARK: - Front ends

package.targets += [
    // The HTTP front end: JSON API with its OpenAPI document, and the dashboard pages.
    .target(
        name: "EntenteServer",
        dependencies: [
            "EntenteServices", "EntenteRender", "EntenteCore", "EntenteData", "EntenteStore", "EntenteLaw",
            "EntenteNetwork", "EntenteSim",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
        ],
        resources: [.copy("Resources")]
    ),
    .target(
        name: "EntenteCLI",
        dependencies: [
            "EntenteServices", "EntenteRender", "EntenteServer",
            "EntenteCore", "EntenteData", "EntenteStore", "EntenteLaw", "EntenteNetwork", "EntenteSim",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Yams", package: "Yams"),
        ]
    ),
    .executableTarget(
        name: "entente",
        dependencies: ["EntenteCLI", "EntenteCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
]

// MARK: - Tests

package.targets += [
    .target(
        name: "EntenteTestSupport",
        dependencies: [
            "EntenteCore", "EntenteData", "EntenteStore", "EntenteSim",
            .product(name: "RealModule", package: "swift-numerics"),
        ]
    ),
    .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore", "EntenteTestSupport"]),
    .testTarget(name: "EntenteDataTests", dependencies: ["EntenteCore", "EntenteData", "EntenteTestSupport"]),
    .testTarget(
        name: "EntenteStoreTests",
        dependencies: [
            "EntenteCore", "EntenteData", "EntenteStore", "EntenteTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]
    ),
    .testTarget(
        name: "EntenteLawTests",
        dependencies: ["EntenteCore", "EntenteLaw", "EntenteTestSupport"],
        resources: [.copy("Fixtures")]
    ),
    .testTarget(
        name: "EntenteNetworkTests",
        dependencies: ["EntenteCore", "EntenteData", "EntenteNetwork", "EntenteTestSupport"],
        resources: [.copy("Fixtures")]
    ),
    .testTarget(
        name: "EntenteSimTests",
        dependencies: ["EntenteCore", "EntenteSim", "EntenteTestSupport"],
        resources: [.copy("Fixtures")]
    ),
    .testTarget(
        name: "EntenteServicesTests",
        dependencies: [
            "EntenteServices", "EntenteRender", "EntenteCore", "EntenteData", "EntenteLaw", "EntenteStore",
            "EntenteNetwork", "EntenteSim", "EntenteTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]
    ),
    .testTarget(
        name: "EntenteServerTests",
        dependencies: [
            "EntenteServer", "EntenteServices", "EntenteRender", "EntenteCore", "EntenteStore", "EntenteTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]
    ),
    .testTarget(
        name: "EntenteCLITests",
        dependencies: [
            "EntenteCLI", "EntenteCore", "EntenteStore", "EntenteTestSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
]

// MARK: - Shared settings

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings += [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    target.swiftSettings = settings
}
