// swift-tools-version:6.0
// Tifa: vocabulary of Chinese politics and diplomacy, from the articles you read to spaced review.
// The dependency graph is the architecture: one library per stage of the data's way, the executable on top.
import PackageDescription

let package = Package(
    name: "Tifa",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tifa", targets: ["tifa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Dictionaries, pinyin, the memory-mapped lexicon index and the segmenter built on it.
        .target(name: "Lexicon"),
        .executableTarget(
            name: "tifa",
            dependencies: [
                "Lexicon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks that print figures side by side with the tools a user would otherwise pick.
        .executableTarget(name: "tifa-bench", dependencies: ["Lexicon"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"]),
        .testTarget(name: "TifaTests", dependencies: ["tifa"]),
    ],
    swiftLanguageModes: [.v6]
)
