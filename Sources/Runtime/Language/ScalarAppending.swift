extension String.UnicodeScalarView {
    /// Appends `text`'s scalars one at a time. `append(contentsOf:)` on a scalar view costs time in the length
    /// of what is already there, so a string built from many pieces that way takes quadratic time.
    mutating func appendScalars(of text: String) {
        for scalar in text.unicodeScalars { append(scalar) }
    }

    /// Appends `scalars` one at a time, for the same reason as `appendScalars(of:)`.
    mutating func appendScalars<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }
}
