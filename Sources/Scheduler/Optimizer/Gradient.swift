/// 21 partial derivatives (24 lanes) in three 8-lane vectors, which the compiler keeps in registers.
struct Gradient: Sendable {
    var low: SIMD8<Double>
    var middle: SIMD8<Double>
    var high: SIMD8<Double>

    static let zero = Gradient(low: .zero, middle: .zero, high: .zero)

    @inline(__always) static func + (a: Gradient, b: Gradient) -> Gradient {
        Gradient(low: a.low + b.low, middle: a.middle + b.middle, high: a.high + b.high)
    }
    @inline(__always) static func - (a: Gradient, b: Gradient) -> Gradient {
        Gradient(low: a.low - b.low, middle: a.middle - b.middle, high: a.high - b.high)
    }
    @inline(__always) static prefix func - (a: Gradient) -> Gradient {
        Gradient(low: -a.low, middle: -a.middle, high: -a.high)
    }
    @inline(__always) static func * (s: Double, a: Gradient) -> Gradient {
        Gradient(low: s * a.low, middle: s * a.middle, high: s * a.high)
    }
    @inline(__always) static func / (a: Gradient, s: Double) -> Gradient {
        Gradient(low: a.low / s, middle: a.middle / s, high: a.high / s)
    }
    @inline(__always) static func += (a: inout Gradient, b: Gradient) { a = a + b }

    subscript(index: Int) -> Double {
        get { index < 8 ? low[index] : index < 16 ? middle[index - 8] : high[index - 16] }
        set {
            if index < 8 { low[index] = newValue } else if index < 16 { middle[index - 8] = newValue } else { high[index - 16] = newValue }
        }
    }
}
