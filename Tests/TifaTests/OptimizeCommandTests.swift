import Foundation
import Testing

/// `tifa fsrs optimize` and `tifa decks set --parameters`, run as the built binary.
@Suite struct OptimizeCommandTests {
    /// 100 cards first answered Good, seen again 2 days later (85 recalled), the recalled ones again 6 days after
    /// that: enough for a fit in one batch, small enough for a debug build.
    static var history: String {
        var lines: [String] = []
        for card in 0..<100 {
            let first = 1_735_722_000 + card * 60
            lines.append(line(card, 3, first))
            let recalled = card % 20 >= 3
            lines.append(line(card, recalled ? 3 : 1, first + 2 * 86_400))
            if recalled { lines.append(line(card, card % 7 == 0 ? 1 : 3, first + 8 * 86_400)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ card: Int, _ rating: Int, _ seconds: Int) -> String {
        let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return #"{"card": "c\#(card)", "rating": \#(rating), "time": "\#(time)"}"#
    }

    @Test func printsParametersAndFiguresAsJSON() throws {
        let result = try TifaProcess.run(["fsrs", "optimize", "--format", "json", "-"], input: Self.history)
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["parameters"] as? [Double])?.count == 21)
        #expect(json["reviews"] as? Int == 285)
        #expect(json["cards"] as? Int == 100)
        let fitted = try #require(json["fitted"] as? [String: Double])
        let defaults = try #require(json["default"] as? [String: Double])
        #expect(Set(fitted.keys) == ["logLoss", "rmseBins"])
        #expect((fitted["logLoss"] ?? 1) < (defaults["logLoss"] ?? 0))
    }

    @Test func tooLittleHistorySaysHowMuchMoreIsNeeded() throws {
        let short = Self.history.split(separator: "\n").prefix(9).joined(separator: "\n")
        let result = try TifaProcess.run(["fsrs", "optimize", "-"], input: short)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("not enough review history"))
        #expect(result.error.contains("5 reviews came a day or more after the card's previous one; at least 8 are needed (3 more)"))
    }

    @Test func decksSetParametersByHandAndBackToDefault() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-optimize-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let environment = ["TIFA_DB": database.path, "TIFA_NOW": "2026-01-01T00:00:00Z"]
        #expect(try TifaProcess.run(["decks", "create", "外交"], environment: environment).status == 0)
        let weights =
            "0.3,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,"
            + "1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542"
        let set = try TifaProcess.run(["decks", "set", "外交", "--parameters", weights], environment: environment)
        #expect(set.status == 0, "\(set.error)")
        #expect(set.output.contains("set by hand"))
        #expect(set.output.contains("0.3000,1.2931"))
        let list = try TifaProcess.run(["decks"], environment: environment)
        #expect(list.output.contains("set by hand"))
        let bad = try TifaProcess.run(["decks", "set", "外交", "--parameters", "1,2"], environment: environment)
        #expect(bad.status != 0)
        #expect(bad.error.contains("expected 21 parameters, got 2"))
        let reset = try TifaProcess.run(["decks", "set", "外交", "--parameters", "default"], environment: environment)
        let line = reset.output.split(separator: "\n").first { $0.contains("FSRS parameters") } ?? ""
        #expect(line.contains("default"))
        #expect(!reset.output.contains("0.3000"))
    }
}
