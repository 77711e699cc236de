/// A module of asyncviz's library written in Python (functools, itertools, collections, ...): its
/// source runs as library code with `natives` (Swift helpers, other modules) among its globals, and
/// every name it defines that does not start with `_` becomes an attribute of the module.
enum LibraryModule {
    static func make(_ name: String, text: String, natives: [String: Value] = [:], vm: VM) throws -> PyModule {
        let path = LibraryCode.pathPrefix + name.replacingOccurrences(of: ".", with: "/") + ".py"
        let module = try LibraryCode.run(name, path: path, text: text, natives: natives, vm: vm)
        let globals = module.globalNames
        for (i, global) in globals.enumerated() where !global.hasPrefix("_") && !module.globals[i].isUnbound {
            module.attributes[global] = module.globals[i]
        }
        return module
    }
}
