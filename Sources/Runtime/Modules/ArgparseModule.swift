/// `argparse`: its library Python (formatting, actions, the parser, parsing) run as one module over `sys`
/// (argv, the output streams) and `textwrap` (help text filled as CPython fills it).
enum ArgparseModule {
    static func make(_ vm: VM) throws -> PyModule {
        let natives: [String: Value] = [
            "_sys": .object(try vm.importModule("sys", leaf: true)),
            "_textwrap": .object(try vm.importModule("textwrap", leaf: true)),
        ]
        let text = [ArgparseFormatterSource.text, ArgparseActionsSource.text, ArgparseParserSource.text,
                    ArgparseParsingSource.text].joined(separator: "\n\n")
        return try LibraryModule.make("argparse", text: text, natives: natives, vm: vm)
    }
}
