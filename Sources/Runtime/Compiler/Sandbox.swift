/// What a scenario may not reach: it can compute, print and schedule,
/// nothing else. The runtime has no files, sockets, processes or
/// environment to give it anyway; these rules turn the attempts CPython
/// would allow into clear load-time errors instead of a confusing
/// `NameError` or `AttributeError` at run time.
enum Sandbox {
    /// Builtins CPython has that a scenario may not call, with why.
    static let builtins: [String: String] = [
        "open": "a scenario cannot read or write files",
        "eval": "a scenario cannot run code it builds while it runs",
        "exec": "a scenario cannot run code it builds while it runs",
        "compile": "a scenario cannot run code it builds while it runs",
        "__import__": "a scenario imports with `import`, from the modules asyncviz provides",
        "breakpoint": "a scenario cannot start a debugger",
        "memoryview": "a scenario cannot reach raw memory",
        "__build_class__": "a scenario defines classes with the class statement",
    ]

    /// Attributes that lead from a value into the interpreter (frames, code, globals, every subclass).
    static let attributes: Set<String> = [
        "__globals__", "__code__", "__builtins__", "__closure__",
        "__subclasses__", "__reduce__", "__reduce_ex__",
        "__loader__", "__spec__",
        "f_globals", "f_locals", "f_back", "f_builtins", "f_code", "gi_frame", "gi_code", "cr_frame", "cr_code",
        "tb_frame", "tb_next",
    ]

    /// Modules that reach the world outside the simulated machine (by top-level package), with what to use instead.
    static let modules: [String: String] = {
        let network = "a scenario has no network; use asyncio.sleep or sim.io to stand for network time"
        let files = "a scenario cannot read or write files; os.path joins and splits path strings"
        var table: [String: String] = [:]
        for name in ["socket", "ssl", "select", "selectors", "socketserver", "urllib", "urllib3", "http", "requests",
                     "aiohttp", "httpx", "websockets", "ftplib", "smtplib", "imaplib", "poplib", "xmlrpc"] {
            table[name] = network
        }
        for name in ["shutil", "pathlib", "tempfile", "glob", "fileinput", "sqlite3", "shelve", "mmap"] {
            table[name] = files
        }
        table["subprocess"] = "a scenario cannot start programs; use sim.cpu or sim.io to stand for the work one does"
        table["ctypes"] = "a scenario cannot reach raw memory"
        table["importlib"] = builtins["__import__"]
        return table
    }()

    /// The one line that refuses `import name`: why, and what to use, or where the importable modules are listed.
    static func importMessage(_ name: String) -> String {
        let head = "'import \(name)' is not available in asyncviz scenarios"
        if let why = modules[String(name.split(separator: ".")[0])] { return head + ": " + why }
        return head + " (`asyncviz check --modules` lists the modules a scenario can import)"
    }

    static func builtinMessage(_ name: String) -> String? {
        builtins[name].map { "'\(name)' is not available in asyncviz scenarios: \($0)" }
    }

    static func attributeMessage(_ name: String) -> String? {
        attributes.contains(name) ? "attribute '\(name)' is not available in asyncviz scenarios: a scenario cannot reach into the runtime" : nil
    }
}
