import ArgumentParser
import Foundation
import Scheduler
import Store

extension FSRSCommand {
    /// `tifa fsrs optimize`: fits FSRS-6's parameters to a review history, from a file or a deck's log.
    struct OptimizeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optimize",
            abstract: "Fit FSRS-6's 21 parameters to a review history, as fsrs-rs (Anki's Optimize) does.",
            discussion: """
                Reads the JSON Lines that `tifa fsrs replay` reads, or with --deck the deck's own review log. \
                Prints the parameters, the reviews and cards used, and the log loss and RMSE(bins) of the \
                default and the fitted parameters on that history (lower is better for both).

                Examples:
                  tifa fsrs optimize reviews.jsonl
                  tifa fsrs optimize --deck 外交 --apply
                  tifa fsrs optimize --deck 外交 --apply --reschedule
                """)

        @Argument(help: ArgumentHelp("A JSON Lines file of reviews, or - for standard input.", valueName: "file"))
        var file: String?

        @Option(help: ArgumentHelp("Fit to this deck's review log instead of a file.", valueName: "name"))
        var deck: String?

        @Flag(help: "Save the fitted parameters on the deck and recompute its cards' memory from their reviews.")
        var apply = false

        @Flag(help: "With --apply, also move each card's due date to what the fitted parameters give.")
        var reschedule = false

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var store: StoreOptions

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func validate() throws {
            if file != nil && deck != nil { throw ValidationError("give a file or --deck, not both") }
            if apply && deck == nil { throw ValidationError("--apply saves parameters on a deck; give --deck NAME") }
            if reschedule && !apply { throw ValidationError("--reschedule goes with --apply") }
        }

        func run() throws {
            let histories: [TrainingItems.History]
            var optimizer = Optimizer()
            if let deck {
                let store = try store.open()
                // As Anki passes its relearning steps to fsrs-rs: several steps bound w17 and w18 further.
                optimizer.configuration.relearningStepCount = max(1, try store.deck(named: deck).relearningSteps.count)
                histories = ReviewLog.trainingHistories(try store.reviewLog(inDeckNamed: deck))
            } else {
                histories = try ReviewHistoryInput.read(path: file ?? "-")
            }
            let progress = FitProgress()
            let report: FitReport
            do {
                // The progress line ends before the result, or the failure, is printed.
                defer { progress.finish() }
                report = try FitReport.make(histories, optimizer: optimizer, progress: progress.report)
            }
            switch format {
            case .text: print(FitReportText(report: report).text)
            case .json: print(try JSONOutput.string(FitReportJSON(report)))
            }
            guard apply, let deck else { return }
            let now = try CommandClock.now()
            let change = try store.open().setFSRSParameters(
                report.fit.parameters.map(FitReportText.rounded), origin: .fitted, deckNamed: deck, reschedule: reschedule, now: now)
            let moved = reschedule ? ", \(change.cardsRescheduled) rescheduled" : "; due dates kept"
            FileHandle.standardError.write(
                Data(
                    ("Saved on deck '\(change.deck.name)': \(change.cardsRecomputed) card"
                        + "\(change.cardsRecomputed == 1 ? "'s" : "s'") memory recomputed from the review log\(moved).\n").utf8))
        }
    }
}

/// `tifa fsrs optimize --format json`.
struct FitReportJSON: Encodable {
    struct Figures: Encodable {
        var logLoss: Double
        var rmseBins: Double
    }

    var parameters: [Double]
    var reviews: Int
    var cards: Int
    var `default`: Figures
    var fitted: Figures
    /// False when there were too few reviews to fit more than the initial stabilities w0–w3.
    var fullyTrained: Bool

    init(_ report: FitReport) {
        parameters = report.fit.parameters.map(FitReportText.rounded)
        reviews = report.reviews
        cards = report.cards
        `default` = Figures(logLoss: report.defaultEvaluation.logLoss, rmseBins: report.defaultEvaluation.rmseBins)
        fitted = Figures(logLoss: report.fittedEvaluation.logLoss, rmseBins: report.fittedEvaluation.rmseBins)
        fullyTrained = report.fit.isFullyTrained
    }
}

/// `tifa fsrs optimize`'s text: the parameters ready to paste into --parameters, then the figures.
struct FitReportText {
    let report: FitReport

    /// Single precision is all fsrs-rs keeps; printed to 4 decimals, which is what Anki shows.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    var text: String {
        let parameters = report.fit.parameters.map { String(format: "%.4f", $0) }.joined(separator: ",")
        var lines = [
            "FSRS-6 parameters fitted to \(report.reviews) reviews of \(report.cards) cards "
                + "(\(report.items) of them predicted: each review a day or more after the one before):",
            parameters,
            "",
            "            log loss  RMSE(bins)",
            String(format: "  default   %8.4f  %10.4f", report.defaultEvaluation.logLoss, report.defaultEvaluation.rmseBins),
            String(format: "  fitted    %8.4f  %10.4f", report.fittedEvaluation.logLoss, report.fittedEvaluation.rmseBins),
        ]
        if !report.fit.isFullyTrained {
            lines += [
                "",
                "Only the initial stabilities w0–w3 were fitted: \(report.fit.trainingItemCount) reviews were "
                    + "left after leaving out unusual intervals, and the other parameters need "
                    + "\(Optimizer.minimumItemsForTraining).",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
