import Foundation
import Testing
@testable import Runtime

/// Programs that once crashed asyncviz (a Swift trap) or hung it: each now raises the Python exception
/// CPython raises, or stops with the line of the limit it crossed.
@Suite struct HostileInputTests {
    static let programs = Repository.programs(in: "Tests/Programs/hostile").filter { !$0.hasSuffix("escape_sequences.py") }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: nil)
    }

    static func run(_ text: String, _ options: RunOptions) -> (status: Int32, stdout: String, stderr: String) {
        var out = "", err = ""
        let status = Interpreter.run(SourceFile(path: "hostile.py", text: text), options: options) { stream, s in
            if stream == .stdout { out += s } else { err += s }
        }
        return (status, out, err)
    }

    static let memoryLine = "(raise the limit with --max-memory)\n"

    /// Memory bombs of every shape stop at a budget of 64 MiB (the object limit is lifted so that only memory stops them).
    @Test(arguments: [
        "xs = []\nwhile True:\n    xs.append([0] * 1000)\n",
        "s = 'x'\nwhile True:\n    s = s + s\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 20\n    i += 1\n",
        "x = []\nwhile True:\n    x = [x, [x] * 50]\n",
        "print(len(list(range(10 ** 10))))\n",
        "print(len('x' * 10 ** 8))\n",
        "print(len('x'.ljust(10 ** 10)))\n",
        "print(len(f'{1:>900000000}'))\n",
        "parts = []\nwhile True:\n    parts.append('y' * 100_000)\n    text = ''.join(parts)\n",
        "print(len(dict.fromkeys(range(10 ** 8))))\n",
        "print(len(set(range(10 ** 8))))\n",
        "print(len('%*d' % (10 ** 10, 1)))\n",
        "print(len('%.*d' % (10 ** 9, 1)))\n",
        "x = 1 << 10 ** 11\n",
    ])
    func memoryBombsStopAtTheBudget(_ program: String) {
        let limits = Limits(maxInstructions: 1 << 40, maxObjects: Int.max, maxMemory: 64 << 20)
        let r = Self.run(program, RunOptions(limits: limits))
        #expect(r.status == 1)
        #expect(r.stderr == "stopped: the scenario used more than 67,108,864 bytes of memory " + Self.memoryLine)
    }

    /// Under an address-space limit (`ulimit -v`) the budget is what the limit leaves, so a bomb stops with a
    /// message instead of failing an allocation and crashing.
    @Test func anAddressSpaceLimitCapsTheBudget() throws {
        let (folder, path) = try Repository.temporaryScenario("bomb.py", "d = dict.fromkeys(range(10 ** 8))\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "ulimit -v 1000000; exec '\(Repository.binary.path)' exec --max-objects 1000000000 '\(path)'"
        let r = try Runner.run("/bin/bash", ["-c", command])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("stopped: the scenario used more than "))
        #expect(r.stderr.hasSuffix(" bytes of memory, what the process's address-space limit (ulimit -v) leaves it\n"))
    }

    /// A signal that arrives while expensive instructions run is acted on at the next work checkpoint:
    /// the run below executes a few dozen instructions, far fewer than an instruction-count check needs.
    @Test(arguments: ["s = 'ab' * 1_000_000\nfor i in range(20):\n    t = s.upper()\n",
                      "x = 7 ** 300_000\ny = x * (x + 1)\n"])
    func aSignalStopsALoopOfExpensiveInstructions(_ work: String) {
        var options = RunOptions(limits: Limits(maxInstructions: 1 << 40))
        options.testSignalAtWorkCheckpoint = 15
        let program = work + "print('finished')\n"
        let r = Self.run(program, options)
        #expect(r.status == 143)
        #expect(r.stderr == "stopped: interrupted by signal 15\n")
        #expect(r.stdout.isEmpty)
        let unsignalled = Self.run(program, RunOptions())
        #expect(unsignalled.status == 0 && unsignalled.stdout == "finished\n")
    }

    /// A power of a size no run finishes (`10 ** 10 ** 9`) counts its word products as instructions: it meets the step
    /// limit as a loop would, and a smaller one under the same limit finishes.
    @Test func aHugePowerMeetsTheStepLimit() {
        let limits = Limits(maxInstructions: 1_000_000)
        let r = Self.run("x = 10 ** 10 ** 9\n", RunOptions(limits: limits))
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("stopped: the scenario executed 1,000,000 instructions without finishing"))
        let small = Self.run("print((10 ** 10 ** 4) % 997)\n", RunOptions(limits: limits))
        #expect(small.status == 0 && small.stdout == "\((0..<10_000).reduce(1) { r, _ in r * 10 % 997 })\n")
    }

    /// Lines of thousands of chained calls, subscripts or powers are load-time errors, not a stack overflow.
    @Test(arguments: [("f = 1\nx = f" + String(repeating: "()", count: 5000), "chained calls, subscripts and attributes"),
                      ("a = [0]\nx = a" + String(repeating: "[0]", count: 5000), "chained calls, subscripts and attributes"),
                      ("x = " + String(repeating: "2**", count: 5000) + "2", "too many nested statements and expressions"),
                      ("x = " + String(repeating: "a.", count: 5000) + "b", "chained calls, subscripts and attributes")])
    func longChainsAreLocatedErrors(_ program: String, _ message: String) {
        let r = Self.run(program + "\n", RunOptions())
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("hostile.py:2:") || r.stderr.hasPrefix("hostile.py:1:"))
        #expect(r.stderr.contains(message))
    }

    /// Pathological string primitives are linear: each finishes well inside the instruction limit's checks.
    @Test func stringPrimitivesOnLargeInputs() {
        let program = """
        s = 'a,' * 500_000
        print(len(s.split(',')), len(s.rsplit(',')), s.count(','), s.count('a,a'), s.find('b'), s.rfind('b'))
        print(len('abc'.replace('', '-')), len(('x' * 1_000_000).replace('', '.')))
        print(len(f"{'z':>20000000}"), len(repr('\\x00' * 100_000)))

        """
        let r = Self.run(program, RunOptions())
        #expect(r.stderr == "")
        #expect(r.stdout == "500001 500001 500000 250000 -1 -1\n7 2000001\n20000000 400002\n")
    }

    /// A worker process of a pool gets its own copy of a deeply nested global: too deep to copy is RecursionError
    /// (CPython's fork copies memory and finishes; asyncviz copies objects, so it raises rather than crash).
    @Test func aPoolWorkerWithADeepGlobalDoesNotCrash() {
        let program = """
        from concurrent.futures import ProcessPoolExecutor
        deep = []
        for _ in range(100_000):
            deep = [deep]
        def work(n):
            return n * 2
        try:
            with ProcessPoolExecutor(max_workers=1) as pool:
                print(pool.submit(work, 21).result())
        except RecursionError as e:
            print('RecursionError:', e)

        """
        let r = Self.run(program, RunOptions())
        #expect(r.stdout == "RecursionError: maximum recursion depth exceeded\n")
    }
}
