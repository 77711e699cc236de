import Testing
@testable import Runtime

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer.tokenize(text).map(\.kind)
    }

    @Test func indentationProducesIndentAndDedent() throws {
        let k = try kinds("if x:\n    y\nz\n")
        #expect(k == [.name("if"), .name("x"), .op(":"), .newline, .indent, .name("y"), .newline, .dedent, .name("z"), .newline, .eof])
    }

    @Test func bracketsJoinLines() throws {
        let k = try kinds("f(1,\n  2)\n")
        #expect(k == [.name("f"), .op("("), .int(1), .op(","), .int(2), .op(")"), .newline, .eof])
    }

    @Test func numbersOfEveryForm() throws {
        let k = try kinds("0x1F 0o17 0b101 1_000 1.5 .5 1e3 2.\n")
        #expect(k == [.int(31), .int(15), .int(5), .int(1000), .float(1.5), .float(0.5), .float(1000), .float(2), .newline, .eof])
    }

    @Test func stringEscapesAndRaw() throws {
        let k = try kinds(#"'a\tb' r'a\tb' "\x41\u00e9""# + "\n")
        #expect(k == [.string("a\tb"), .string(#"a\tb"#), .string("Aé"), .newline, .eof])
    }

    @Test func tabsAndSpacesMixedRaiseTabError() {
        #expect(throws: Diagnostic.self) { try Lexer.tokenize("if x:\n\ty\n        z\n") }
    }

    @Test func unterminatedStringIsLocated() {
        do {
            _ = try Lexer.tokenize("x = 'abc\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unterminated string literal (detected at line 1)")
            #expect(error.location == SourceLocation(line: 1, column: 4))
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "(", count: 1000) + String(repeating: ")", count: 1000) + "\n"
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(text) }
    }
}
