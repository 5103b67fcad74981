import Foundation

/// The arithmetic FSRS-6's forward pass needs. Written for forward-mode dual numbers; since the gradient is
/// `Backpropagation`'s, only `Double` conforms.
protocol ModelNumber: Sendable {
    init(constant: Double)
    var value: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
}

extension ModelNumber {
    /// clamp(x, lo, hi), which passes x's gradient on when x is within the bounds, ends included (as Burn and
    /// PyTorch do), and none outside.
    static func clamp(_ x: Self, _ range: ClosedRange<Double>) -> Self {
        if x.value < range.lowerBound { return Self(constant: range.lowerBound) }
        if x.value > range.upperBound { return Self(constant: range.upperBound) }
        return x
    }
}

extension Double: ModelNumber {
    init(constant: Double) { self = constant }
    var value: Double { self }
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    static func log(_ x: Double) -> Double { Foundation.log(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
}
