import Testing
@testable import Runtime

/// `str % values`: conversions, flags, widths, mapping keys and CPython's errors, checked against
/// outputs CPython 3.11 prints for the same templates.
@Suite struct PercentFormatTests {
    func format(_ template: String, _ values: Value) throws -> String {
        try PercentFormat.format(template, values)
    }

    func tuple(_ items: Value...) -> Value { .object(PyTuple(items)) }

    func message(_ template: String, _ values: Value) -> String {
        do {
            return "no error: " + (try format(template, values))
        } catch let e as PyError {
            return "\(e.exception.type.name): \(Repr.str(.object(e.exception)))"
        } catch {
            return "\(error)"
        }
    }

    @Test func conversionsAndFlags() throws {
        #expect(try format("%-5d|%05.1f|%+.3d", tuple(.int(3), .float(-2.345), .int(7))) == "3    |-02.3|+007")
        #expect(try format("%#x %#o %#X %x", tuple(.int(255), .int(8), .int(255), .int(-255))) == "0xff 0o10 0XFF -ff")
        #expect(try format("%#.3x|% d|%010.3e|%-08d|%08s|", tuple(.int(5), .int(5), .float(-1.5), .int(5), .str("ab")))
            == "0x005| 5|-1.500e+00|5       |      ab|")
        #expect(try format("%e %g %G %#g", tuple(.float(12345.678), .float(1e-5), .float(1e20), .float(1.0)))
            == "1.234568e+04 1e-05 1E+20 1.00000")
        #expect(try format("%.2s|%10.4s|%r|%a", tuple(.str("abcdef"), .str("abcdefg"), .str("x"), .str("é")))
            == "ab|      abcd|'x'|'\\xe9'")
        #expect(try format("%c%c %d %i %u %x", tuple(.int(65), .str("b"), .float(3.99), .float(-0.5), .bool(true), .bool(true)))
            == "Ab 3 0 1 1")
        #expect(try format("%06.2f|%5.1f%%|%%|%ld", tuple(.float(.infinity), .float(99.5), .int(5))) == "000inf| 99.5%|%|5")
    }

    @Test func starWidthAndPrecision() throws {
        let values = tuple(.int(5), .int(1), .int(4), .int(2), .int(2), .float(3.14159), .int(-4), .str("x"))
        #expect(try format("%*d|%-*d|%.*f|%*s|", values) == "    1|2   |3.14|x   |")
    }

    @Test func singleValuesAndMappings() throws {
        let d = PyDict()
        try d.set(.str("a"), .int(1))
        try d.set(.str("b"), .str("x"))
        #expect(try format("%(a)s-%(b)r", .object(d)) == "1-'x'")
        #expect(try format("%s", .object(d)) == "{'a': 1, 'b': 'x'}")
        #expect(try format("%s %(a)s", .object(d)) == "{'a': 1, 'b': 'x'} 1")
        #expect(try format("%s", tuple(tuple())) == "()")
        #expect(try format("plain", .object(d)) == "plain")
        #expect(try format("%s", .none) == "None")
    }

    @Test func errorsAsCPython() {
        #expect(message("%d", .str("x")) == "TypeError: %d format: a real number is required, not str")
        #expect(message("%x", .float(1.5)) == "TypeError: %x format: an integer is required, not float")
        #expect(message("%s %s", tuple(.int(1))) == "TypeError: not enough arguments for format string")
        #expect(message("%s", tuple(.int(1), .int(2))) == "TypeError: not all arguments converted during string formatting")
        #expect(message("abc%y", .int(1)) == "ValueError: unsupported format character 'y' (0x79) at index 4")
        #expect(message("%", tuple()) == "ValueError: incomplete format")
        #expect(message("%(a)s", .int(1)) == "TypeError: format requires a mapping")
        #expect(message("%(a", .object(PyDict())) == "ValueError: incomplete format key")
        #expect(message("%(a)s", .object(PyDict())) == "KeyError: 'a'")
        #expect(message("%c", .str("ab")) == "TypeError: %c requires int or char")
        #expect(message("%c", .int(0x110000)) == "OverflowError: %c arg not in range(0x110000)")
        #expect(message("%f", .str("x")) == "TypeError: must be real number, not str")
        #expect(message("%*d", tuple(.str("a"), .int(1))) == "TypeError: * wants int")
        #expect(message("%5%", tuple(.int(1))) == "ValueError: unsupported format character '%' (0x25) at index 2")
        #expect(message("%d", .float(.infinity)) == "OverflowError: cannot convert float infinity to integer")
    }

    @Test func bigIntsFormatInEveryRadix() throws {
        let big = try Arithmetic.binary(.pow, .int(2), .int(70))
        #expect(try format("%d %x %#o %30d|", tuple(big, big, big, big))
            == "1180591620717411303424 400000000000000000 0o200000000000000000000000         1180591620717411303424|")
    }
}
