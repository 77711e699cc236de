import Testing
@testable import Runtime

/// The parser's trees, its located syntax errors, and what it reports as unsupported.
@Suite struct ParserTests {
    func parse(_ text: String) throws(LoadErrors) -> [Stmt] {
        try Parser.parse(SourceFile(path: "t.py", text: text))
    }

    func firstError(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func powerBindsTighterThanUnaryMinusOnItsLeft() throws {
        let body = try parse("x = -2 ** 2\n")
        guard case .assign(_, let value) = body[0].kind, case .unary(.neg, let inner) = value.kind,
              case .binary(.pow, _, _) = inner.kind else {
            Issue.record("expected -(2 ** 2), got \(body)")
            return
        }
    }

    @Test func chainedComparisonKeepsEveryOperator() throws {
        let body = try parse("a < b <= c != d\n")
        guard case .expr(let e) = body[0].kind, case .compare(_, let rest) = e.kind else {
            Issue.record("expected a comparison")
            return
        }
        #expect(rest.map(\.0) == [.lt, .le, .ne])
    }

    @Test func missingColonIsLocatedAtTheEndOfTheHeader() {
        let e = firstError("if x\n    pass\n")
        #expect(e?.message == "expected ':'")
        #expect(e?.location == SourceLocation(line: 1, column: 4))
    }

    @Test func expectedIndentedBlockNamesTheStatement() {
        let e = firstError("for x in y:\npass\n")
        #expect(e?.kind == .indentationError)
        #expect(e?.message == "expected an indented block after 'for' statement on line 1")
    }

    @Test func bytesLiteralsFollowCPythonsRules() throws {
        guard case .expr(let e) = try parse("b'a\\x00' B\"\\n\" rb'\\n'\n")[0].kind,
              case .constant(.bytes(let data)) = e.kind else { Issue.record("not a bytes constant"); return }
        #expect(data == [0x61, 0, 0x0A, 0x5C, 0x6E])
        #expect(firstError("x = b'a' 'b'\n")?.message == "cannot mix bytes and nonbytes literals")
        #expect(firstError("x = b'\u{e9}'\n")?.message == "bytes can only contain ASCII literal characters")
        #expect(firstError("x = b'\\xz1'\n")?.message == "(value error) invalid \\x escape at position 0")
    }

    @Test func generatorsDecoratorsWalrusAndExceptStarParse() throws {
        let text = "@d(1)\n@e\nasync def f():\n    async for x in y:\n        yield (z := x)\n"
            + "def g():\n    r = yield from h()\n    return [a async for a in b]\n"
            + "try:\n    pass\nexcept* ValueError as eg:\n    pass\n"
        let body = try parse(text)
        #expect(body.count == 3)
        guard case .functionDef(let f) = body[0].kind else { Issue.record("not a def"); return }
        #expect(f.decorators.count == 2 && f.isAsync)
        guard case .try(_, let handlers, _, _) = body[2].kind else { Issue.record("not a try"); return }
        #expect(handlers.first?.isStar == true)
    }

    @Test func matchAndCaseAreSoftKeywords() throws {
        let body = try parse("match = 1\ncase = match\nmatch (x):\n    case [1, *rest] | {'k': _} as m if m:\n        pass\n")
        #expect(body.count == 3)
        guard case .match(_, let cases) = body[2].kind else { Issue.record("not a match"); return }
        guard case .asPattern(let inner?, "m") = cases[0].pattern.kind, case .or(let alternatives) = inner.kind else {
            Issue.record("not an as-pattern of alternatives")
            return
        }
        #expect(alternatives.count == 2)
        #expect(cases[0].guardExpr != nil)
    }

    @Test func fstringFieldsAreParsedAtTheirRealColumns() {
        let e = firstError("x = f'{1 +}'\n")
        #expect(e?.location.line == 1)
        #expect(e?.kind == .syntaxError)
    }

    @Test func cannotAssignToACall() {
        #expect(firstError("f() = 1\n")?.message == "cannot assign to function call")
    }
}
