/// A generator dropped while suspended is closed, as CPython closes it when its last reference goes: its
/// `finally` blocks and `with` exits run (a lock it holds is released) before the program goes on. Closing
/// runs on the generator's own fiber; generators dropped while one closes wait their turn. An exception the
/// close raises is printed as CPython prints it (`Exception ignored in: …`) and goes no further; a stop (a
/// limit, a signal) is kept and raised at the run's next point that can throw.
enum GeneratorFinalizer {
    static func collected(_ body: GeneratorBody) {
        guard let vm = SpecialMethods.currentVM, vm.closesDroppedGenerators else { return }
        vm.droppedGenerators.append(body)
        guard !vm.closingDroppedGenerators else { return }
        vm.closingDroppedGenerators = true
        defer { vm.closingDroppedGenerators = false }
        while !vm.droppedGenerators.isEmpty {
            let next = vm.droppedGenerators.removeFirst()
            do {
                try vm.close(next)
            } catch let error as PyError {
                // CPython reports the exception alone, not the GeneratorExit it replaced.
                if error.exception.context?.type === ExceptionTypes.generatorExit { error.exception.context = nil }
                let name = next.code.qualifiedName
                vm.write(.stderr, "Exception ignored in: <generator object \(name)>\n"
                         + Traceback.render(error.exception, source: vm.source))
            } catch {
                // A stop (a limit, a signal) is raised where the run can next throw.
                NativeStack.remember(error)
            }
        }
    }
}
