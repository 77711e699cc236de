/// Loads the Python half of `asyncio` (`AsyncioLibrarySource`) into a VM: it
/// is compiled as library code (classes allowed, frames left out of
/// tracebacks), sees the native half's names as globals, and its public names
/// join the `asyncio` module.
enum AsyncioLibrary {
    static let exported = [
        "sleep",
        "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Queue", "LifoQueue",
        "wait", "wait_for", "as_completed", "shield", "Timeout", "timeout", "timeout_at", "TaskGroup",
        "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    ]

    static func load(into module: PyModule, vm: VM) throws {
        let source = SourceFile(path: AsyncioLibrarySource.path, text: AsyncioLibrarySource.text)
        let (code, globals): (CodeObject, GlobalTable)
        do {
            (code, globals) = try Compiler.compile(source, availableModules: [], library: true)
        } catch {
            fatalError("the asyncio library does not compile:\n\(error.rendered(in: source))")
        }
        let library = PyModule(name: "asyncio")
        library.globalNames = globals.names
        library.globals = globals.names.map { module.attributes[$0] ?? Builtins.table[$0] ?? .unbound }
        try vm.runLibraryModule(code, in: library)
        for name in exported {
            guard let value = library.attribute(name) else { fatalError("the asyncio library does not define \(name)") }
            module.attributes[name] = value
        }
    }

    /// Library frames are left out of tracebacks (CPython shows its own `Lib/asyncio` frames there).
    static func isLibrary(_ code: CodeObject) -> Bool {
        code.sourcePath == AsyncioLibrarySource.path
    }
}
