/// A module of asyncviz's library written in Python (functools, itertools, collections, ...): its
/// source runs as library code with `natives` (Swift helpers, other modules) among its globals, and
/// every name it defines that does not start with `_` becomes an attribute of the module.
enum LibraryModule {
    static func make(_ name: String, text: String, natives: [String: Value] = [:], vm: VM) throws -> PyModule {
        let path = LibraryCode.pathPrefix + name.replacingOccurrences(of: ".", with: "/") + ".py"
        let source = SourceFile(path: path, text: text)
        let (code, globals): (CodeObject, GlobalTable)
        do {
            (code, globals) = try Compiler.compile(source, availableModules: [], library: true)
        } catch {
            fatalError("the \(name) library does not compile:\n\(error.rendered(in: source))")
        }
        let module = PyModule(name: name)
        module.globalNames = globals.names
        module.globals = globals.names.map { natives[$0] ?? Builtins.table[$0] ?? .unbound }
        try vm.runLibraryModule(code, in: module)
        for (i, global) in globals.names.enumerated() where !global.hasPrefix("_") && !module.globals[i].isUnbound {
            module.attributes[global] = module.globals[i]
        }
        return module
    }
}
