/// A set of scalars asked about once for every scalar of a text: a table of the Basic Multilingual Plane
/// answers for the scalars there (all punctuation marks are), the set itself for the rest. Hashing each scalar
/// to ask a `Set` was most of what finding a sentence's clauses cost.
struct ScalarSet: ExpressibleByArrayLiteral {
    private let scalars: Set<Unicode.Scalar>
    private let basicPlane: [Bool]

    init(_ scalars: Set<Unicode.Scalar>) {
        self.scalars = scalars
        var basicPlane = [Bool](repeating: false, count: 0x10000)
        for scalar in scalars where scalar.value < 0x10000 { basicPlane[Int(scalar.value)] = true }
        self.basicPlane = basicPlane
    }

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(Set(scalars))
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 ? basicPlane[Int(scalar.value)] : scalars.contains(scalar)
    }
}
