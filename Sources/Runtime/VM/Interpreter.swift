/// Options for one run of a scenario.
public struct RunOptions: Sendable {
    public var limits: Limits
    /// The seed `random` starts from, so unseeded scenarios are deterministic too.
    public var seed: Int

    public init(limits: Limits = Limits(), seed: Int = 0) {
        self.limits = limits
        self.seed = seed
    }
}

/// The entry points of the runtime: check a scenario, show its bytecode, run it.
public enum Interpreter {
    /// Every module name an `import` may use.
    public static var availableModules: [String] { ModuleRegistry.available }

    /// Loads and compiles without running; the errors, or nil when the scenario is clean.
    public static func check(_ source: SourceFile) -> LoadErrors? {
        do {
            _ = try Compiler.compile(source, availableModules: availableModules)
            return nil
        } catch {
            return error
        }
    }

    /// The compiled bytecode of every code object, as readable text.
    public static func disassemble(_ source: SourceFile) throws(LoadErrors) -> String {
        let (code, globals) = try Compiler.compile(source, availableModules: availableModules)
        return Disassembler.render(code, globals: globals)
    }

    /// Runs a scenario as `python3 FILE` would; returns the exit status (0, or 1 after an error).
    /// `sink`, when given, receives every scheduling event in order.
    public static func run(_ source: SourceFile, options: RunOptions = RunOptions(), sink: EventSink? = nil, write: @escaping (StandardStream, String) -> Void) -> Int32 {
        let code: CodeObject
        let globals: GlobalTable
        do {
            (code, globals) = try Compiler.compile(source, availableModules: availableModules)
        } catch {
            write(.stderr, error.rendered(in: source))
            return 1
        }
        let vm = VM(source: source, globals: globals, limits: options.limits, seed: options.seed, sink: sink, write: write)
        return Repr.$identities.withValue(IdentityNumbering(vm)) {
            vm.emit(.runStart, text: source.path)
            var message = ""
            var status: Int32 = 0
            do {
                try vm.runModule(code)
            } catch let error as PyError where error.exception.type.isSubtype(of: ExceptionTypes.systemExit) {
                (status, message) = exitStatus(of: error.exception, vm: vm)
            } catch let error as PyError {
                vm.write(.stderr, Traceback.render(error.exception, source: source))
                (status, message) = (1, Traceback.lastLine(error.exception))
            } catch let deadlock as Deadlock {
                vm.exited = true
                vm.write(.stderr, deadlock.report(source: source))
                (status, message) = (1, "deadlock")
            } catch let stop as RunStop {
                vm.write(.stderr, stop.message + "\n")
                message = stop.message
                status = stop.status
            } catch {
                vm.write(.stderr, "internal error: \(error)\n")
                (status, message) = (1, "internal error")
            }
            vm.emitExitWarnings()
            vm.emit(.runEnd, index: Int(status), text: message)
            return status
        }
    }

    /// An uncaught `SystemExit`: no traceback; its code is the exit status (a non-int code is printed, status 1).
    static func exitStatus(of exit: PyException, vm: VM) -> (Int32, String) {
        let code = exit.args.first ?? .none
        if code.isNoneValue { return (0, "SystemExit") }
        if case .int(let n) = code { return (Int32(truncatingIfNeeded: n), "SystemExit: \(n)") }
        vm.write(.stderr, Repr.str(code) + "\n")
        return (1, "SystemExit: " + Repr.str(code))
    }
}
