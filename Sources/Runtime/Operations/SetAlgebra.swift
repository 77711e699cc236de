/// Union, intersection, difference and symmetric difference of sets, built
/// the way CPython's `setobject.c` builds them, so the results iterate alike.
enum SetAlgebra {
    static func apply(_ op: BinaryOp, _ a: PySet, _ b: PySet, inPlace: Bool) throws -> PySet {
        switch op {
        case .or:
            let result = inPlace ? a : a.copy()
            result.merge(b)
            return result
        case .and: return try intersection(a, b, inPlace: inPlace)
        case .sub: return try difference(a, b, inPlace: inPlace)
        default: return try symmetricDifference(a, b, inPlace: inPlace)
        }
    }

    /// `set_intersection`: iterate the smaller set (the right one on a tie), keep what the other holds.
    static func intersection(_ a: PySet, _ b: PySet, inPlace: Bool) throws -> PySet {
        let (larger, smaller) = b.count > a.count ? (b, a) : (a, b)
        let result = PySet(frozen: a.kind == .frozenset)
        for e in smaller.elements where try larger.contains(e) { try result.add(e) }
        if inPlace {
            a.table = result.table
            return a
        }
        return result
    }

    /// `set_difference`: copy-and-discard when the left set is much larger, else filter it.
    static func difference(_ a: PySet, _ b: PySet, inPlace: Bool) throws -> PySet {
        if inPlace || (a.count >> 2) > b.count {
            let result = inPlace ? a : a.copy()
            if b === a {
                result.table.clear()
                return result
            }
            for e in b.elements { try result.remove(e) }
            return result
        }
        let result = PySet(frozen: a.kind == .frozenset)
        for e in a.elements where !(try b.contains(e)) { try result.add(e) }
        return result
    }

    /// `set_symmetric_difference`: a copy of the right set, toggled by each element of the left.
    static func symmetricDifference(_ a: PySet, _ b: PySet, inPlace: Bool) throws -> PySet {
        let (result, toggles) = inPlace ? (a, b) : (b.copy(frozen: a.kind == .frozenset), a)
        for e in toggles.elements {
            if try !result.remove(e) { try result.add(e) }
        }
        return result
    }
}
