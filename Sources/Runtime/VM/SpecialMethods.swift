/// The special methods (`__add__`, `__eq__`, `__len__`, ...) a class defines, found and called
/// as the operations on builtin values fall back to them. Every entry point returns nil when
/// no operand is an instance of a class, so builtin operands pay nothing.
enum SpecialMethods {
    /// The VM of the running scenario (special methods run on it).
    static var currentVM: VM? { Repr.identities?.vm }

    /// The class of `v` when `v` is an instance of a class (not of a builtin type).
    @inline(__always) static func classOf(_ v: Value) -> PyType? {
        guard case .object(let o) = v, o.kind == .native || o.kind == .exception else { return nil }
        let t = TypeOf.type(of: o)
        return t.isClass ? t : nil
    }

    /// The special method `name` a class defines for `v`, if `v` is an instance of a class.
    @inline(__always) static func typeSpecial(_ v: Value, _ name: String) -> Value? {
        guard let c = classOf(v) else { return nil }
        guard baseValue(v) != nil else { return c.lookupClassAttribute(name) }
        return builtinSubclassSpecial(c, name) ?? storageSpecial(v, name)
    }

    /// For an instance of a builtin type's subclass: the first definition along the MRO, the builtin types'
    /// own methods included (`class Status(int, Enum)` takes `int.__hash__` before `Enum.__hash__`).
    private static func builtinSubclassSpecial(_ c: PyType, _ name: String) -> Value? {
        for t in c.mro {
            if let v = t.classAttributes?[name] { return v }
            if t !== BuiltinTypes.object, let m = t.methods[name] { return .object(m) }
        }
        return nil
    }

    /// For an instance of a subclass of a builtin type, the builtin type's own special method `name`.
    static func storageSpecial(_ v: Value, _ name: String) -> Value? {
        guard let storage = baseValue(v) else { return nil }
        return TypeOf.type(storage).methods[name].map { .object($0) }
    }

    /// The builtin value an instance of a subclass of a builtin type is (`class Color(str)`), else nil:
    /// what an operation the class does not override works on.
    @inline(__always) static func baseValue(_ v: Value) -> Value? {
        guard case .object(let o) = v, o.kind == .native else { return nil }
        return (o as? PyInstance)?.storage
    }

    /// Calls a special method found on the class of `receiver`.
    static func invoke(_ method: Value, _ receiver: Value, _ args: [Value]) throws -> Value {
        guard let vm = currentVM else { throw PyError.runtime("special methods run only inside a scenario") }
        return try vm.callSpecialMethod(method, receiver, args)
    }

    /// `__repr__` or `__str__`'s result, when it is a str. Reprs cannot throw: an exception the method raises
    /// (or a result that is not a str) is remembered and raised when the builtin that asked returns.
    static func stringResult(_ method: Value, _ receiver: Value) -> String? {
        do {
            let result = try invoke(method, receiver, [])
            guard let s = result.asStr else {
                let name = (method.object as? PyFunction)?.code.name ?? "__repr__"
                NativeStack.remember(PyError.type("\(name) returned non-string (type \(TypeOf.name(result)))"))
                return nil
            }
            return s.value
        } catch let error as PyError {
            NativeStack.remember(error)
            return nil
        } catch {
            return nil
        }
    }

