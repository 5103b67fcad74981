extension String {
    /// The string of these scalars, encoded in one pass. `String(String.UnicodeScalarView(scalars))` appends
    /// them one by one, growing and checking as it goes; the extractor makes a string of every word it sees, and
    /// that was a seventh of its time (the reader makes one of every paragraph and sentence).
    @inlinable
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var end = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[end] = byte
                    end += 1
                }
            }
            return end
        }
    }
}
