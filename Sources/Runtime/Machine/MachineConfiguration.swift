/// `sim.configure(...)`: the scenario's own machine model, for every field no command-line flag fixed.
extension Machine {
    func configure(_ kw: KeywordArguments) throws {
        if threaded || processes.count > 1 {
            throw PyError.runtime("sim.configure() must be called before the first thread or process starts")
        }
        for (name, value) in kw where !model.fixed.contains(name) {
            switch name {
            case "cpus":
                guard case .int(let n) = value, n >= 1, n <= 1024 else { throw PyError.value("configure(): cpus must be an int from 1 to 1024") }
                model.cpus = n
            case "gil":
                guard case .bool(let b) = value else { throw PyError.type("configure(): gil must be True or False") }
                model.gil = b
            default:
                guard let d = Arithmetic.floatValue(value), d.isFinite, d >= 0 else {
                    throw PyError.value("configure(): \(name) must be a non-negative number of seconds")
                }
                switch name {
                case "switch_interval":
                    guard d >= 1e-6 && d <= 3600 else { throw PyError.value("configure(): switch_interval must be from 1e-06 to 3600 seconds") }
                    model.switchInterval = d
                case "process_start": model.processStart = d
                case "thread_start": model.threadStart = d
                case "pickle_cost": model.pickleCost = d
                case "line_cost": model.lineCost = d
                default: model.instructionCost = d
                }
            }
        }
        resetCores()
    }
}
