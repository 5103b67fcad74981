import Foundation

/// The few protobuf values Tifa reads from an Anki package (`meta`'s version, a note type's kind, a deck's options):
/// the top-level fields of a message, not decoded further. Nil when the bytes are not a well-formed message.
enum Protobuf {
    /// One field's value as its wire type carries it.
    enum Value: Equatable {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(Data)
        case fixed32(UInt32)
    }

    /// Every field of a message by field number, in the order they occur (a repeated field has several).
    static func fields(in data: Data) -> [Int: [Value]]? {
        var fields: [Int: [Value]] = [:]
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
        func littleEndian(_ count: Int) -> UInt64? {
            guard data.endIndex - index >= count else { return nil }
            var value: UInt64 = 0
            for offset in 0..<count { value |= UInt64(data[index + offset]) << (8 * UInt64(offset)) }
            index += count
            return value
        }
        while index < data.endIndex {
            guard let key = varint() else { return nil }
            let field = Int(key >> 3)
            let value: Value
            switch key & 7 {
            case 0:
                guard let number = varint() else { return nil }
                value = .varint(number)
            case 1:
                guard let number = littleEndian(8) else { return nil }
                value = .fixed64(number)
            case 2:
                guard let length = varint(), UInt64(data.endIndex - index) >= length else { return nil }
                value = .bytes(data.subdata(in: index..<index + Int(length)))
                index += Int(length)
            case 5:
                guard let number = littleEndian(4) else { return nil }
                value = .fixed32(UInt32(number))
            default:
                return nil
            }
            fields[field, default: []].append(value)
        }
        return fields
    }

    /// The varint fields of a message, by field number (the last one wins, as protobuf's merge does).
    static func varints(in data: Data) -> [Int: UInt64]? {
        fields(in: data)?.compactMapValues { values in
            values.last { if case .varint = $0 { true } else { false } }.flatMap {
                if case let .varint(number) = $0 { number } else { nil }
            }
        }
    }

    /// A `float` field's value (the last one wins).
    static func float(_ values: [Value]?) -> Float? {
        for value in (values ?? []).reversed() { if case let .fixed32(bits) = value { return Float(bitPattern: bits) } }
        return nil
    }

    /// A `repeated float` field's values, packed (one length-delimited run, as proto3 writes them) or not.
    static func floats(_ values: [Value]?) -> [Float] {
        var floats: [Float] = []
        for value in values ?? [] {
            switch value {
            case let .fixed32(bits):
                floats.append(Float(bitPattern: bits))
            case let .bytes(run) where run.count % 4 == 0:
                let bytes = [UInt8](run)
                for start in stride(from: 0, to: bytes.count, by: 4) {
                    let bits = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * UInt32($1)) }
                    floats.append(Float(bitPattern: bits))
                }
            default:
                continue
            }
        }
        return floats
    }
}
