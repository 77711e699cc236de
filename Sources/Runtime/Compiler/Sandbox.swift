/// What a scenario may not reach: it can compute, print and schedule,
/// nothing else. The runtime has no files, sockets, processes or
/// environment to give it anyway; these rules turn the attempts CPython
/// would allow into clear load-time errors instead of a confusing
/// `NameError` or `AttributeError` at run time.
enum Sandbox {
    /// Builtins CPython has that a scenario may not call, with why.
    static let builtins: [String: String] = [
        "open": "a scenario cannot read or write files",
        "input": "a scenario cannot read the terminal",
        "eval": "a scenario cannot run code it builds while it runs",
        "exec": "a scenario cannot run code it builds while it runs",
        "compile": "a scenario cannot run code it builds while it runs",
        "__import__": "a scenario imports with `import`, from the modules asyncviz provides",
        "globals": "a scenario cannot reach into the runtime's namespaces",
        "locals": "a scenario cannot reach into the runtime's namespaces",
        "breakpoint": "a scenario cannot start a debugger",
        "memoryview": "a scenario cannot reach raw memory",
        "__build_class__": "a scenario defines classes with the class statement",
    ]

    /// Attributes that lead from a value into the interpreter (frames, code, globals, every subclass).
    static let attributes: Set<String> = [
        "__globals__", "__code__", "__builtins__", "__closure__",
        "__subclasses__", "__reduce__", "__reduce_ex__",
        "__loader__", "__spec__", "__traceback__",
        "f_globals", "f_locals", "f_back", "f_builtins", "f_code", "gi_frame", "gi_code", "cr_frame", "cr_code",
        "tb_frame", "tb_next",
    ]

    static func builtinMessage(_ name: String) -> String? {
        builtins[name].map { "'\(name)' is not available in asyncviz scenarios: \($0)" }
    }

    static func attributeMessage(_ name: String) -> String? {
        attributes.contains(name) ? "attribute '\(name)' is not available in asyncviz scenarios: a scenario cannot reach into the runtime" : nil
    }
}
