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
        // Reading an article: bytes to text, the printed page's layout repaired, articles, paragraphs, sentences.
        .target(name: "Article", linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        // Dictionaries, pinyin, the memory-mapped lexicon index and the segmenter built on it.
        .target(name: "Lexicon"),
        // FSRS-6, exact to py-fsrs 6.3.2. Pure: no I/O, no clock.
        .target(name: "Scheduler"),
        // Decks, notes, cards, their FSRS state and every review, in one SQLite file. The only target using GRDB.
        .target(name: "Store", dependencies: ["Scheduler", .product(name: "GRDB", package: "GRDB.swift")]),
        // The vocabulary worth learning in an article, ranked, each with its example sentence. Pure: no I/O.
        .target(name: "Extraction", dependencies: ["Article", "Lexicon"]),
        // The figures of `tifa stats` (counts, forecast, calendar, retention) from a deck's history. Pure: the time is given.
        .target(name: "Statistics", dependencies: ["Store", "Scheduler"]),
        // Those figures as a screen of text: bar chart and heatmap in Unicode blocks or ASCII, fitted to a width.
        .target(name: "StatisticsScreen", dependencies: ["Statistics", "Store"]),
        .executableTarget(
            name: "tifa",
            dependencies: [
                "Article", "Lexicon", "Extraction", "Scheduler", "Store", "Statistics", "StatisticsScreen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks that print figures side by side with the tools a user would otherwise pick.
        .executableTarget(
            name: "tifa-bench",
            dependencies: ["Article", "Lexicon", "Extraction", "Scheduler"],
            exclude: ["baselines.py", "pyfsrs_bench.py", "setup_baselines.sh"]
        ),
        .testTarget(name: "ArticleTests", dependencies: ["Article"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Scheduler"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "StatisticsScreen", "Store"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "TifaTests", dependencies: ["tifa", "Store"]),
    ],
    swiftLanguageModes: [.v6]
)
