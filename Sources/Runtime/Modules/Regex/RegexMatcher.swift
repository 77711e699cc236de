/// Runs a `RegexProgram` over a text by backtracking: choices and the values they overwrite go on a stack,
/// and a failure pops back to the latest choice. Each step counts as one of the run's instructions and as a
/// unit of work (paid a thousand or so at a time), so a pattern that backtracks exponentially is stopped by
/// `--max-steps` or a signal like any long computation.
struct RegexMatcher {
    /// What undoing a step needs: a choice to resume, or a value to put back.
    enum Undo {
        case choice(pc: Int, pos: Int)
        case slot(Int, Int)
        case register(Int, Int)
        case captures([Int])
        /// A greedy single-character loop may stop anywhere from `to` down to `from`, then continue at `pc`.
        case giveBack(pc: Int, from: Int, to: Int)
        /// A lazy single-character loop (the instruction at `at`) may take one more after `count` at `pos`.
        case takeMore(at: Int, pos: Int, count: Int)
    }

    let program: RegexProgram
    /// The run whose instruction budget pays for the steps (none in unit tests).
    let vm: VM?
    let text: [Unicode.Scalar]
    /// The end of the text as the pattern sees it (`endpos`).
    let end: Int
    /// Group `g` spans `captures[2g] ..< captures[2g + 1]` (-1 when unset); the last entry is `lastindex`.
    private(set) var captures: [Int]
    private var registers: [Int]
    /// Steps not paid for yet.
    private var steps = 0
    private var fullMatch = false
    private var mustAdvance = false
    private var attemptStart = 0
    /// The emptied stack of the last run, kept so the next one (a search's next start) reuses its storage.
    private var spareStack: [Undo] = []

    init(_ program: RegexProgram, groups: Int, text: [Unicode.Scalar], end: Int, vm: VM?) {
        self.program = program
        self.vm = vm
        self.text = text
        self.end = end
        captures = Array(repeating: -1, count: 2 * groups + 3)
        registers = Array(repeating: 0, count: program.registers)
    }

    /// The captures of the first match starting at `pos` (`anchored`) or after it; `advance` refuses an empty
    /// match at `pos` (the search after an empty match), `full` a match that does not reach the end.
    mutating func find(from pos: Int, anchored: Bool, full: Bool, advance: Bool) throws -> [Int]? {
        fullMatch = full
        mustAdvance = advance
        let found = try search(from: pos, anchored: anchored)
        try pay()
        return found
    }

    private mutating func search(from pos: Int, anchored: Bool) throws -> [Int]? {
        var start = pos
        var caps = captures
        while start <= end {
            if !anchored, let first = program.firstSet {
                let from = start
                while start < end && !first.contains(text[start].value) { start += 1 }
                steps += start - from
                if start >= end { break }
            }
            attemptStart = start
            for k in caps.indices { caps[k] = -1 }
            if let stop = try run(0, start, &caps) {
                caps[0] = start
                caps[1] = stop
                captures = caps
                return caps
            }
            if anchored { break }
            mustAdvance = false
            start += 1
        }
        return nil
    }

    /// Counts the steps as instructions run: past the current chunk, the run checks for a signal and its limit.
    private mutating func pay() throws {
        let steps = self.steps
        self.steps = 0
        try Cost.charge(steps)
        guard let vm else { return }
        vm.stepsLeft -= steps
        if vm.stepsLeft < 0 { vm.stepsLeft = try vm.refillSteps() }
    }

    /// Runs the (sub)program at `startPC` from `startPos`: where it ends, or nil. Lookarounds and atomic groups
    /// run their subprograms by recursion, as deep as they nest.
    mutating func run(_ startPC: Int, _ startPos: Int, _ caps: inout [Int]) throws -> Int? {
        try NativeStack.check()
        var stack: [Undo] = []
        swap(&stack, &spareStack)
        defer {
            stack.removeAll(keepingCapacity: true)
            swap(&stack, &spareStack)
        }
        var pc = startPC
        var pos = startPos
        while true {
            steps += 1
            if steps >= 1024 { try pay() }
            switch try step(&pc, &pos, &caps, &stack) {
            case .go: continue
            case .done: return pos
            case .fail: break
            }
            var resumed = false
            while !resumed, let undo = stack.popLast() {
                switch undo {
                case .choice(let p, let q): pc = p; pos = q; resumed = true
                case .slot(let k, let v): caps[k] = v
                case .register(let k, let v): registers[k] = v
                case .captures(let saved): caps = saved
                case .giveBack(let p, let from, let to):
                    if to > from { stack.append(.giveBack(pc: p, from: from, to: to - 1)) }
                    pc = p
                    pos = to
                    resumed = true
                case .takeMore(let at, let from, let count):
                    if let stop = takeMore(at, from: from, count: count, &stack) {
                        pc = at + 1
                        pos = stop
                        resumed = true
                    }
                }
            }
            if !resumed { return nil }
        }
    }

    /// What an instruction leads to.
    private enum Outcome {
        case go, fail, done
    }

    /// Runs one instruction.
    private mutating func step(_ pc: inout Int, _ pos: inout Int, _ caps: inout [Int],
                               _ stack: inout [Undo]) throws -> Outcome {
        switch program.code[pc] {
        case .one(let test):
            guard pos < end, matches(test, text[pos].value) else { return .fail }
            pos += 1
        case .repeatOne(let test, let min, let max, let greedy):
            guard let stop = repeatOne(test, min: min, max: max, greedy: greedy, at: pos, pc, &stack) else {
                return .fail
            }
            steps += stop - pos
            pos = stop
        case .anchor(let anchor):
            guard holds(anchor, at: pos) else { return .fail }
        case .split(let prefer, let other):
            stack.append(.choice(pc: other, pos: pos))
            pc = prefer
            return .go
        case .jump(let target):
            pc = target
            return .go
        case .save(let slot):
            stack.append(.slot(slot, caps[slot]))
            caps[slot] = pos
            if slot & 1 == 1 {
                let last = caps.count - 1
                stack.append(.slot(last, caps[last]))
                caps[last] = slot / 2
            }
        case .backreference(let group, let ignoreCase, let ascii):
            guard let stop = backreference(group, ignoreCase, ascii, at: pos, caps) else { return .fail }
            pos = stop
        case .loopStart(let r):
            stack.append(.register(r, registers[r]))
            stack.append(.register(r + 1, registers[r + 1]))
            registers[r] = 0
            registers[r + 1] = -1
        case .loopHead(let r, let min, let max, let greedy, let exit):
            let count = registers[r]
            if count < min {
                pc += 1
            } else if count < max && pos != registers[r + 1] {
                stack.append(.choice(pc: greedy ? exit : pc + 1, pos: pos))
                pc = greedy ? pc + 1 : exit
            } else {
                pc = exit
            }
            return .go
        case .loopIterate(let r):
            stack.append(.register(r, registers[r]))
            stack.append(.register(r + 1, registers[r + 1]))
            registers[r] += 1
            registers[r + 1] = pos
        case .look(let kind, let start, let width):
            guard try look(kind, start, width, at: pos, &caps, &stack) else { return .fail }
        case .atomic(let start):
            var inner = caps
            guard let stop = try run(start, pos, &inner) else { return .fail }
            stack.append(.captures(caps))
            caps = inner
            pos = stop
        case .conditional(let group, let no):
            if caps[2 * group + 1] < 0 {
                pc = no
                return .go
            }
        case .match:
            if (fullMatch && pos != end) || (mustAdvance && pos == attemptStart) { return .fail }
            return .done
        case .succeed:
            return .done
        }
        pc += 1
        return .go
    }
}
