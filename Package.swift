// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "asyncviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "asyncviz", targets: ["Viz"]),
        .library(name: "Runtime", targets: ["Runtime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "Runtime",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            swiftSettings: [
                // The VM is the product: optimise it in debug builds too, so `swift run` and the tests run at speed.
                .unsafeFlags(["-O", "-enforce-exclusivity=unchecked"]),
            ]
        ),
        .executableTarget(
            name: "Viz",
            dependencies: [
                "Runtime",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AsyncvizTests",
            dependencies: ["Runtime", "Viz"],
            exclude: ["README.md"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
