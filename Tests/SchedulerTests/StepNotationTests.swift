import Scheduler
import Testing

@Suite struct StepNotationTests {
    @Test func readsSteps() throws {
        #expect(try StepNotation.parse("1m,10m") == [.seconds(60), .seconds(600)])
        #expect(try StepNotation.parse(" 30s, 1h ,2d") == [.seconds(30), .seconds(3_600), .seconds(172_800)])
        #expect(try StepNotation.parse("1.5h,90S") == [.seconds(5_400), .seconds(90)])
        #expect(try StepNotation.parse("0.5s") == [.milliseconds(500)])
    }

    @Test func readsNoSteps() throws {
        #expect(try StepNotation.parse("").isEmpty)
        #expect(try StepNotation.parse("none").isEmpty)
        #expect(try StepNotation.parse("  ").isEmpty)
    }

    @Test(arguments: [("10x", "10x"), ("m", "m"), ("-1m", "-1m"), ("1m,,10m", ""), ("10", "10"), ("1 m", "1 m"), ("1e3s", "1e3s")])
    func refusesWhatIsNotAStep(text: String, item: String) {
        #expect(throws: StepNotationError(item: item)) { try StepNotation.parse(text) }
    }

    @Test func writesSteps() {
        #expect(StepNotation.format([.seconds(60), .seconds(600)]) == "1m,10m")
        #expect(StepNotation.format([.seconds(330), .seconds(3_600), .seconds(86_400), .milliseconds(1_500)]) == "330s,1h,1d,1.5s")
        #expect(StepNotation.format([]) == "none")
        #expect(StepNotation.format(.zero) == "0s")
    }
}
