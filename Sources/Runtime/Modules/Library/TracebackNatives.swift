/// The Swift helpers `traceback` and `warnings` run on: the VM's traceback rendering, the exception being
/// handled, the scenario's stack and source lines, and its stderr.
enum TracebackNatives {
    static func make() -> [String: Value] {
        var natives = LoggingModule.functions
        let exceptionOnly = VM.function("traceback", "_exception_only") { _, args, _ in
            guard let exc = args.first?.object as? PyException else { return .str("NoneType: None\n") }
            return .str(Traceback.exceptionOnly(exc))
        }
        let sourceLine = VM.function("warnings", "_source_line") { vm, args, _ in
            guard Repr.str(args[0]) == vm.source.tracebackPath, let line = Arithmetic.intValue(args[1]) else {
                return .none
            }
            return .str(vm.source.line(line))
        }
        for (name, value) in [exceptionOnly, sourceLine] { natives[name] = value }
        return natives
    }
}
