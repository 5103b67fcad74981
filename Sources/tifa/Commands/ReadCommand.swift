import ArgumentParser
import Article
import Lexicon

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles: repair the text of a newspaper PDF or a web page and show its articles.",
        discussion: """
            Rejoins hard-wrapped lines (行百里\\n者半九十), removes the spaces PDF extraction leaves \
            (6 月 11 日), rejoins a paragraph cut by a column break, keeps the headlines apart, and splits a \
            page into its articles at credits and datelines such as （据新华社） or 央视网消息（新闻联播）：. \
            Reads UTF-8, GB18030 (GBK) and UTF-16 \
            with a byte-order mark; .html files are read for their text.

            Examples:
              tifa read page.txt
              pdftotext page.pdf - | tifa read
              tifa read --sentences page.txt
              tifa read --json page.txt
            """)

    @Argument(help: "Article files (.txt or .html); none or - reads standard input.")
    var files: [String] = []

    @Flag(help: "Print one sentence per line.")
    var sentences = false

    @Flag(help: "Print JSON (an array, one object per file): headlines, paragraphs, credits, and every sentence with its line and column.")
    var json = false

    @Flag(help: "Take every input line as a paragraph of its own (for line-aligned gold standards); stray spaces are still removed.")
    var keepLines = false

    @Option(help: "The files' encoding: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto

    @Flag(help: "Print the text cut into words, separated by spaces (with --sentences, one sentence per line).")
    var segment = false

    func validate() throws {
        if sentences && json { throw ValidationError("choose one of --sentences and --json") }
        if segment && json { throw ValidationError("choose one of --segment and --json") }
    }

    func run() throws {
        let options = ReadingOptions(encoding: encoding, lines: keepLines ? .keep : .repair)
        if segment && keepLines && !sentences {
            try printSegmentedLines(options: options)
            return
        }
        let documents = try readDocuments(files, options: options)
        if json {
            print(try JSONOutput.string(documents))
            return
        }
        let segmenter = segment ? Segmenter(lexicon: try loadLexicon()) : nil
        let showNames = documents.count > 1
        print(
            documents.map { document in
                let text =
                    segmenter.map { SegmentedText(document: document, segmenter: $0, bySentence: sentences).text }
                    ?? (sentences ? document.sentenceLines : document.text)
                return showNames ? "==> \(document.name) <==\n\(text)" : text
            }.joined(separator: "\n\n"))
    }

    /// `--segment --keep-lines`: what `run` prints for it, written line by line as the input is read, so that a
    /// 20 MB input takes the memory of a few blocks instead of a `Document` and a String of the whole output.
    private func printSegmentedLines(options: ReadingOptions) throws {
        let inputs = try readKeptLineInputs(files, options: options)
        let segmenter = Segmenter(lexicon: try loadLexicon())
        let showNames = inputs.count > 1
        var output = BufferedOutput()
        defer { output.flush() }
        for (position, input) in inputs.enumerated() {
            if position > 0 { output.append("\n\n") }
            if showNames { output.append("==> \(input.name) <==\n") }
            switch input {
            case let .lines(lines):
                var isFirst = true
                try lines.forEachLine { line in
                    if !isFirst { output.append(UInt8(ascii: "\n")) }
                    isFirst = false
                    SegmentedText.write(line: line, segmenter: segmenter, into: &output)
                    output.flushWhenFull()
                }
            case let .document(document):
                output.append(SegmentedText(document: document, segmenter: segmenter, bySentence: false).text)
            }
        }
        output.append(UInt8(ascii: "\n"))
    }
}

// Shared with `tifa extract`'s --encoding.