    static func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === NotImplementedValue.instance }
        return false
    }

    // MARK: arithmetic

    /// Special-method names of a binary operator: forward, reflected, in-place.
    static func names(_ op: BinaryOp) -> (String, String, String) {
        let stem: String
        switch op {
        case .add: stem = "add"
        case .sub: stem = "sub"
        case .mul: stem = "mul"
        case .div: stem = "truediv"
        case .floorDiv: stem = "floordiv"
        case .mod: stem = "mod"
        case .pow: stem = "pow"
        case .lshift: stem = "lshift"
        case .rshift: stem = "rshift"
        case .and: stem = "and"
        case .or: stem = "or"
        case .xor: stem = "xor"
        case .matmul: stem = "matmul"
        }
        return ("__\(stem)__", "__r\(stem)__", "__i\(stem)__")
    }

    /// `a op b` (or `a op= b`) through the operands' special methods; nil when neither is an instance of a class.
    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) throws -> Value? {
        let ca = classOf(a), cb = classOf(b)
        guard ca != nil || cb != nil else { return nil }
        let (forward, reflected, inPlaceName) = names(op)
        if inPlace, ca != nil, let m = typeSpecial(a, inPlaceName) {
            let r = try invoke(m, a, [b])
            if !isNotImplemented(r) { return r }
        }
        if let r = try dispatch(a, b, forward: forward, reflected: reflected) { return r }
        guard baseValue(a) != nil || baseValue(b) != nil else { return nil }
        return try Arithmetic.binary(op, baseValue(a) ?? a, baseValue(b) ?? b, inPlace: inPlace)
    }

    /// CPython's binary dispatch: the right operand first when its type is a subclass overriding the reflected method.
    /// Comparisons try the reflected method of an operand of the same type too; arithmetic does not.
    static func dispatch(_ a: Value, _ b: Value, forward: String, reflected: String,
                         comparison: Bool = false) throws -> Value? {
        let ta = TypeOf.type(a), tb = TypeOf.type(b)
        let forwardMethod = typeSpecial(a, forward)
        let reflectedMethod = ta === tb && !comparison ? nil : typeSpecial(b, reflected)
        var triedReflected = false
        if let r = reflectedMethod, ta !== tb, tb.isSubtype(of: ta) {
            triedReflected = true
            let result = try invoke(r, b, [a])
            if !isNotImplemented(result) { return result }
        }
        if let f = forwardMethod {
            let result = try invoke(f, a, [b])
            if !isNotImplemented(result) { return result }
        }
        if let r = reflectedMethod, !triedReflected {
            let result = try invoke(r, b, [a])
            if !isNotImplemented(result) { return result }
        }
        return nil
    }

    /// `-v`, `+v`, `~v`, `abs(v)` through `__neg__`, `__pos__`, `__invert__`, `__abs__`.
    static func unary(_ name: String, _ v: Value) throws -> Value? {
        if let m = typeSpecial(v, name) { return try invoke(m, v, []) }
        guard let base = baseValue(v) else { return nil }
        return try builtinUnary(name, base)
    }

    /// `-v`, `+v`, `~v` or `abs(v)` (by the special method's name) of a builtin number.
    static func builtinUnary(_ name: String, _ base: Value) throws -> Value {
        switch name {
        case "__neg__": return try Arithmetic.negate(base)
        case "__pos__": return try Arithmetic.positive(base)
        case "__invert__": return try Arithmetic.invert(base)
        default:
            return try Comparison.compare(.lt, base, .int(0)) ? Arithmetic.negate(base) : Arithmetic.positive(base)
        }
    }

    // MARK: comparison

    static func reflectedName(_ op: CompareOp) -> String {
        switch op {
        case .lt: return "__gt__"
        case .le: return "__ge__"
        case .gt: return "__lt__"
        case .ge: return "__le__"
        case .ne: return "__ne__"
        default: return "__eq__"
        }
    }

    static func forwardName(_ op: CompareOp) -> String {
        switch op {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        case .ne: return "__ne__"
        default: return "__eq__"
        }
    }

    /// A rich comparison through special methods; nil when neither operand is an instance of a class.
    static func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        guard classOf(a) != nil || classOf(b) != nil else { return nil }
        if let r = try dispatch(a, b, forward: forwardName(op), reflected: reflectedName(op), comparison: true) {
            return r
        }
        if op == .ne, let eq = try dispatch(a, b, forward: "__eq__", reflected: "__eq__", comparison: true) {
            return .bool(!(try truth(eq)))
        }
        if baseValue(a) != nil || baseValue(b) != nil {
            return .bool(try Comparison.compare(op, baseValue(a) ?? a, baseValue(b) ?? b))
        }
        switch op {
        case .eq: return .bool(Equality.identical(a, b))
        case .ne: return .bool(!Equality.identical(a, b))
        default:
            let operands = "'\(TypeOf.name(a))' and '\(TypeOf.name(b))'"
            throw PyError.type("'\(op.rawValue)' not supported between instances of \(operands)")
        }
    }

    /// `a == b` for containers' item comparisons, which cannot raise here.
    static func equal(_ a: Value, _ b: Value) -> Bool? {
        guard classOf(a) != nil || classOf(b) != nil else { return nil }
        do {
            guard let r = try compare(.eq, a, b) else { return false }
            return try truth(r)
        } catch let error as PyError {
            NativeStack.remember(error)
            return false
        } catch {
            return false
        }
    }

    // MARK: truth, length, hash

    /// Truth of any value, raising what `__bool__` or `__len__` raises.
    static func truth(_ v: Value) throws -> Bool {
        guard let c = classOf(v) else { return Truth.isTrue(v) }
        return try classTruth(v, c)
    }

    /// Truth of an instance of class `c`: `__bool__`, else `__len__`, else true.
    static func classTruth(_ v: Value, _ c: PyType) throws -> Bool {
        if let m = typeSpecial(v, "__bool__") {
            let r = try invoke(m, v, [])
            guard case .bool(let b) = r else {
                throw PyError.type("__bool__ should return bool, returned \(TypeOf.name(r))")
            }
            return b
        }
        if typeSpecial(v, "__len__") != nil { return try length(v) ?? 0 > 0 }
        if let base = baseValue(v) { return Truth.isTrue(base) }
        return true
    }

    /// `len(v)` through `__len__`; nil when the class defines none.
    static func length(_ v: Value) throws -> Int? {
        guard let m = typeSpecial(v, "__len__") else { return try baseValue(v).map(Builtins.length) }
        let r = try invoke(m, v, [])
        guard let n = Arithmetic.intValue(r) else {
            throw PyError.type("'\(TypeOf.name(r))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError.value("__len__() should return >= 0") }
        return n
    }

    /// `hash(v)` of an instance of a class: its `__hash__`, unhashable when that is None; nil for identity hashing.
    static func hash(_ o: PyObject) throws -> Int? {
        let t = TypeOf.type(of: o)
        guard t.isClass else { return nil }
        guard let m = typeSpecial(.object(o), "__hash__") else {
            guard let base = (o as? PyInstance)?.storage else { return nil }
            if let b = base.object, [.dict, .list, .set].contains(b.kind) {
                throw PyError.type("unhashable type: '\(t.name)'")
            }
            return try Hashing.hash(base)
        }
        if case .none = m { throw PyError.type("unhashable type: '\(t.name)'") }
        let r = try invoke(m, .object(o), [])
        guard let h = Arithmetic.intValue(r) else { throw PyError.type("__hash__ method should return an integer") }
        return h == -1 ? -2 : h
    }

    // MARK: containers

    /// An iterator over an instance of a class: `__iter__`'s result, or indexes through `__getitem__`.
    static func iterator(_ v: Value) throws -> PyIterator? {
        guard classOf(v) != nil else { return nil }
        if let m = typeSpecial(v, "__iter__") {
            if case .none = m { throw Iteration.notIterable(v) }
            let it = try invoke(m, v, [])
            if let builtin = it.object as? PyIterator { return builtin }
            guard typeSpecial(it, "__next__") != nil else {
                throw PyError.type("iter() returned non-iterator of type '\(TypeOf.name(it))'")
            }
            return PyIterator(.protocol(it), typeName: "iterator")
        }
        if let base = baseValue(v) { return try Iteration.iterator(base) }
        if typeSpecial(v, "__getitem__") != nil { return PyIterator(.sequence(v), typeName: "iterator") }
        return nil
    }

    /// `__next__`'s next item, nil at StopIteration.
    static func next(_ v: Value) throws -> Value? {
        guard let m = typeSpecial(v, "__next__") else {
            throw PyError.type("'\(TypeOf.name(v))' object is not an iterator")
        }
        do {
            return try invoke(m, v, [])
        } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.stopIteration) {
            return nil
        }
    }

    /// The item at `index` of a `__getitem__` sequence, nil at IndexError (its end).
    static func sequenceItem(_ v: Value, _ index: Int) throws -> Value? {
        guard let m = typeSpecial(v, "__getitem__") else { return nil }
        do {
            return try invoke(m, v, [.int(index)])
        } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.indexError) {
            return nil
        }
    }

    /// `item in v` through `__contains__`, or by iterating; nil when `v` is not an instance of a class.
    static func contains(_ v: Value, _ item: Value, vm: VM) throws -> Bool? {
        guard let c = classOf(v) else { return nil }
        if let m = typeSpecial(v, "__contains__") { return try truth(try invoke(m, v, [item])) }
        if let base = baseValue(v) { return try Comparison.contains(base, item) }
        guard let it = try iterator(v) else {
            throw PyError.type("argument of type '\(c.name)' is not iterable")
        }
        while let x = try it.next(vm) {
            if Equality.identicalOrEqual(x, item) { return true }
        }
        return false
    }

    /// `v[index]`, `v[index] = value`, `del v[index]` through the class's methods; nil when it has none.
    static func item(_ name: String, _ v: Value, _ args: [Value]) throws -> Value? {
        if let m = typeSpecial(v, name) { return try invoke(m, v, args) }
        guard name == "__getitem__", let base = baseValue(v) else { return nil }
        return try Subscript.get(base, args[0])
    }

    /// `format(v, spec)` through `__format__`.
    /// A subclass of a builtin type formats as its value, or with an empty spec as `str()` does.
    static func format(_ v: Value, _ spec: String) throws -> String? {
        guard let m = typeSpecial(v, "__format__") else {
            guard let base = baseValue(v) else { return nil }
            return spec.isEmpty ? Repr.str(v) : try Formatting.format(base, spec)
        }
        let r = try invoke(m, v, [.str(spec)])
        guard let s = r.asStr else { throw PyError.type("__format__ must return a str, not \(TypeOf.name(r))") }
        return s.value
    }

    /// An instance's `__index__` as a machine int (an index, a slice bound, a count), nil when its class has none.
    static func index(_ v: Value) throws -> Int? {
        guard let m = typeSpecial(v, "__index__") else { return nil }
        let r = try invoke(m, v, [])
        if let i = Arithmetic.intValue(r) { return i }
        if r.isBigInt { throw BigArithmetic.indexOverflow() }
        throw PyError.type("__index__ returned non-int (type \(TypeOf.name(r)))")
    }

    /// `int(v)` and `float(v)` and index positions through `__int__`, `__float__`, `__index__`.
    static func convert(_ v: Value, _ names: [String]) throws -> Value? {
        for name in names {
            if let m = typeSpecial(v, name) { return try invoke(m, v, []) }
        }
        return nil
    }
}

/// `NotImplemented`: what a binary special method returns to let the other operand try.
final class NotImplementedValue: PyNativeObject, CustomReprObject {
    static let type = PyType("NotImplementedType", base: BuiltinTypes.object)
    nonisolated(unsafe) static let instance = NotImplementedValue()

    private init() {
        super.init(type: NotImplementedValue.type)
    }

    var pythonRepr: String { "NotImplemented" }
}

extension VM {
    /// Calls a special method found on `receiver`'s class, binding it as attribute lookup would,
    /// on a fiber of its own (the operation that needs it may be halfway through an instruction).
    func callSpecialMethod(_ method: Value, _ receiver: Value, _ args: [Value],
                           _ kwargs: KeywordArguments = []) throws -> Value {
        switch method.object {
        case let s as PyStaticMethod: return try callAside(s.function, args, kwargs)
        case let c as PyClassMethod: return try callAside(c.function, [.object(TypeOf.type(receiver))] + args, kwargs)
        case let p as PyProperty:
            let f = try callAside(p.getter, [receiver])
            return try callAside(f, args, kwargs)
        default: return try callAside(method, [BuiltinSubclasses.receiver(method, receiver)] + args, kwargs)
        }
    }
}
