import Testing
@testable import Runtime

/// Generators, async iteration, `match`, `except*` and walrus: the opcodes the
/// compiler emits for them and CPython's load-time errors for their misuse.
@Suite struct ModernSyntaxCompilerTests {
    func errors(_ text: String) -> [String] {
        Interpreter.check(SourceFile(path: "t.py", text: text))?.diagnostics.map(\.message) ?? []
    }

    func dump(_ text: String) throws -> String {
        try Interpreter.disassemble(SourceFile(path: "t.py", text: text))
    }

    @Test func generatorsYieldAndDelegate() throws {
        let text = "def g():\n    x = yield 1\n    r = yield from h()\n    return r\n"
        let (module, _) = try Compiler.compile(SourceFile(path: "t.py", text: text), availableModules: [])
        let g = try #require(module.constants.compactMap { $0.object as? CodeObject }.first)
        #expect(g.isGenerator && !g.isCoroutine && !g.isAsyncGenerator)
        let d = try dump(text)
        #expect(d.contains("yieldValue"))
        #expect(d.contains("getYieldFromIter"))
        #expect(d.contains("yieldFrom"))
    }

    @Test func asyncGeneratorsAndAsyncIteration() throws {
        let text = "async def g():\n    async for x in y:\n        yield x\n    return [a async for a in g()]\n"
        let (module, _) = try Compiler.compile(SourceFile(path: "t.py", text: text), availableModules: [])
        let g = try #require(module.constants.compactMap { $0.object as? CodeObject }.first)
        #expect(g.isGenerator && g.isAsyncGenerator && !g.isCoroutine)
        #expect(errors(text) == ["'return' with value in async generator"])
        let d = try dump("async def f(y):\n    async for x in y:\n        print(x)\n    return [a async for a in y]\n")
        for op in ["getAIter", "getANext", "endAsyncFor", "awaitValue"] { #expect(d.contains(op), "\(op)") }
    }

    @Test func yieldAndAsyncMisplacedAreSyntaxErrors() {
        #expect(errors("yield 1\n") == ["'yield' outside function"])
        #expect(errors("def f():\n    return [(yield x) for x in y]\n") == ["'yield' inside list comprehension"])
        #expect(errors("async def f():\n    yield from x\n") == ["'yield from' inside async function"])
        #expect(errors("def f(y):\n    return [x async for x in y]\n") == ["asynchronous comprehension outside of an asynchronous function"])
        #expect(errors("def f(y):\n    async for x in y:\n        pass\n") == ["'async for' outside async function"])
    }

    @Test func matchPatternsCompileToTheirChecks() throws {
        let text = "match v:\n    case [1, *rest]: pass\n    case {'k': x, **others}: pass\n    case int(n) | str(n): pass\n    case _: pass\n"
        let d = try dump(text)
        for op in ["matchSequence", "unpackStarred", "matchMapping", "matchKeys", "copyDictWithoutKeys", "matchClass"] {
            #expect(d.contains(op), "\(op)")
        }
    }

    @Test func badPatternsAreCPythonsSyntaxErrors() {
        #expect(errors("match v:\n    case x: pass\n    case 1: pass\n") == ["name capture 'x' makes remaining patterns unreachable"])
        #expect(errors("match v:\n    case _: pass\n    case 1: pass\n") == ["wildcard makes remaining patterns unreachable"])
        #expect(errors("match v:\n    case [a] | [b]: pass\n") == ["alternative patterns bind different names"])
        #expect(errors("match v:\n    case [*a, *b]: pass\n") == ["multiple starred names in sequence pattern"])
        #expect(errors("match v:\n    case [a, a]: pass\n") == ["multiple assignments to name 'a' in pattern"])
        #expect(errors("match v:\n    case {'a': 1, 'a': 2}: pass\n") == ["mapping pattern checks duplicate key ('a')"])
    }

    @Test func exceptStarSplitsAndForbidsJumpsOut() throws {
        let d = try dump("try:\n    f()\nexcept* ValueError as eg:\n    print(eg)\n")
        for op in ["prepareExceptStar", "splitExceptStar", "reraiseExceptStar"] { #expect(d.contains(op), "\(op)") }
        #expect(errors("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
            == ["'break', 'continue' and 'return' cannot appear in an except* block"])
        #expect(errors("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n")
            == ["cannot have both 'except' and 'except*' on the same 'try'"])
    }

    @Test func walrusInAComprehensionBindsInTheEnclosingFunction() throws {
        let d = try dump("def f(xs):\n    ys = [y for x in xs if (y := x)]\n    return y\n")
        #expect(d.contains("slots: xs ys y*"))
        #expect(d.contains("storeDeref"))
    }

    @Test func decoratorsAreCalledInnermostFirst() throws {
        let d = try dump("@a\n@b\ndef f():\n    pass\n")
        let lines = d.split(separator: "\n").map(String.init)
        let loads = lines.filter { $0.contains("loadGlobal") }.map { $0.contains("(a)") ? "a" : "b" }
        #expect(loads == ["a", "b"])
        #expect(lines.filter { $0.contains(" call ") }.count == 2)
    }
}
