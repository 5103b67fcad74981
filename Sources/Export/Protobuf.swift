import Foundation

/// The few protobuf values Tifa reads from an Anki package (`meta`'s version, a note type's kind): the top-level
/// varint fields of a message, other fields skipped. Nil when the bytes are not a well-formed message.
enum Protobuf {
    /// The varint fields of a message, by field number (the last one wins, as protobuf's merge does).
    static func varints(in data: Data) -> [Int: UInt64]? {
        var fields: [Int: UInt64] = [:]
        var index = data.startIndex
        func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while index < data.endIndex, shift < 64 {
                let byte = data[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        while index < data.endIndex {
            guard let key = varint() else { return nil }
            let field = Int(key >> 3)
            switch key & 7 {
            case 0:
                guard let value = varint() else { return nil }
                fields[field] = value
            case 1:
                guard data.endIndex - index >= 8 else { return nil }
                index += 8
            case 2:
                guard let length = varint(), UInt64(data.endIndex - index) >= length else { return nil }
                index += Int(length)
            case 5:
                guard data.endIndex - index >= 4 else { return nil }
                index += 4
            default:
                return nil
            }
        }
        return fields
    }
}
