/// The dispatch loop: one `switch` over the current frame's instructions,
/// with the instruction pointer, stack pointer and locals base in registers.
extension VM {
    /// Runs the fiber until its frame count drops to `stopDepth`; returns the value the last frame returned.
    func run(stopDepth: Int) throws -> Value {
        try NativeStack.check()
        let fiber = self.fiber
        var frame = fiber.frames[fiber.frames.count - 1]
        var instructions = frame.code.instructions
        var constants = frame.code.constants
        var ip = frame.ip
        var base = frame.base
        var stack = fiber.stack
        var sp = fiber.sp
        var steps = stepsLeft
        runDepth += 1
        defer {
            stepsLeft = steps
            runDepth -= 1
        }

        while true {
            let ins = instructions[ip]
            ip += 1
            steps -= 1
            if steps < 0 {
                steps = try refillSteps()
                if machine.model.instructionCost > 0 {
                    if try paying(at: ip - 1, sp: sp, steps: &steps) { return .none }
                    stack = fiber.stack
                    sp = fiber.sp
                }
            }
            if ins.checksLine && lineQuantum > 0 {
                let line = Int32(truncatingIfNeeded: frame.code.positions[ip - 1].start.line)
                if fiber.lastLine != line {
                    fiber.lastLine = line
                    let t = machine.current
                    t.unpaidLines += 1
                    if t.unpaidLines >= lineQuantum {
                        if try paying(at: ip - 1, sp: sp, steps: &steps) { return .none }
                        stack = fiber.stack
                        sp = fiber.sp
                    }
                }
            }
            do {
                switch ins.op {
                case .nop:
                    break
                case .loadConst:
                    stack.put(constants[Int(ins.arg)], at: sp)
                    sp += 1
                case .loadFast:
                    let v = stack[base + Int(ins.arg)]
                    if case .unbound = v {
                        throw PyError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(frame.code.slotNames[Int(ins.arg)])' where it is not associated with a value")
                    }
                    stack.put(v, at: sp)
                    sp += 1
                case .loadClassLocal:
                    let v = stack[base + Int(ins.arg)]
                    if case .unbound = v { break }
                    stack.put(v, at: sp)
                    sp += 1
                    ip += 1
                case .storeFast:
                    sp -= 1
                    stack[base + Int(ins.arg)] = stack.take(sp)
                case .deleteFast:
                    if case .unbound = stack[base + Int(ins.arg)] {
                        throw PyError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(frame.code.slotNames[Int(ins.arg)])' where it is not associated with a value")
                    }
                    stack[base + Int(ins.arg)] = .unbound
                case .loadDeref:
                    let cell = cellAt(stack[base + Int(ins.arg)])
                    if case .unbound = cell.value { throw unboundCell(frame.code, Int(ins.arg)) }
                    stack[sp] = cell.value
                    sp += 1
                case .storeDeref:
                    sp -= 1
                    cellAt(stack[base + Int(ins.arg)]).value = stack.take(sp)
                case .deleteDeref:
                    let cell = cellAt(stack[base + Int(ins.arg)])
                    if case .unbound = cell.value { throw unboundCell(frame.code, Int(ins.arg)) }
                    cell.value = .unbound
                case .loadClosure:
                    stack[sp] = stack[base + Int(ins.arg)]
                    sp += 1
                case .loadGlobal:
                    let v = frame.module.globals[Int(ins.arg)]
                    if case .unbound = v { throw nameError(frame.module.globalNames[Int(ins.arg)]) }
                    stack.put(v, at: sp)
                    sp += 1
                case .storeGlobal:
                    sp -= 1
                    frame.module.globals[Int(ins.arg)] = stack.take(sp)
                case .deleteGlobal:
                    let name = frame.module.globalNames[Int(ins.arg)]
                    if case .unbound = frame.module.globals[Int(ins.arg)] { throw nameError(name) }
                    frame.module.globals[Int(ins.arg)] = .unbound
                case .popTop:
                    sp -= 1
                    _ = stack.take(sp)
                case .dupTop:
                    stack[sp] = stack[sp - 1]
                    sp += 1
                case .dupTopTwo:
                    stack[sp] = stack[sp - 2]
                    stack[sp + 1] = stack[sp - 1]
                    sp += 2
                case .rotTwo:
                    let top = stack[sp - 1]
                    stack[sp - 1] = stack[sp - 2]
                    stack[sp - 2] = top
                case .rotThree:
                    let top = stack[sp - 1]
                    stack[sp - 1] = stack[sp - 2]
                    stack[sp - 2] = stack[sp - 3]
                    stack[sp - 3] = top
                case .rotFour:
                    let top = stack[sp - 1]
                    stack[sp - 1] = stack[sp - 2]
                    stack[sp - 2] = stack[sp - 3]
                    stack[sp - 3] = stack[sp - 4]
                    stack[sp - 4] = top
                case .binary, .inplace:
                    if case .int(let x) = stack[sp - 2], case .int(let y) = stack[sp - 1], ins.arg <= 1 {
                        let (v, o) = ins.arg == 0 ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                        if !o {
                            sp -= 1
                            (stack + sp - 1).pointee = .int(v)
                            break
                        }
                    }
                    // Floats (or a float and an int) under + - * and / by a non-zero: IEEE arithmetic, as CPython's.
                    if ins.arg <= 3, let (x, y) = Arithmetic.floatOperands(stack[sp - 2], stack[sp - 1]),
                       ins.arg != 3 || y != 0 {
                        let v: Double
                        switch ins.arg {
                        case 0: v = x + y
                        case 1: v = x - y
                        case 2: v = x * y
                        default: v = x / y
                        }
                        sp -= 1
                        (stack + sp - 1).pointee = .float(v)
                        break
                    }
                    let b = stack[sp - 1], a = stack[sp - 2]
                    let op = BinaryOp.cases[Int(ins.arg)]
                    let r: Value
                    if ins.op == .inplace, op == .add, case .object(let l) = a, l.kind == .list {
                        fiber.sp = sp
                        let added = try Iteration.materialize(b, vm: self)
                        try Cost.allocate(bytes: MemoryLayout<Value>.stride * added.count)
                        (l as! PyList).items += added
                        stack = fiber.stack
                        try limits.checkAllocation((l as! PyList).items.count)
                        r = a
                    } else {
                        r = try Arithmetic.binary(op, a, b, inPlace: ins.op == .inplace)
                    }
                    sp -= 1
                    _ = stack.take(sp)
                    stack[sp - 1] = r
                case .unaryNegative:
                    stack[sp - 1] = try Arithmetic.negate(stack[sp - 1])
                case .unaryPositive:
                    stack[sp - 1] = try Arithmetic.positive(stack[sp - 1])
                case .unaryNot:
                    stack[sp - 1] = .bool(!(try SpecialMethods.truth(stack[sp - 1])))
                case .unaryInvert:
                    stack[sp - 1] = try Arithmetic.invert(stack[sp - 1])
                case .compare:
                    if case .int(let x) = stack[sp - 2], case .int(let y) = stack[sp - 1], ins.arg < 6 {
                        let r: Bool
                        switch ins.arg {
                        case 0: r = x < y
                        case 1: r = x <= y
                        case 2: r = x == y
                        case 3: r = x != y
                        case 4: r = x > y
                        default: r = x >= y
                        }
                        sp -= 1
                        (stack + sp - 1).pointee = .bool(r)
                        break
                    }
                    let b = stack[sp - 1], a = stack[sp - 2]
                    let r: Value
                    if ins.arg >= 6 && ins.arg <= 7 {
                        fiber.sp = sp
                        r = .bool(try contains(b, a) == (ins.arg == 6))
                        try NativeStack.raiseTripped()
                        stack = fiber.stack
                    } else if ins.arg < 6, let special = try SpecialMethods.compare(CompareOp.cases[Int(ins.arg)], a, b) {
                        r = special
                    } else {
                        r = .bool(try Comparison.compare(CompareOp.cases[Int(ins.arg)], a, b))
                    }
                    sp -= 1
                    _ = stack.take(sp)
                    stack[sp - 1] = r
                case .jump:
                    if Int(ins.arg) < ip {
                        fiber.lastLine = -1
                        if preemptive {
                            if try preempting(at: Int(ins.arg), sp: sp, steps: &steps) { return .none }
                            stack = fiber.stack
                        }
                    }
                    ip = Int(ins.arg)
                case .popJumpIfFalse:
                    sp -= 1
                    if case .bool(let b) = stack[sp] {
                        if !b { ip = jumping(to: Int(ins.arg), from: ip) }
                    } else if !(try Truth.ofCondition(stack.take(sp))) {
                        ip = jumping(to: Int(ins.arg), from: ip)
                    }
                case .popJumpIfTrue:
                    sp -= 1
                    if try Truth.ofCondition(stack.take(sp)) { ip = jumping(to: Int(ins.arg), from: ip) }
                case .jumpIfFalseOrPop:
                    if !(try Truth.ofCondition(stack[sp - 1])) { ip = Int(ins.arg) } else { sp -= 1; _ = stack.take(sp) }
                case .jumpIfTrueOrPop:
                    if try Truth.ofCondition(stack[sp - 1]) { ip = Int(ins.arg) } else { sp -= 1; _ = stack.take(sp) }
                case .getIter:
                    stack[sp - 1] = .object(try Iteration.iterator(stack[sp - 1]))
                case .forIter:
                    guard case .object(let o) = stack[sp - 1] else { fatalError("forIter without an iterator") }
                    let it = unsafeDowncast(o, to: PyIterator.self)
                    if case .range = it.source {
                        if it.remaining > 0 {
                            it.remaining -= 1
                            let next = instructions[ip]
                            if next.op == .storeFast && !next.checksLine {
                                stack[base + Int(next.arg)] = .int(it.position)
                                ip += 1
                                steps -= 1
                            } else {
                                stack.put(.int(it.position), at: sp)
                                sp += 1
                            }
                            it.position &+= it.step
                        } else {
                            sp -= 1
                            stack[sp] = .none
                            ip = Int(ins.arg)
                        }
                    } else {
                        fiber.sp = sp
                        fiber.frames[fiber.frames.count - 1].ip = ip
                        if let v = try it.next(self) {
                            stack = fiber.stack
                            stack[sp] = v
                            sp += 1
                        } else {
                            stack = fiber.stack
                            sp -= 1
                            stack[sp] = .none
                            ip = Int(ins.arg)
                        }
                    }
                case .buildList, .buildTuple, .buildSet, .buildString:
                    let n = Int(ins.arg)
                    let items = Array(UnsafeBufferPointer(start: stack + sp - n, count: n))
                    fiber.clear(from: sp - n, to: sp)
                    sp -= n
                    switch ins.op {
                    case .buildList: stack[sp] = .object(PyList(items))
                    case .buildTuple: stack[sp] = .object(n == 0 ? PyTuple.empty : PyTuple(items))
                    case .buildSet:
                        let s = PySet()
                        for item in items { try s.add(item) }
                        stack[sp] = .object(s)
                    default:
                        var text = ""
                        for item in items { text += (item.asStr?.value ?? "") }
                        stack[sp] = .str(text)
                    }
                    sp += 1
                case .buildMap:
                    let n = Int(ins.arg)
                    let d = PyDict()
                    for k in 0..<n { try d.set(stack[sp - 2 * n + 2 * k], stack[sp - 2 * n + 2 * k + 1]) }
                    fiber.clear(from: sp - 2 * n, to: sp)
                    sp -= 2 * n
                    stack[sp] = .object(d)
                    sp += 1
                case .buildSlice:
                    let n = Int(ins.arg)
                    let slice = PySlice(start: stack[sp - n], stop: stack[sp - n + 1], step: n == 3 ? stack[sp - 1] : .none)
                    fiber.clear(from: sp - n, to: sp)
                    sp -= n
                    stack[sp] = .object(slice)
                    sp += 1
                case .listAppend:
                    sp -= 1
                    let l = stack[sp - Int(ins.arg)].asList!
                    l.items.append(stack.take(sp))
                    if l.items.count & 0xFFFF == 0 { try limits.checkAllocation(l.items.count) }
                case .setAdd:
                    sp -= 1
                    try stack[sp - Int(ins.arg)].asSet!.add(stack.take(sp))
                case .mapAdd:
                    sp -= 2
                    try stack[sp - Int(ins.arg)].asDict!.set(stack.take(sp), stack.take(sp + 1))
                case .listExtend:
                    sp -= 1
                    fiber.sp = sp
                    let items = try Iteration.materialize(stack.take(sp), vm: self)
                    stack = fiber.stack
                    stack[sp - Int(ins.arg)].asList!.items += items
                case .setUpdate:
                    sp -= 1
                    fiber.sp = sp
                    let s = stack[sp - Int(ins.arg)].asSet!
                    let source = stack.take(sp)
                    if let other = source.asSet {
                        s.merge(other)
                    } else {
                        try s.add(contentsOf: try Iteration.materialize(source, vm: self))
                        stack = fiber.stack
                    }
                case .dictUpdate, .dictMerge:
                    sp -= 1
                    let target = stack[sp - Int(ins.arg)].asDict!
                    try mergeMapping(into: target, stack.take(sp), rejectDuplicates: ins.op == .dictMerge, calleeIndex: sp - Int(ins.arg) - 2)
                case .listToTuple:
                    stack[sp - 1] = .object(PyTuple(stack[sp - 1].asList!.items))
                case .formatValue:
                    var spec = ""
                    if ins.arg & 4 != 0 {
                        sp -= 1
                        spec = stack.take(sp).asStr?.value ?? ""
                    }
                    stack[sp - 1] = .str(try Formatting.formatField(stack[sp - 1], conversion: Int(ins.arg & 3), spec: spec))
                case .subscription:
                    let index = stack[sp - 1], container = stack[sp - 2]
                    let r: Value
                    if case .object(let o) = container, o.kind == .list, case .int(let i) = index {
                        let items = unsafeDowncast(o, to: PyList.self).items
                        let j = i < 0 ? i + items.count : i
                        guard j >= 0 && j < items.count else { throw PyError.index("list index out of range") }
                        r = items[j]
                    } else {
                        r = try Subscript.get(container, index)
                    }
                    sp -= 1
                    stack[sp] = .none
                    stack[sp - 1] = r
                case .storeSubscript:
                    let index = stack[sp - 1], container = stack[sp - 2], value = stack[sp - 3]
                    if case .object(let o) = container, o.kind == .list, case .int(let i) = index {
                        let l = unsafeDowncast(o, to: PyList.self)
                        let j = i < 0 ? i + l.items.count : i
                        guard j >= 0 && j < l.items.count else { throw PyError.index("list assignment index out of range") }
                        l.items[j] = value
                    } else {
                        fiber.sp = sp
                        try Subscript.set(container, index, value, vm: self)
                        stack = fiber.stack
                    }
                    fiber.clear(from: sp - 3, to: sp)
                    sp -= 3
                case .deleteSubscript:
                    try Subscript.delete(stack[sp - 2], stack[sp - 1])
                    fiber.clear(from: sp - 2, to: sp)
                    sp -= 2
                case .loadAttr:
                    stack[sp - 1] = try Attributes.get(stack[sp - 1], frame.code.names[Int(ins.arg)], vm: self)
                case .storeAttr:
                    try Attributes.set(stack[sp - 1], frame.code.names[Int(ins.arg)], stack[sp - 2], vm: self)
                    fiber.clear(from: sp - 2, to: sp)
                    sp -= 2
                case .deleteAttr:
                    try Attributes.delete(stack[sp - 1], frame.code.names[Int(ins.arg)])
                    sp -= 1
                    _ = stack.take(sp)
                case .loadMethod:
                    let receiver = stack[sp - 1]
                    let name = frame.code.names[Int(ins.arg)]
                    if case .object(let o) = receiver, o.kind == .native, let instance = o as? PyInstance {
                        if !instance.type.customGetattribute, instance.field(name) == nil,
                           let found = ClassAttributes.find(instance.type, name),
                           found.value.object?.kind == .function || found.builtinMethod {
                            stack[sp - 1] = found.value
                            stack[sp] = found.builtinMethod
                                ? BuiltinSubclasses.receiver(found.value, receiver) : receiver
                        } else {
                            stack[sp - 1] = try Attributes.get(receiver, name, vm: self)
                            stack[sp] = .unbound
                        }
                    } else if case .object(let o) = receiver, o.kind != .module, o.kind != .type, o.kind != .exception || !TypeOf.type(of: o).isClass,
                              !(o is PySuper), let m = TypeOf.type(of: o).lookupMethod(name) {
                        stack[sp - 1] = .object(m)
                        stack[sp] = receiver
                    } else if case .object = receiver {
                        stack[sp - 1] = try Attributes.get(receiver, name, vm: self)
                        stack[sp] = .unbound
                    } else if let m = TypeOf.type(receiver).lookupMethod(name) {
                        stack[sp - 1] = .object(m)
                        stack[sp] = receiver
                    } else {
                        stack[sp - 1] = try Attributes.get(receiver, name, vm: self)
                        stack[sp] = .unbound
                    }
                    sp += 1
                case .call, .callMethod, .callKeywords, .callUnpacked:
                    var argc = Int(ins.arg)
                    var calleeIndex = sp - argc - 1
                    var kwargs: KeywordArguments = []
                    var firstArg = calleeIndex + 1
                    var positional: [Value]? = nil
                    switch ins.op {
                    case .callMethod:
                        calleeIndex = sp - argc - 2
                        if case .unbound = stack[calleeIndex + 1] {
                            firstArg = calleeIndex + 2
                        } else {
                            firstArg = calleeIndex + 1
                            argc += 1
                        }
                    case .callKeywords:
                        sp -= 1
                        let names = stack.take(sp).asTuple!.items
                        calleeIndex = sp - argc - 1
                        firstArg = calleeIndex + 1
                        let kwStart = sp - names.count
                        for (k, n) in names.enumerated() { kwargs.append((n.asStr!.value, stack[kwStart + k])) }
                        argc -= names.count
                    case .callUnpacked:
                        let hasKw = ins.arg & 1 != 0
                        calleeIndex = sp - (hasKw ? 3 : 2)
                        positional = stack[calleeIndex + 1].asTuple!.items
                        if hasKw {
                            for (k, v) in stack[sp - 1].asDict!.entries {
                                guard let name = k.asStr?.value else { throw PyError.type("keywords must be strings") }
                                kwargs.append((name, v))
                            }
                        }
                    default:
                        break
                    }
                    var callee = stack[calleeIndex]
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    if case .object(let o) = callee, o.kind == .native, let instance = o as? PyInstance,
                       let f = instance.type.lookupClassAttribute("__call__"), f.object?.kind == .function {
                        positional = [callee] + (positional ?? Array(UnsafeBufferPointer(start: stack + firstArg, count: argc)))
                        callee = f
                    }
                    if case .object(let o) = callee, o.kind == .boundMethod, let m = o as? PyBoundMethod, m.function.object?.kind == .function {
                        positional = [m.receiver] + (positional ?? Array(UnsafeBufferPointer(start: stack + firstArg, count: argc)))
                        callee = m.function
                    }
                    if case .object(let o) = callee, o.kind == .function {
                        let f = unsafeDowncast(o, to: PyFunction.self)
                        let code = f.code
                        if code.isGenerator || code.isCoroutine {
                            let args = positional ?? Array(UnsafeBufferPointer(start: stack + firstArg, count: argc))
                            let generator = code.isGenerator ? try makeGenerator(f, args, kwargs) : try makeCoroutine(f, args, kwargs)
                            fiber.clear(from: calleeIndex, to: sp)
                            sp = calleeIndex
                            stack[sp] = generator
                            sp += 1
                            continue
                        }
                        if positional == nil && kwargs.isEmpty && code.hasSimpleArguments && argc == code.signature.positionalCount && code.cellSlots.isEmpty {
                            if fiber.frames.count + framesBelow >= limits.maxRecursionDepth {
                                throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
                            }
                            fiber.sp = firstArg + argc
                            fiber.reserve(code.slotCount - argc + code.stackBound)
                            stack = fiber.stack
                            var i = firstArg + argc
                            while i < firstArg + code.slotCount {
                                stack[i] = .unbound
                                i += 1
                            }
                            fiber.push(Fiber.Frame(code: code, function: f, module: f.module, ip: 0, base: firstArg, resultSlot: calleeIndex, blockBase: fiber.blocks.count))
                            sp = firstArg + code.slotCount
                        } else {
                            let args = positional ?? Array(UnsafeBufferPointer(start: stack + firstArg, count: argc))
                            let locals = try bindArguments(f, args, kwargs)
                            fiber.clear(from: calleeIndex + 1, to: sp)
                            fiber.sp = calleeIndex + 1
                            try pushFrame(code: code, function: f, module: f.module, arguments: locals, resultSlot: calleeIndex)
                            stack = fiber.stack
                            sp = fiber.sp
                        }
                        frame = fiber.frames[fiber.frames.count - 1]
                        instructions = code.instructions
                        constants = code.constants
                        ip = 0
                        base = frame.base
                    } else {
                        let args = positional ?? Array(UnsafeBufferPointer(start: stack + firstArg, count: argc))
                        fiber.sp = sp
                        stepsLeft = steps
                        suspendableDepth = nativeDepth + 1
                        defer { suspendableDepth = -1 }
                        let result = try callNative(callee, args, kwargs)
                        steps = stepsLeft
                        stack = fiber.stack
                        fiber.clear(from: calleeIndex + 1, to: sp)
                        sp = calleeIndex
                        stack[sp] = result
                        sp += 1
                        if fiber.suspended {
                            fiber.sp = sp
                            return .none
                        }
                    }
                    if preemptive {
                        if try preempting(at: ip, sp: sp, steps: &steps) { return .none }
                        stack = fiber.stack
                    }
                case .makeFunction:
                    sp -= 1
                    let code = stack.take(sp).object as! CodeObject
                    var closure: [PyCell] = []
                    var kwDefaults: PyDict?
                    var defaults: [Value] = []
                    var annotations: PyDict?
                    if ins.arg & 4 != 0 {
                        sp -= 1
                        closure = stack.take(sp).asTuple!.items.map { $0.object as! PyCell }
                    }
                    if ins.arg & 8 != 0 {
                        sp -= 1
                        annotations = stack.take(sp).asDict
                    }
                    if ins.arg & 2 != 0 {
                        sp -= 1
                        kwDefaults = stack.take(sp).asDict
                    }
                    if ins.arg & 1 != 0 {
                        sp -= 1
                        defaults = stack.take(sp).asTuple!.items
                    }
                    let function = PyFunction(code: code, module: frame.module, defaults: defaults,
                                              keywordDefaults: kwDefaults, closure: closure)
                    function.annotations = annotations
                    stack[sp] = .object(function)
                    sp += 1
                case .returnValue:
                    let result = stack[sp - 1]
                    let finished = fiber.popFrame()
                    if let coroutine = finished.coroutine {
                        coroutine.state = .done
                        if sink != nil { coroutineLeft(coroutine, kind: .coroReturn, text: Repr.repr(result)) }
                    }
                    fiber.clear(from: finished.resultSlot, to: sp)
                    sp = finished.resultSlot
                    if fiber.frames.count <= stopDepth {
                        fiber.sp = sp
                        return result
                    }
                    stack[sp] = result
                    sp += 1
                    frame = fiber.frames[fiber.frames.count - 1]
                    instructions = frame.code.instructions
                    constants = frame.code.constants
                    ip = frame.ip
                    base = frame.base
                case .unpackSequence:
                    let n = Int(ins.arg)
                    let v = stack[sp - 1]
                    let items: [Value]
                    if case .object(let o) = v, o.kind == .tuple {
                        items = unsafeDowncast(o, to: PyTuple.self).items
                    } else {
                        fiber.sp = sp
                        items = try Unpacking.items(v, vm: self)
                        stack = fiber.stack
                    }
                    guard items.count == n else { throw Unpacking.countError(expected: n, got: items.count) }
                    sp -= 1
                    for k in 0..<n { stack[sp + k] = items[n - 1 - k] }
                    sp += n
                case .unpackStarred:
                    let before = Int(ins.arg & 0xFF), after = Int(ins.arg >> 8)
                    fiber.sp = sp
                    let items = try Unpacking.items(stack[sp - 1], vm: self)
                    stack = fiber.stack
                    guard items.count >= before + after else {
                        throw PyError.value("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                    }
                    let middle = PyList(Array(items[before..<(items.count - after)]))
                    let ordered = Array(items[..<before]) + [.object(middle)] + Array(items[(items.count - after)...])
                    sp -= 1
                    for k in 0..<ordered.count { stack[sp + k] = ordered[ordered.count - 1 - k] }
                    sp += ordered.count
                case .setupExcept:
                    fiber.blocks.append(Fiber.Block(kind: .except, handler: Int(ins.arg), level: sp))
                case .popBlock:
                    fiber.blocks.removeLast()
                case .popExcept:
                    fiber.blocks.removeLast()
                    fiber.handling.removeLast()
                case .reraise:
                    sp -= 1
                    let exc = stack.take(sp).object as! PyException
                    throw Reraise(exception: exc)
                case .raise:
                    throw try makeRaise(Int(ins.arg), sp: &sp, stack: stack)
                case .jumpIfNotExceptionMatch:
                    let type = stack[sp - 1], exc = stack[sp - 2]
                    sp -= 2
                    fiber.clear(from: sp, to: sp + 2)
                    if !(try exceptionMatches(exc, type)) { ip = Int(ins.arg) }
                case .beforeWith:
                    let manager = stack[sp - 1]
                    fiber.sp = sp
                    let (exit, enter) = try contextMethods(manager)
                    stack[sp - 1] = exit
                    stack[sp] = enter
                    sp += 1
                case .setupWith:
                    fiber.blocks.append(Fiber.Block(kind: .except, handler: Int(ins.arg), level: sp - 1))
                case .setupAsyncWith:
                    fiber.sp = sp
                    let (exit, enter) = try asyncContextMethods(stack[sp - 1])
                    stack[sp - 1] = exit
                    let entered = try call(enter, [])
                    stack = fiber.stack
                    stack[sp] = entered
                    sp += 1
                case .asyncWithExitNormally:
                    let exit = stack[sp - 1]
                    fiber.sp = sp
                    let awaitable = try call(exit, [.none, .none, .none])
                    stack = fiber.stack
                    stack[sp - 1] = awaitable
                case .asyncWithExitException:
                    let exc = stack[sp - 1].object as! PyException
                    fiber.sp = sp
                    let awaitable = try call(stack[sp - 2], [.object(exc.type), .object(exc), .none])
                    stack = fiber.stack
                    stack[sp] = awaitable
                    sp += 1
                case .classNamespace:
                    stack[sp] = .object(try classNamespace(frame.code, locals: stack + base, module: frame.module))
                    sp += 1
                case .makeClass:
                    sp -= 1
                    let namespace = stack.take(sp).asDict!
                    var keywords: PyDict?
                    if ins.arg & 1 == 1 {
                        sp -= 1
                        keywords = stack.take(sp).asDict!
                    }
                    sp -= 1
                    let bases = stack.take(sp).asTuple!.items
                    // A class's making runs Python (__set_name__, __init_subclass__, a metaclass) on this fiber.
                    fiber.sp = sp
                    let made = try defineClass(frame.code.names[Int(ins.arg) >> 1], namespace: namespace, bases: bases,
                                               keywords: keywords, module: frame.module)
                    stack = fiber.stack
                    stack[sp] = made
                    sp += 1
                case .withExitNormally:
                    sp -= 1
                    let exit = stack.take(sp)
                    fiber.sp = sp
                    _ = try call(exit, [.none, .none, .none])
                    stack = fiber.stack
                case .withExitException:
                    let exc = stack[sp - 1].object as! PyException
                    fiber.sp = sp
                    let suppress = try call(stack[sp - 2], [.object(exc.type), .object(exc), .none])
                    stack = fiber.stack
                    if try Truth.ofCondition(suppress) { ip = Int(ins.arg) }
                case .importName:
                    let name = frame.code.names[Int(ins.arg) >> 1]
                    // A module made of library Python runs on this fiber: it may grow the stack.
                    fiber.sp = sp
                    let module = try importModule(name, leaf: ins.arg & 1 == 1)
                    stack = fiber.stack
                    stack[sp] = .object(module)
                    sp += 1
                case .importFrom:
                    let module = stack[sp - 1].object as! PyModule
                    let name = frame.code.names[Int(ins.arg)]
                    fiber.sp = sp
                    let found = try module.attribute(name) ?? submodule(of: module, name)
                    stack = fiber.stack
                    guard let v = found else {
                        throw PyError(ExceptionTypes.importError, "cannot import name '\(name)' from '\(module.name)' (unknown location)")
                    }
                    stack = fiber.stack
                    stack[sp] = v
                    sp += 1
                case .yieldValue:
                    sp -= 1
                    let value = stack.take(sp)
                    fiber.sp = sp
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    fiber.yielded = true
                    return value
                case .getAwaitable:
                    stack[sp - 1] = try awaitable(stack[sp - 1])
                case .awaitValue:
                    if let coroutine = stack[sp - 1].object as? PyCoroutine {
                        coroutine.state = .running
                        coroutine.claimed = true
                        fiber.frames[fiber.frames.count - 1].ip = ip
                        fiber.sp = sp
                        let code = coroutine.function.code
                        try pushFrame(code: code, function: coroutine.function, module: coroutine.function.module, arguments: coroutine.arguments, resultSlot: sp - 1)
                        fiber.frames[fiber.frames.count - 1].coroutine = coroutine
                        if sink != nil { coroutineEntered(coroutine, awaitSite: Int(ins.arg)) }
                        frame = fiber.frames[fiber.frames.count - 1]
                        instructions = code.instructions
                        constants = code.constants
                        ip = 0
                        base = frame.base
                        stack = fiber.stack
                        sp = fiber.sp
                        break
                    }
                    let (ready, value) = try poll(stack[sp - 1])
                    if ready {
                        stack[sp - 1] = value
                        break
                    }
                    guard stopDepth == 0 else { throw PyError.runtime("'await' inside a callback that a builtin runs is not supported") }
                    fiber.frames[fiber.frames.count - 1].ip = ip - 1
                    fiber.sp = sp
                    fiber.yielded = true
                    fiber.awaitSuspended = true
                    return value
                case .loadAssertionError:
                    stack[sp] = .object(ExceptionTypes.assertionError)
                    sp += 1
                case .getYieldFromIter:
                    if stack[sp - 1].object is PyCoroutine {
                        throw PyError.type("cannot 'yield from' a coroutine object in a non-coroutine generator")
                    }
                    // A future's and a coroutine's `__await__` iterators are driven through their methods.
                    if !(stack[sp - 1].object is FutureIterator || stack[sp - 1].object is CoroutineWrapper) {
                        stack[sp - 1] = .object(try Iteration.iterator(stack[sp - 1]))
                    }
                case .yieldFrom:
                    fiber.sp = sp
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    let outcome = try delegateSend(stack[sp - 2], stack[sp - 1])
                    stack = fiber.stack
                    sp -= 1
                    _ = stack.take(sp)
                    switch outcome {
                    case .yielded(let value), .awaiting(let value):
                        fiber.sp = sp
                        fiber.frames[fiber.frames.count - 1].ip = ip - 1
                        fiber.yielded = true
                        return value
                    case .returned(let result):
                        stack[sp - 1] = result
                    }
                case .getAIter, .getANext, .endAsyncFor:
                    fiber.sp = sp
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    try asyncIterationStep(ins.op)
                    stack = fiber.stack
                    sp = fiber.sp
                case .matchSequence, .matchMapping, .getLength, .matchKeys, .copyDictWithoutKeys, .matchClass:
                    fiber.sp = sp
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    try patternStep(ins.op, Int(ins.arg))
                    stack = fiber.stack
                    sp = fiber.sp
                case .prepareExceptStar, .splitExceptStar, .reraiseExceptStar:
                    fiber.sp = sp
                    fiber.frames[fiber.frames.count - 1].ip = ip
                    try exceptStarStep(ins.op)
                    stack = fiber.stack
                    sp = fiber.sp
                }
            } catch let error as PyError {
                fiber.sp = sp
                fiber.frames[fiber.frames.count - 1].ip = ip
                stepsLeft = steps
                try unwind(error.exception, stopDepth: stopDepth, addEntry: true)
                steps = stepsLeft
                frame = fiber.frames[fiber.frames.count - 1]
                instructions = frame.code.instructions
                constants = frame.code.constants
                ip = frame.ip
                base = frame.base
                stack = fiber.stack
                sp = fiber.sp
            } catch let reraise as Reraise {
                fiber.sp = sp
                fiber.frames[fiber.frames.count - 1].ip = ip
                try unwind(reraise.exception, stopDepth: stopDepth, addEntry: false)
                frame = fiber.frames[fiber.frames.count - 1]
                instructions = frame.code.instructions
                constants = frame.code.constants
                ip = frame.ip
                base = frame.base
                stack = fiber.stack
                sp = fiber.sp
            }
        }
    }

    @inline(__always) func cellAt(_ v: Value) -> PyCell {
        unsafeDowncast(v.object!, to: PyCell.self)
    }

    func unboundCell(_ code: CodeObject, _ slot: Int) -> PyError {
        let name = code.slotNames[slot]
        if code.freeSlots.contains(slot) {
            return PyError(ExceptionTypes.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        }
        return PyError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func nameError(_ name: String) -> PyError {
        let e = PyException(ExceptionTypes.nameError, "name '\(name)' is not defined")
        e.attributes["name"] = .str(name)
        let frame = fiber.frames.last
        var candidates = frame?.code.slotNames.filter { !$0.hasPrefix(".") } ?? []
        if let module = frame?.module {
            candidates += module.globalNames.indices.filter { !module.globals[$0].isUnbound }.map { module.globalNames[$0] }
        }
        candidates += Builtins.table.keys.sorted()
        if let s = Suggestions.closest(to: name, among: candidates) { e.attributes["suggestion"] = .str(s) }
        return PyError(e)
    }
}

/// An exception re-raised as it is (bare `raise`, end of `finally`): its traceback gains no entry here.
struct Reraise: Error {
    let exception: PyException
}

extension UnsafeMutablePointer where Pointee == Value {
    /// Takes the value out of slot `i`, leaving `.none`: slots at and above the stack top hold no references.
    @inline(__always) func take(_ i: Int) -> Value {
        let v = (self + i).move()
        (self + i).initialize(to: .none)
        return v
    }

    /// Puts `v` into slot `i`, which holds no reference (it is at or above the stack top).
    @inline(__always) func put(_ v: Value, at i: Int) {
        (self + i).initialize(to: v)
    }
}

extension VM {
    /// A conditional jump to `target` taken at `ip`: backward, it is a line event wherever it lands (`LineEvents`).
    @inline(__always) func jumping(to target: Int, from ip: Int) -> Int {
        if target < ip { fiber.lastLine = -1 }
        return target
    }

    /// Saves the loop's registers and pays for the bytecode run so far; true when the thread stops here (it
    /// waits for the GIL or a core).
    @inline(__always) func paying(at ip: Int, sp: Int, steps: inout Int) throws -> Bool {
        try withRegistersSaved(at: ip, sp: sp, steps: &steps) { try payForBytecode() }
    }

    /// Runs `body` with the loop's registers saved in the fiber and the VM, taking back the steps it leaves.
    @inline(__always) private func withRegistersSaved(at ip: Int, sp: Int, steps: inout Int,
                                                      _ body: () throws -> Bool) throws -> Bool {
        fiber.frames[fiber.frames.count - 1].ip = ip
        fiber.sp = sp
        stepsLeft = steps
        let suspended = try body()
        steps = stepsLeft
        return suspended
    }

    /// A preemption point of the dispatch loop (`preemptive` runs only): saves the loop's registers (`ip` is
    /// where the frame goes on), offers the switch, and reloads the step count. True when the fiber suspended.
    @inline(__always) func preempting(at ip: Int, sp: Int, steps: inout Int) throws -> Bool {
        try withRegistersSaved(at: ip, sp: sp, steps: &steps) { try preemptionPoint() }
    }
}

// Helpers of the dispatch loop's hot paths, defined in this file so the optimiser inlines them into
// `run` (the Runtime target is compiled file by file: a body in another file is always a call).

extension Fiber {
    /// Pushes `frame`, keeping the line of the frame below in it while it waits (`lastLine`).
    @inline(__always) func push(_ frame: Frame) {
        if !frames.isEmpty { frames[frames.count - 1].lastLine = lastLine }
        frames.append(frame)
        lastLine = -1
    }

    /// Pops the running frame; the frame below runs on from its own last line.
    @inline(__always) func popFrame() -> Frame {
        let finished = frames.removeLast()
        if !frames.isEmpty { lastLine = frames[frames.count - 1].lastLine }
        return finished
    }

    /// Drops references held in slots `from..<to` so objects die when Python code forgets them.
    @inline(__always) func clear(from: Int, to: Int) {
        var i = from
        while i < to {
            stack[i] = .none
            i += 1
        }
    }
}

extension Arithmetic {
    /// Two operands of which one is a float and the other a float or a machine int (the VM's fast path).
    @inline(__always) static func floatOperands(_ a: Value, _ b: Value) -> (Double, Double)? {
        switch (a, b) {
        case (.float(let x), .float(let y)): return (x, y)
        case (.float(let x), .int(let y)) where y.magnitude <= 1 << 53: return (x, Double(y))
        case (.int(let x), .float(let y)) where x.magnitude <= 1 << 53: return (Double(x), y)
        default: return nil
        }
    }
}
