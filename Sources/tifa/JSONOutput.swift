import Foundation

/// JSON for scripts: stable key order, readable, Chinese characters unescaped.
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }

    /// The JSON's UTF-8 bytes.
    static func data<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
