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

    @Test func everyAwaitOfACoroutineIsANumberedSite() throws {
        let text = "import asyncio\nasync def f(lock, q):\n    async with lock:\n        await asyncio.sleep(1)\n    return await q.get()\n"
        let (module, _) = try Compiler.compile(SourceFile(path: "t.py", text: text), availableModules: ["asyncio"])
        let f = try #require(module.constants.compactMap { $0.object as? CodeObject }.first)
        #expect(f.isCoroutine)
        #expect(f.awaitSites == [
            AwaitSite(index: 0, line: 3, column: 4, text: "async with lock:"),
            AwaitSite(index: 1, line: 4, column: 8, text: "await asyncio.sleep(1)"),
            AwaitSite(index: 2, line: 5, column: 11, text: "await q.get()"),
        ])
        let dump = try Interpreter.disassemble(SourceFile(path: "t.py", text: text))
        #expect(dump.contains("await site 1: line 4 column 8 'await asyncio.sleep(1)'"))
        #expect(dump.contains("awaitValue             2 (site 'await q.get()')"))
    }

    @Test func classBodiesCompileToANamespaceAndZeroArgumentSuperReadsTheClassCell() throws {
        let text = "class A:\n    def f(self):\n        return super().f()\n"
        #expect(errors(text) == [])
        let (module, globals) = try Compiler.compile(SourceFile(path: "t.py", text: text), availableModules: [])
        let dump = Disassembler.render(module, globals: globals)
        #expect(dump.contains("makeClass"))
        #expect(dump.contains("classNamespace"))
        #expect(dump.contains("== A.f (line 2) =="))
        #expect(dump.contains("loadDeref"))
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
            "'import os' is not available in asyncviz scenarios (available: asyncio, concurrent.futures, multiprocessing, queue, random, sim, threading, time)",
            "'import json' is not available in asyncviz scenarios (available: asyncio, concurrent.futures, multiprocessing, queue, random, sim, threading, time)",
        ])
    }
}
