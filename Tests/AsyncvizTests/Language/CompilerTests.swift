import Testing
@testable import Runtime

/// The compiler: scopes, load-time errors, and the bytecode it emits (as disassembly text).
@Suite struct CompilerTests {
    func errors(_ text: String) -> [String] {
        Interpreter.check(SourceFile(path: "t.py", text: text))?.diagnostics.map(\.message) ?? []
    }

    @Test func closuresCaptureCellsAndFreeVariables() throws {
        let text = "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n"
        let dump = try Interpreter.disassemble(SourceFile(path: "t.py", text: text))
        #expect(dump.contains("slots: n*"))
        #expect(dump.contains("loadClosure"))
        #expect(dump.contains("storeDeref"))
    }

    @Test func localsUseFastSlotsAndGlobalsUseModuleSlots() throws {
        let dump = try Interpreter.disassemble(SourceFile(path: "t.py", text: "g = 1\ndef f(a):\n    b = a + g\n    return b\n"))
        #expect(dump.contains("loadFast               0 (a)"))
        #expect(dump.contains("loadGlobal             0 (g)"))
        #expect(dump.contains("storeFast              1 (b)"))
    }

    @Test func misplacedStatementsAreSyntaxErrors() {
        #expect(errors("return 1\n") == ["'return' outside function"])
        #expect(errors("break\n") == ["'break' outside loop"])
        #expect(errors("continue\n") == ["'continue' not properly in loop"])
        #expect(errors("def f():\n    await x\n") == ["'await' outside async function"])
        #expect(errors("def f():\n    def g():\n        nonlocal q\n") == ["no binding for nonlocal 'q' found"])
    }

    @Test func importsAreCheckedAgainstTheAvailableModules() {
        #expect(errors("import os\nimport random\nfrom json import loads\n") == [
            "'import os' is not available in asyncviz scenarios (available: asyncio, random, sim, time)",
            "'import json' is not available in asyncviz scenarios (available: asyncio, random, sim, time)",
        ])
    }
}
