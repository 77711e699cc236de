/// Prints compiled code as text, clox-style: one line per instruction with
/// its source line, opcode and decoded argument, nested code objects after.
enum Disassembler {
    static func render(_ code: CodeObject, globals: GlobalTable) -> String {
        var out = ""
        var pending = [code]
        while !pending.isEmpty {
            let c = pending.removeFirst()
            out += "== \(c.qualifiedName) (line \(c.firstLine)) ==\n"
            if !c.slotNames.isEmpty {
                out += "slots: " + c.slotNames.enumerated().map { i, n in c.cellSlots.contains(i) ? "\(n)*" : n }.joined(separator: " ") + "\n"
            }
            for site in c.awaitSites {
                out += "await site \(site.index): line \(site.line) column \(site.column) '\(site.text)'\n"
            }
            var lastLine = -1
            for (i, ins) in c.instructions.enumerated() {
                let line = c.positions[i].start.line
                let lineText = line == lastLine ? "    |" : String(repeating: " ", count: max(0, 5 - String(line).count)) + String(line)
                lastLine = line
                let index = String(repeating: " ", count: max(0, 4 - String(i).count)) + String(i)
                let opName = "\(ins.op)"
                let name = opName + String(repeating: " ", count: max(0, 22 - opName.count))
                out += "\(lineText) \(index) \(name) \(describe(ins, in: c, globals: globals))\n"
            }
            for case .object(let o) in c.constants {
                if let nested = o as? CodeObject { pending.append(nested) }
            }
            out += "\n"
        }
        return out
    }

    static func describe(_ ins: Instruction, in code: CodeObject, globals: GlobalTable) -> String {
        let a = Int(ins.arg)
        switch ins.op {
        case .loadConst:
            if case .object(let o) = code.constants[a], let c = o as? CodeObject { return "\(a) (<code \(c.qualifiedName)>)" }
            return "\(a) (\(Repr.repr(code.constants[a])))"
        case .loadFast, .storeFast, .deleteFast, .loadClassLocal, .loadDeref, .storeDeref, .deleteDeref, .loadClosure:
            return "\(a) (\(code.slotNames[a]))"
        case .loadGlobal, .storeGlobal, .deleteGlobal:
            return "\(a) (\(globals.names[a]))"
        case .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importFrom:
            return "\(a) (\(code.names[a]))"
        case .importName:
            return "\(a >> 1) (\(code.names[a >> 1]))\(a & 1 == 1 ? " leaf" : "")"
        case .binary, .inplace:
            return "\(a) (\(BinaryOp.allCases[a].rawValue))"
        case .compare:
            return "\(a) (\(CompareOp.allCases[a].rawValue))"
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter,
             .setupExcept, .setupWith, .withExitException, .jumpIfNotExceptionMatch:
            return "to \(a)"
        case .nop, .popTop, .dupTop, .dupTopTwo, .rotTwo, .rotThree, .rotFour, .unaryNegative, .unaryPositive,
             .unaryNot, .unaryInvert, .getIter, .listToTuple, .subscription, .storeSubscript, .deleteSubscript,
             .returnValue, .popBlock, .popExcept, .reraise, .beforeWith, .withExitNormally, .loadAssertionError, .yieldValue, .getAwaitable,
             .setupAsyncWith, .asyncWithExitNormally, .asyncWithExitException, .classNamespace,
             .getYieldFromIter, .yieldFrom, .getAIter, .getANext, .endAsyncFor, .matchSequence, .matchMapping,
             .getLength, .matchKeys, .copyDictWithoutKeys, .prepareExceptStar, .splitExceptStar, .reraiseExceptStar:
            return ""
        case .awaitValue:
            return "\(a) (site '\(code.awaitSites[a].text)')"
        case .makeClass:
            return "\(a) (\(code.names[a >> 1])\(a & 1 == 1 ? ", keywords" : ""))"
        default:
            return "\(a)"
        }
    }
}
