import Testing
@testable import Runtime

/// `CPythonHash` checked against CPython 3.11's `hash()`.
struct CPythonHashTests {
    @Test func ints() {
        let values = [0, 1, -1, -2, (1 << 61) - 1, 1 << 61, 1 << 62, Int.max, Int.min, 123456789, -987654321012]
        #expect(values.map(CPythonHash.int) == [0, 1, -2, -2, 0, 1, 2, 3, -4, 123456789, -987654321012])
    }

    @Test func floats() {
        let values: [Double] = [0.0, -0.0, 0.5, 1.5, -2.5, 0x1p70, 1e100, 1e-300, .infinity, -.infinity, 0.1,
                                3.141592653589793, .leastNonzeroMagnitude, 1.7976931348623157e308, -1.0, 123456.789]
        #expect(values.map { CPythonHash.float($0, identity: 0) } == [0, 0, 1152921504606846976, 1152921504606846977, -1152921504606846978, 512, 1822893315824342674, 482449582752280463, 314159, -314159, 230584300921369408, 326490430436040707, 16777216, 2234066890152476671, -2, 1819310134279660096])
        #expect(CPythonHash.float(42.0, identity: 0) == CPythonHash.int(42))
        // NaN hashes like the pointer `id(x)`: CPython's _Py_HashPointer rotates it right by four bits.
        #expect(CPythonHash.float(.nan, identity: 0x7f1234567890) == 8732260263817)
        #expect(CPythonHash.float(.nan, identity: 0x7f1234567898) == -9223363304594511991)
    }

    @Test func tuples() {
        let int = CPythonHash.int
        let hashes = [
            CPythonHash.tuple([]), CPythonHash.tuple([int(0)]), CPythonHash.tuple([int(1), int(2)]),
            CPythonHash.tuple([int(-1)]), CPythonHash.tuple([int(1), CPythonHash.tuple([int(2), int(3)])]),
            CPythonHash.tuple([int(1 << 61), int(-5), int(7)]), CPythonHash.tuple([CPythonHash.float(0.5, identity: 0), int(1)]),
        ]
        #expect(hashes == [5740354900026072187, -8753497827991233192, -3550055125485641917, 8078679518589016365, 7267574591690527098, -7725925554460719029, -8572458927399070566])
    }

    @Test func stringsAreDeterministic() {
        #expect(CPythonHash.string("") == 0)
        #expect(CPythonHash.string("hello") == CPythonHash.string("hel" + "lo"))
        #expect(CPythonHash.string("hello") != CPythonHash.string("hellp"))
    }
}
