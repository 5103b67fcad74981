/// A person's list: no header lines, a term and its gloss on each line, at most two columns. Its lines are split
/// at the separator as they are, without CSV quoting, so that a gloss opening with a quotation mark
/// (`三公经费<TAB>"three public expenditures" of …`) keeps its quotes as written instead of being refused as
/// malformed quoting. A file with a header or a line of more than two columns is read as CSV, as Anki reads it.
enum PlainList {
    /// The records of `text` read as a plain list, or nil when it is not one.
    static func records(in text: String, header: AnkiTSVHeader, separator: Unicode.Scalar) -> [DelimitedText.Record]? {
        // The quote looked for byte by byte (as Foundation's `contains` compared it, code unit by code unit).
        guard header.lineCount == 0, header.separator == nil, text.utf8.contains(UInt8(ascii: "\"")) else {
            return nil
        }
        var records: [DelimitedText.Record] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy(\.isWhitespace) { continue }
            let fields = trimmed.split(separator: Character(separator), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count <= 2 else { return nil }
            records.append(DelimitedText.Record(line: index + 1, fields: fields.map(String.init)))
        }
        return records.isEmpty ? nil : records
    }
}
