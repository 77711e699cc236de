/// asyncviz's library modules written in Python (asyncio's Python half,
/// threading, queue, concurrent.futures): compiled as library code (classes
/// allowed, frames left out of tracebacks, as CPython's own `Lib/` frames
/// would be noise there), they see their native half as globals.
enum LibraryCode {
    static let pathPrefix = "<asyncviz>/"

    static func isLibrary(_ code: CodeObject) -> Bool {
        code.sourcePath.hasPrefix(pathPrefix)
    }

    /// Runs `text` as module `name` with `natives` as its starting globals and
    /// copies the `exported` names it defines into `module`.
    static func load(_ name: String, path: String, text: String, natives: [String: Value], exported: [String], into module: PyModule, vm: VM) throws {
        let library = try run(name, path: path, text: text, natives: natives, vm: vm)
        for exportedName in exported {
            guard let value = library.attribute(exportedName) else { fatalError("the \(name) library does not define \(exportedName)") }
            module.attributes[exportedName] = value
        }
    }

    /// Compiles `text` as library code and runs it as a new module `name` whose globals start as `natives`
    /// (and the builtins).
    static func run(_ name: String, path: String, text: String, natives: [String: Value], vm: VM) throws -> PyModule {
        let (code, globals) = compiled(name, path: path, text: text)
        let library = PyModule(name: name)
        library.globalNames = globals.names
        library.globals = globals.names.map { natives[$0] ?? Builtins.table[$0] ?? .unbound }
        try vm.runLibraryModule(code, in: library)
        return library
    }

    /// The library's code, compiled once per native thread.
    private static func compiled(_ name: String, path: String, text: String) -> (code: CodeObject, globals: GlobalTable) {
        let state = ThreadState.current
        if let done = state.compiledLibraries[path] { return done }
        let source = SourceFile(path: path, text: text)
        do {
            let result = try Compiler.compile(source, availableModules: [], library: true)
            state.compiledLibraries[path] = result
            return result
        } catch {
            fatalError("the \(name) library does not compile:\n\(error.rendered(in: source))")
        }
    }
}
