/// The Swift helpers `traceback` and `warnings` run on: the VM's traceback rendering, the exception being
/// handled, the frames of an exception or a traceback object, the scenario's stack and source lines, its stderr,
/// and `warnings.showwarning` as the scenario set it (`_shower()` reads it, `_shower(f)` sets it).
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
        let frames = VM.function("traceback", "_frames") { vm, args, _ in
            let exc = (args.first?.object as? PyTraceback)?.exception ?? args.first?.object as? PyException
            return .str(exc.map { Traceback.frames($0, source: vm.source) } ?? "")
        }
        let shower = VM.function("warnings", "_shower") { vm, args, _ in
            guard let module = vm.modules["warnings"] else { return .none }
            if args.count == 1 { module.attributes["showwarning"] = args[0] }
            return module.attributes["showwarning"] ?? .none
        }
        for (name, value) in [exceptionOnly, sourceLine, frames, shower] { natives[name] = value }
        return natives
    }
}
