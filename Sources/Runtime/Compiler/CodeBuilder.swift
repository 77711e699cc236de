import BigInt

/// Emits one code object's instructions: jump labels patched at the end,
/// constants and names pooled, each instruction stamped with the source
/// position being compiled.
final class CodeBuilder {
    let code: CodeObject
    var location: SourceRange
    /// The scenario's code (not asyncviz's library code): its line events cost time (`LineEvents`).
    var tracesLines = false
    /// Instructions that never fire a line event: a loop's jump back, an implicit `return` (CPython gives them
    /// the line of whatever ran before them).
    private var silent: Set<Int> = []
    private var labelPositions: [Int] = []
    private var fixups: [(instruction: Int, label: Int)] = []
    private var constantIndex: [String: Int] = [:]
    private var nameIndex: [String: Int] = [:]

    init(code: CodeObject, location: SourceRange) {
        self.code = code
        self.location = location
    }

    @discardableResult
    func emit(_ op: OpCode, _ arg: Int = 0) -> Int {
        code.instructions.append(Instruction(op, arg))
        code.positions.append(location)
        return code.instructions.count - 1
    }

    /// Emits what `emitting` emits as instructions that fire no line event of their own.
    func silently(_ emitting: () -> Void) {
        let first = code.instructions.count
        emitting()
        silent.formUnion(first..<code.instructions.count)
    }

    func newLabel() -> Int {
        labelPositions.append(-1)
        return labelPositions.count - 1
    }

    func place(_ label: Int) {
        labelPositions[label] = code.instructions.count
    }

    func emitJump(_ op: OpCode, to label: Int) {
        fixups.append((emit(op, 0), label))
    }

    func constant(_ c: Constant) -> Int {
        let key: String
        let value: Value
        switch c {
        case .none: key = "n"; value = .none
        case .bool(let b): key = "b\(b)"; value = .bool(b)
        case .int(let i): key = "i\(i)"; value = .int(i)
        case .float(let d): key = "f\(d.bitPattern)"; value = .float(d)
        case .string(let s): key = "s" + s; value = .str(s)
        case .ellipsis: key = "e"; value = .object(EllipsisValue.instance)
        case .imaginary(let d): key = "j\(d.bitPattern)"; value = .object(PyComplex(0, d))
        case .bytes(let data): key = "B" + data.map { String($0) }.joined(separator: ","); value = .object(PyBytes(data))
        case .bigInt(let digits, let radix):
            key = "I\(radix):" + digits
            value = .integer(BigInt(digits, radix: radix) ?? 0)
        }
        if let i = constantIndex[key] { return i }
        code.constants.append(value)
        constantIndex[key] = code.constants.count - 1
        return code.constants.count - 1
    }

    func constant(object: Value) -> Int {
        code.constants.append(object)
        return code.constants.count - 1
    }

    func name(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        code.names.append(n)
        nameIndex[n] = code.names.count - 1
        return code.names.count - 1
    }

    /// Patches jumps and computes the stack bound.
    func finish() {
        for (i, label) in fixups {
            code.instructions[i].arg = Int32(labelPositions[label])
        }
        if tracesLines {
            LineEvents.markChecks(code, jumpTargets: fixups.map { labelPositions[$0.label] }, silent: silent)
        }
        var bound = 2
        for ins in code.instructions {
            switch ins.op {
            case .unpackSequence: bound += Int(ins.arg)
            case .unpackStarred: bound += Int(ins.arg & 0xFF) + Int(ins.arg >> 8) + 1
            case .dupTopTwo, .loadMethod, .beforeWith: bound += 2
            case .setupExcept: bound += 1
            default: bound += 1
            }
        }
        code.stackBound = bound
    }
}

/// The module-wide numbering of global names, shared by every code object of one module.
final class GlobalTable {
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]

    func slot(_ n: String) -> Int {
        if let i = index[n] { return i }
        names.append(n)
        index[n] = names.count - 1
        return names.count - 1
    }
}
