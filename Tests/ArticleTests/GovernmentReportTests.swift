import Foundation
import Testing
import TifaTestSupport

@testable import Article

/// The 2018 Government Work Report as scraped (blank-line gaps, lines broken at links) against its clean
/// copy, and clean reports (one paragraph per line) that must come through unchanged.
@Suite struct GovernmentReportTests {
    /// Reads the raw text and counts the clean paragraphs it reproduces exactly, and the paragraphs it makes
    /// that the clean copy does not have.
    func repair(raw: String, clean: String) throws -> (reproduced: Int, of: Int, extra: [String]) {
        let repaired = try Document(contentsOfFile: raw).allParagraphs
        let expected = try String(contentsOfFile: clean, encoding: .utf8).split(separator: "\n").map(String.init)
        let made = Set(repaired)
        let wanted = Set(expected)
        return (expected.filter(made.contains).count, expected.count, repaired.filter { !wanted.contains($0) })
    }

    @Test func repairsTheScrapedExcerpt() throws {
        let result = try repair(
            raw: Fixture.path("gov-work-report-2018.raw-excerpt.txt"),
            clean: Fixture.path("gov-work-report-2018.clean-excerpt.txt"))
        #expect(result.reproduced == result.of)
        // What is left over is Wikisource's licence notice, which the clean copy leaves out.
        #expect(result.extra.count == 3)
        #expect(result.extra.allSatisfy { $0.contains("公有领域") || $0.contains("维基文库") || $0.contains("Public domain") })
    }

    /// Measured on the whole report: 111 of 111 clean paragraphs reproduced exactly, 3 extra (the licence
    /// notice). Needs the project's shared corpus beside the checkout.
    @Test(SharedMaterial.needs("corpus/gov-work-reports/2018.raw.txt"))
    func repairsTheWholeScrapedReport() throws {
        let result = try repair(
            raw: try #require(SharedMaterial.path("corpus/gov-work-reports/2018.raw.txt")),
            clean: try #require(SharedMaterial.path("corpus/gov-work-reports/2018.txt")))
        #expect(result.of == 111)
        #expect(Double(result.reproduced) / Double(result.of) >= 1.0)
        #expect(result.extra.count <= 3)
    }

    @Test func passesTheCleanExcerptThroughUnchanged() throws {
        let clean = try String(contentsOfFile: Fixture.path("gov-work-report-2018.clean-excerpt.txt"), encoding: .utf8)
        #expect(
            try Document(contentsOfFile: Fixture.path("gov-work-report-2018.clean-excerpt.txt")).allParagraphs
                == clean.split(separator: "\n").map(String.init))
    }

    /// Every clean report and congress report: headlines and paragraphs are the file's lines, but for the
    /// spaces between Chinese characters (国务院总理　李克强). Needs the shared corpus.
    @Test(SharedMaterial.needs("corpus/gov-work-reports/2018.txt"))
    func passesEveryCleanReportThroughUnchanged() throws {
        let folder = try #require(SharedMaterial.path("corpus/gov-work-reports/2018.txt")).replacingOccurrences(of: "/2018.txt", with: "")
        let congress = folder.replacingOccurrences(of: "gov-work-reports", with: "cpc-congress")
        let files =
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.contains("raw") }
            .map { "\(folder)/\($0)" } + ["\(congress)/19th.txt", "\(congress)/20th.txt"]
        #expect(files.count >= 14)
        for file in files {
            let document = try Document(contentsOfFile: file)
            let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map {
                String($0).replacingOccurrences(of: "\u{3000}", with: "")
            }
            let read = document.articles.flatMap { $0.headlines.map(\.text) + $0.paragraphs.map(\.text) }
            #expect(read == lines, "\(file)")
            #expect(document.articles.count == 1, "\(file)")
            checkSentences(document, source: try String(contentsOfFile: file, encoding: .utf8))
        }
    }

    @Test(SharedMaterial.needs("corpus/gov-work-reports/2018.raw.txt"))
    func pointsEverySentenceOfTheScrapedReportAtItsSource() throws {
        let file = try #require(SharedMaterial.path("corpus/gov-work-reports/2018.raw.txt"))
        checkSentences(try Document(contentsOfFile: file), source: try String(contentsOfFile: file, encoding: .utf8))
    }

    func checkSentences(_ document: Document, source: String) {
        let lines = originalLines(source)
        for sentence in document.allSentences {
            #expect(!sentence.text.unicodeScalars.first!.isClosingMark, "\(sentence.text)")
            #expect(lines[sentence.location.line - 1][sentence.location.column - 1] == sentence.text.unicodeScalars.first)
        }
    }
}
