import Foundation

/// The shortest decimal digits that read back as the same Double, of those the nearest to it: what
/// `Double.description` prints, computed with exact integer arithmetic (Ryu's digit removal, Ulf Adams 2018, on
/// products that 128 bits hold exactly) for the range a scheduler's numbers live in.
///
/// Why: `description` builds a String for each number, and a replay prints three a line; formatting them was the
/// largest single cost of `tifa fsrs replay`.
enum ShortestDecimal {
    /// The values computed here: positive, printed by `description` without an exponent (which it does from 1e-4
    /// up to 2^53), and small enough in digits that the products fit 128 bits as two 64-bit halves (10^19 at most
    /// for a tenth). Other values, such as a retrievability below 0.1, go through `description`.
    static let range = 0.1..<1e15

    /// The digits of `value` as an integer, how many there are, and the decimal exponent of the first (1.5 is
    /// (15, 2, 0), 0.025 is (25, 2, -2)); nil outside `range`.
    @inline(__always)
    static func digits(_ value: Double) -> (digits: UInt64, count: Int, exponent: Int)? {
        guard range.contains(value) else { return nil }
        let fraction = value.bitPattern & 0x000F_FFFF_FFFF_FFFF
        let binaryExponent = Int(value.bitPattern >> 52) - 1023
        let significand = UInt64(1) << 52 | fraction
        // value = significand × 4 × 2^-shift exactly; the shift is 5...58 in `range`.
        let shift = 54 - binaryExponent
        // The Doubles either side are a whole gap away, and the values that read back as this one lie within half
        // of it (in quarters of the gap: ±2), except just above a power of two, where the gap below is half as wide.
        let center = significand << 2
        let upper = center + 2
        let lower = center - (fraction == 0 ? 1 : 2)
        // Numbers with an even significand read back from the bounds themselves (ties round to even).
        let acceptsBounds = significand & 1 == 0
        // 18 digits before the decimal point: one more than any Double needs, so that at least one is removed and
        // rounds the rest, and they fit 64 bits. ⌊binaryExponent × log10 2⌋ by Ryu's integer approximation.
        var scale = 17 - (binaryExponent * 78_913) >> 18
        var scaledCenter = scaled(center, scale, shift)
        // The estimate of the exponent can be one off either way.
        if scaledCenter.value < 100_000_000_000_000_000 {
            scale += 1
            scaledCenter = scaled(center, scale, shift)
        } else if scaledCenter.value >= 1_000_000_000_000_000_000 {
            scale -= 1
            scaledCenter = scaled(center, scale, shift)
        }
        var vr = scaledCenter.value
        let vrExact = scaledCenter.isExact
        let scaledUpper = scaled(upper, scale, shift)
        let scaledLower = scaled(lower, scale, shift)
        // vp is the largest candidate at or below the upper bound, which is excluded unless acceptsBounds.
        var vp = scaledUpper.value - (scaledUpper.isExact && !acceptsBounds ? 1 : 0)
        var vm = scaledLower.value
        var vmIsTrailingZeros = scaledLower.isExact
        var vrIsTrailingZeros = vrExact
        var lastRemovedDigit: UInt64 = 0
        var removed = 0
        /// Drops the last digit of the candidate and of both bounds.
        func removeDigit() {
            vrIsTrailingZeros = vrIsTrailingZeros && lastRemovedDigit == 0
            lastRemovedDigit = vr % 10
            vr /= 10
            vp /= 10
            vm /= 10
            removed += 1
        }
        // Remove digits while the bounds still differ without them.
        if !vmIsTrailingZeros && !vrIsTrailingZeros {
            // The usual case (Ryu's): no tie to break, so only the last digit removed matters, and four or two
            // digits can go at a time. The scheduler's numbers (2.3065) often shed a dozen of the 18.
            /// Drops the last `digits` digits of the candidate and of both bounds while the bounds differ without
            /// them, keeping only the last digit removed.
            func removeDigits(_ digits: Int, scale: UInt64) -> Bool {
                guard vp / scale > vm / scale else { return false }
                lastRemovedDigit = vr % scale / (scale / 10)
                vr /= scale
                vp /= scale
                vm /= scale
                removed += digits
                return true
            }
            while removeDigits(4, scale: 10_000) {}
            _ = removeDigits(2, scale: 100)
            _ = removeDigits(1, scale: 10)
        } else {
            while vp / 10 > vm / 10 {
                vmIsTrailingZeros = vmIsTrailingZeros && vm % 10 == 0
                removeDigit()
            }
        }
        if vmIsTrailingZeros && acceptsBounds {
            // The lower bound itself is a candidate: remove the zeros it ends in.
            while vm % 10 == 0 { removeDigit() }
        }
        // Exactly half way: round to even.
        if vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0 { lastRemovedDigit = 4 }
        let roundsUp = (vr == vm && !(acceptsBounds && vmIsTrailingZeros)) || lastRemovedDigit >= 5
        var digits = vr + (roundsUp ? 1 : 0)
        // vr began with 18 digits and lost one a removal; rounding up may have carried into one more.
        var count = 18 - removed
        if digits >= tens[count] { count += 1 }
        var exponent = removed - scale
        while digits % 10 == 0, digits > 0 {
            digits /= 10
            exponent += 1
            count -= 1
        }
        return (digits, count, exponent + count - 1)
    }

    /// ⌊x × 10^scale / 2^shift⌋ (which fits 64 bits in `range`) and whether the division is exact; 0 < shift < 64.
    @inline(__always)
    private static func scaled(_ x: UInt64, _ scale: Int, _ shift: Int) -> (value: UInt64, isExact: Bool) {
        let (high, low) = x.multipliedFullWidth(by: tens[scale])
        let quotient = high << (64 - shift) | low >> shift
        return (quotient, low & (UInt64(1) << shift - 1) == 0)
    }

    /// 10^0 through 10^19, the largest power of ten in 64 bits.
    private static let tens: [UInt64] = (0...19).reduce(into: []) { powers, n in powers.append(n == 0 ? 1 : powers[n - 1] * 10) }
}
