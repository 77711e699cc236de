/// CPython's mapping protocol for instances of classes: an object with `keys()` and `__getitem__`
/// fills a dict (`dict(m)`, `d.update(m)`, `f(**m)`, `{**m}`) with its pairs.
enum MappingProtocol {
    /// The pairs of `v` when it is an instance of a class with `keys` and `__getitem__`; nil otherwise.
    static func entries(_ v: Value, vm: VM) throws -> [(Value, Value)]? {
        guard let cls = SpecialMethods.classOf(v), cls.lookupClassAttribute("keys") != nil,
              let getter = cls.lookupClassAttribute("__getitem__") else { return nil }
        let keys = try vm.callAside(try Attributes.get(v, "keys", vm: vm), [], [])
        return try Iteration.materialize(keys, vm: vm).map { ($0, try SpecialMethods.invoke(getter, v, [$0])) }
    }
}
