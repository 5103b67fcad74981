import Foundation
import Testing

@testable import Scheduler

/// The replay's own number formatting against `Double.description`, which it replaces and must equal byte for byte.
@Suite struct ShortestDecimalTests {
    /// The replay's text for a number: its own digits in `ShortestDecimal.range`, `description` elsewhere.
    static func written(_ value: Double) -> String? {
        guard let (digits, count, exponent) = ShortestDecimal.digits(value) else { return nil }
        var bytes: [UInt8] = []
        ASCIIWriter.append(to: &bytes, capacity: 24) { $0.put(digits: digits, count: count, firstDigitExponent: exponent) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writesWhatDescriptionWrites() {
        // Checked by hand, including the ends of the range and a number that needs all 17 digits.
        #expect(Self.written(1.5) == "1.5")
        #expect(Self.written(0.1) == "0.1")
        #expect(Self.written(300) == "300.0")
        #expect(Self.written(23.179579474777427) == "23.179579474777427")
        #expect(Self.written(0.30000000000000004) == "0.30000000000000004")
        #expect(Self.written(999_999_999_999_999) == "999999999999999.0")
        #expect(Self.written(1e15) == nil)
        #expect(Self.written(0.09) == nil)
        #expect(Self.written(-1) == nil)
    }

    @Test func agreesWithDescriptionOnManyValues() {
        var random = SplitMix64(seed: 17)
        var values: [Double] = []
        // Every Double within 60 steps of each power of ten in the range, where the digits change length.
        var power = 0.1
        while power < 1e15 {
            var value = power
            for _ in 0..<60 { value = value.nextDown }
            for _ in 0..<120 {
                values.append(value)
                value = value.nextUp
            }
            power *= 10
        }
        for index in 0..<400_000 {
            switch index % 4 {
            case 0:
                // Any bit pattern with an exponent from 0.1 to 1e15.
                let exponent = UInt64(1019 + random.next() % 31)
                values.append(Double(bitPattern: exponent << 52 | random.next() & 0x000F_FFFF_FFFF_FFFF))
            case 1: values.append(Double(random.next() % 10_000_000) / 1000)
            case 2: values.append(Double(bitPattern: UInt64(1019 + random.next() % 31) << 52))
            default:
                // What a scheduler computes: stabilities and retrievabilities from arithmetic, not from text.
                values.append(pow(0.9, Double(random.next() % 1000) / 37) * Double(1 + random.next() % 365))
            }
        }
        var compared = 0
        var differing: [String] = []
        for value in values {
            guard let written = Self.written(value) else { continue }
            compared += 1
            if written != value.description, differing.count < 5 { differing.append("\(value.description) as \(written)") }
        }
        #expect(compared > 390_000)
        #expect(differing.isEmpty, "\(differing)")
    }
}
