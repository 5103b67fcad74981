/// Strict decoding of the Unicode encodings: nil at the first invalid sequence, never a replacement
/// character, since a file that does not decode cleanly is probably in another encoding.
enum UnicodeDecoding {
    static func scalars<Encoding: UnicodeCodec>(
        _ codeUnits: some Collection<Encoding.CodeUnit>, as encoding: Encoding.Type
    ) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(codeUnits.count)
        var iterator = codeUnits.makeIterator()
        var decoder = Encoding()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// UTF-16 code units from bytes in the given order.
    static func utf16Units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return units
    }
}
