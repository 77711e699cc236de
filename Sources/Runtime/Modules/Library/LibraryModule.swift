/// A module of asyncviz's library written in Python (functools, itertools, collections, ...): its
/// source runs as library code with `natives` (Swift helpers, other modules) among its globals, and
/// every name it defines that does not start with `_` becomes an attribute of the module.
enum LibraryModule {
    static func make(_ name: String, text: String, natives: [String: Value] = [:], vm: VM) throws -> PyModule {
        let path = LibraryCode.pathPrefix + name.replacingOccurrences(of: ".", with: "/") + ".py"
        let module = try LibraryCode.run(name, path: path, text: text, natives: natives, vm: vm)
        for global in ownGlobals(module) where !global.hasPrefix("_") {
            module.attributes[global] = module.attribute(global)
        }
        return module
    }

    /// The globals a module has bound itself: not unbound, and not a builtin it only reads.
    static func ownGlobals(_ module: PyModule) -> [String] {
        module.globalNames.indices.filter { i in
            let value = module.globals[i]
            if value.isUnbound { return false }
            guard let builtin = Builtins.table[module.globalNames[i]] else { return true }
            return !Equality.identical(builtin, value)
        }.map { module.globalNames[$0] }
    }
}
