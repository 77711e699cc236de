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

    @Test func unsupportedConstructsAreAllReported() {
        do {
            _ = try parse("class A:\n    pass\nx = 1\ndef f():\n    yield 1\n    yield 2\n")
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.message) == [
                "'yield' is not supported by asyncviz scenarios (generator functions are outside the subset)",
                "'yield' is not supported by asyncviz scenarios (generator functions are outside the subset)",
            ])
        }
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
