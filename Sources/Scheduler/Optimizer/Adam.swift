import Foundation

/// The Adam optimiser with fsrs-rs's settings (β1 0.9, β2 0.999, ε 1e-8, no weight decay), one step per batch.
struct Adam {
    private var firstMoment: [Double]
    private var secondMoment: [Double]
    private var steps = 0
    private let beta1 = 0.9
    private let beta2 = 0.999
    private let epsilon = 1e-8

    init(count: Int) {
        firstMoment = Array(repeating: 0, count: count)
        secondMoment = Array(repeating: 0, count: count)
    }

    /// Moves `parameters` against `gradient` at `learningRate`; the parameters are rounded to single precision,
    /// which fsrs-rs keeps them in.
    mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        steps += 1
        let correction1 = 1 - pow(beta1, Double(steps))
        let correction2 = 1 - pow(beta2, Double(steps))
        for index in parameters.indices {
            let g = gradient[index]
            firstMoment[index] = beta1 * firstMoment[index] + (1 - beta1) * g
            secondMoment[index] = beta2 * secondMoment[index] + (1 - beta2) * g * g
            let m = firstMoment[index] / correction1
            let v = secondMoment[index] / correction2
            parameters[index] = Double(Float(parameters[index] - learningRate * m / (v.squareRoot() + epsilon)))
        }
    }
}
