// swift-tools-version:6.0
// Tifa: vocabulary of Chinese politics and diplomacy, from the articles you read to spaced review.
// The dependency graph is the architecture: one library per stage of the data's way, the executable on top.
import PackageDescription

/// The lexicon's index build and segmenter and the extractor's ranking are loops over hundreds of thousands of keys
/// and characters; unoptimised they take most of a debug `swift test` (30 s to build the shipped index alone).
/// Debug builds compile these targets optimised too; `-enable-testing` (which `@testable import` needs) still holds.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The Swift runtime and Foundation linked into the release `tifa` binary (as `swift build --static-swift-stdlib`
/// does), not loaded as 14 shared libraries: the linker keeps only the code Tifa calls, so a command maps fewer
/// pages of library code (`tifa --version` peaks at 15.8 MB instead of 21.2 MB; `tifa read --segment` of 20 MB at
/// 36.8 MB instead of 42.6 MB with the same lexicon). The libraries the static Foundation needs are named because
/// the modules are compiled against the shared ones, whose interfaces do not ask for them. Release only: the test
/// bundle links the executable's module, and with it these settings, but loads XCTest and with it the shared
/// Foundation (so `swift test` runs debug builds). Linux only: Apple's platforms ship the runtime with the system.
let staticSwiftLibraries: LinkerSetting = .unsafeFlags(
    ["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"],
    .when(platforms: [.linux], configuration: .release))

let package = Package(
    name: "Tifa",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tifa", targets: ["tifa"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Files of text the user names, read whole up to a size limit or a line at a time, with one error type.
        .target(name: "TextFile"),
        // Text for a terminal: styled lines, display width, wrapping, aligned columns, and the colour policy
        // (a terminal only, no `NO_COLOR`, not `TERM=dumb`).
        .target(name: "ConsoleText"),
        // Reading an article: bytes to text, the printed page's layout repaired, articles, paragraphs, sentences.
        .target(
            name: "Article", dependencies: ["TextFile"],
            linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        // Dictionaries, pinyin, word lists, the memory-mapped lexicon index and the segmenter built on it.
        .target(name: "Lexicon", dependencies: ["TextFile"], swiftSettings: optimisedInDebug),
        // FSRS-6, exact to py-fsrs 6.3.2. Pure: no I/O, no clock.
        .target(name: "Scheduler"),
        // Decks, notes, cards, their FSRS state and every review, in one SQLite file. The only target using GRDB.
        // GRDBSQLite: the statistics read a few columns of many rows straight from SQLite's statement. Lexicon:
        // a note's kind is the glossary's `NoteKind`.
        .target(
            name: "Store",
            dependencies: [
                "Scheduler", "Lexicon", "TextFile", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // The vocabulary worth learning in an article, ranked, each with its example sentence. Pure: no I/O.
        .target(name: "Extraction", dependencies: ["Article", "Lexicon"], swiftSettings: optimisedInDebug),
        // The system's zstd (Debian's libzstd-dev), which current Anki packages are compressed with.
        .systemLibrary(
            name: "CZstd", path: "Sources/CZstd", pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        // Decks to Anki and back: the Anki TSV writer and reader, the .apkg writer and reader. Files only; the clock
        // is a parameter.
        .target(
            name: "Export",
            dependencies: [
                "Store", "Scheduler", "Lexicon", "TextFile", "CZstd",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The daily review: today's queue, the session's state machine, the card screen, typed answers, and the
        // consoles it talks to (a raw-mode terminal, lines from a pipe). Only this target, ConsoleText and the
        // executable touch the terminal; the clock comes in as a parameter.
        .target(name: "Review", dependencies: ["Store", "Scheduler", "Lexicon", "ConsoleText"]),
        // The figures of `tifa stats` (counts, forecast, calendar, retention) from a deck's history. Pure: the time is given.
        .target(name: "Statistics", dependencies: ["Store", "Scheduler", "Lexicon"]),
        // Those figures as a screen of text: bar chart and heatmap in Unicode blocks or ASCII, fitted to a width.
        .target(name: "StatisticsScreen", dependencies: ["Statistics", "Store", "ConsoleText"]),
        .executableTarget(
            name: "tifa",
            dependencies: [
                "TextFile", "ConsoleText", "Article", "Lexicon", "Extraction", "Scheduler", "Store", "Export", "Review", "Statistics",
                "StatisticsScreen", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [staticSwiftLibraries]
        ),
        // Benchmarks that print figures side by side with the tools a user would otherwise pick.
        .executableTarget(
            name: "tifa-bench",
            dependencies: [
                "Article", "Lexicon", "Extraction", "Scheduler", "Store", "FuzzSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["baselines.py", "pyfsrs_bench.py", "fsrs_rs_optimizer.py", "fsrs_rs_replay.py", "setup_baselines.sh"]
        ),
        // Regenerates the data Tifa derives from corpora (Dictionaries/register.tsv): not part of the tool.
        .executableTarget(
            name: "tifa-derive",
            dependencies: ["Lexicon", "Extraction", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Seeded random text, mutations and the real inputs they start from, for the fuzz tests.
        .target(name: "FuzzSupport", dependencies: ["Scheduler"], path: "Tests/FuzzSupport"),
        // What every test target shares (as swift-argument-parser's ArgumentParserTestHelpers): a temporary
        // folder, test dates and time zones, golden files with one switch to re-record them, the small dictionary,
        // the bad files and databases every reader and store command must refuse, and the way to the shared
        // material beside the checkout.
        .target(
            name: "TifaTestSupport", dependencies: ["Store", "FuzzSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/TifaTestSupport"),
        .testTarget(name: "ArticleTests", dependencies: ["TifaTestSupport", "Article", "FuzzSupport"], resources: [.copy("Fixtures")]),
        // Optimised too: its agreement test runs the index builder of before (kept in the tests) over the shipped
        // dictionaries, which unoptimised took 25 s of the suite.
        .testTarget(
            name: "LexiconTests", dependencies: ["TifaTestSupport", "Lexicon", "FuzzSupport"],
            swiftSettings: optimisedInDebug),
        .testTarget(name: "ExtractionTests", dependencies: ["TifaTestSupport", "Extraction", "Article", "Lexicon", "FuzzSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["TifaTestSupport", "Store", "Scheduler", "Lexicon"]),
        .testTarget(name: "SchedulerTests", dependencies: ["TifaTestSupport", "Scheduler", "FuzzSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TextFileTests", dependencies: ["TifaTestSupport", "TextFile"]),
        .testTarget(
            name: "ExportTests",
            dependencies: ["TifaTestSupport", "Export", "Store", "Scheduler", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden", "Fixtures/generate.py"], resources: [.copy("Fixtures/Packages")]
        ),
        .testTarget(name: "ReviewTests", dependencies: ["TifaTestSupport", "Review", "ConsoleText", "Store", "Scheduler", "Lexicon"]),
        .testTarget(
            name: "StatisticsTests",
            dependencies: ["TifaTestSupport", "Statistics", "StatisticsScreen", "ConsoleText", "Store", "Lexicon", "Scheduler"],
            exclude: ["Snapshots"]),
        // End-to-end: the built binary, run through pipes and a pseudo-terminal; the database is read through the
        // store (and GRDB, for `PRAGMA integrity_check` after a kill).
        .testTarget(
            name: "TifaTests",
            dependencies: ["TifaTestSupport", "FuzzSupport", "tifa", "Store", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
