import Foundation

/// Records of delimited text the way Anki's CSV reader takes them (the Rust `csv` crate, `#` comments): a field
/// holding the separator, a double quote or a line break is wrapped in double quotes with inner quotes doubled,
/// and so is a field starting with `#`, which would otherwise make the line a comment. No backslash escapes.
public enum DelimitedText {
    /// One record as a line, without its line break.
    public static func line(_ fields: [String], separator: Unicode.Scalar = "\t") -> String {
        fields.map { quotedIfNeeded($0, separator: separator) }.joined(separator: String(separator))
    }

    static func quotedIfNeeded(_ field: String, separator: Unicode.Scalar) -> String {
        let needsQuotes =
            field.hasPrefix("#")
            || field.unicodeScalars.contains {
                $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r"
            }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record read back, with the line it starts on.
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Why a text cannot be read as records.
    public enum Malformation: Error, Equatable, Sendable {
        /// A quoted field opened on `line` never closes.
        case unterminatedQuote(line: Int)
        /// Text follows a closing quote on `line` before the next separator.
        case textAfterQuote(line: Int)
    }

    /// Reads records from `text`, whose first line is line `firstLine` of its file. Empty lines and lines starting
    /// with `#` are skipped, as Anki skips them.
    public static func records(in text: String, separator: Unicode.Scalar, firstLine: Int = 1) throws(Malformation)
        -> [Record]
    {
        var reader = Reader(scalars: Array(text.unicodeScalars), separator: separator, line: firstLine)
        return try reader.readAll()
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var line: Int
        var position = 0

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar, line: Int) {
            self.scalars = scalars
            self.separator = separator
            self.line = line
        }

        mutating func readAll() throws(Malformation) -> [Record] {
            var records: [Record] = []
            while position < scalars.count {
                let current = scalars[position]
                if current == "\n" || current == "\r" {
                    skipLineBreak()
                } else if current == "#" {
                    while position < scalars.count && scalars[position] != "\n" && scalars[position] != "\r" {
                        position += 1
                    }
                } else {
                    records.append(try readRecord())
                }
            }
            return records
        }

        /// Reads fields up to the end of the record and past its line break.
        private mutating func readRecord() throws(Malformation) -> Record {
            let start = line
            var fields: [String] = []
            while true {
                fields.append(try readField())
                if position >= scalars.count { break }
                if scalars[position] == separator {
                    position += 1
                    continue
                }
                skipLineBreak()
                break
            }
            return Record(line: start, fields: fields)
        }

        /// Reads one field, leaving the position on the separator or line break after it.
        private mutating func readField() throws(Malformation) -> String {
            var field = String.UnicodeScalarView()
            guard position < scalars.count, scalars[position] == "\"" else {
                while position < scalars.count, scalars[position] != separator, scalars[position] != "\n",
                    scalars[position] != "\r"
                {
                    field.append(scalars[position])
                    position += 1
                }
                return String(field)
            }
            let opened = line
            position += 1
            while true {
                guard position < scalars.count else { throw .unterminatedQuote(line: opened) }
                let scalar = scalars[position]
                if scalar == "\"" {
                    if position + 1 < scalars.count && scalars[position + 1] == "\"" {
                        field.append("\"")
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                if scalar == "\n" || (scalar == "\r" && !(position + 1 < scalars.count && scalars[position + 1] == "\n")) {
                    line += 1
                }
                field.append(scalar)
                position += 1
            }
            if position < scalars.count, scalars[position] != separator, scalars[position] != "\n",
                scalars[position] != "\r"
            {
                throw .textAfterQuote(line: line)
            }
            return String(field)
        }

        private mutating func skipLineBreak() {
            guard position < scalars.count else { return }
            if scalars[position] == "\r", position + 1 < scalars.count, scalars[position + 1] == "\n" { position += 1 }
            position += 1
            line += 1
        }
    }
}
