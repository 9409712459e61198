// swift-tools-version:6.2
import PackageDescription

// The framework's own ceiling for the HTTP benchmark, in a package of its own so that building it
// compiles Hummingbird only (scripts/bench/http-bench.sh).
let package = Package(
    name: "HTTPCeiling",
    platforms: [.macOS(.v15)],
    dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1")],
    targets: [
        .executableTarget(name: "HTTPCeiling", dependencies: [.product(name: "Hummingbird", package: "hummingbird")])
    ]
)
