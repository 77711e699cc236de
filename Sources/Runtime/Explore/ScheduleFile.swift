/// A schedule as its JSON file holds it, and back: one object, `"asyncviz_schedule": 1` first.
extension Schedule {
    /// The file's text (one JSON object, a choice per line).
    public var fileText: String {
        func number(_ d: Double) -> JSON { .number(d, text: "\(d)") }
        func integer(_ n: Int) -> JSON { .number(Double(n), text: String(n)) }
        let m = machine
        var machineFields: [(String, JSON)] = [
            ("cpus", integer(m.cpus)), ("gil", .bool(m.gil)), ("switch_interval", number(m.switchInterval)),
            ("process_start", number(m.processStart)), ("thread_start", number(m.threadStart)),
            ("pickle_cost", number(m.pickleCost)), ("instruction_cost", number(m.instructionCost)),
            ("line_cost", number(m.lineCost)), ("fixed", .array(m.fixed.sorted().map { .string($0) })),
        ]
        if let pool = m.pool { machineFields.append(("pool", .string(pool.rawValue))) }
        if let workers = m.workers { machineFields.append(("workers", integer(workers))) }
        let head: [(String, JSON)] = [
            ("asyncviz_schedule", integer(Schedule.version)), ("scenario", .string(scenario)),
            ("sha256", .string(digest)), ("seed", integer(seed)), ("arguments", .array(arguments.map { .string($0) })),
            ("machine", .object(machineFields)), ("jitter", number(jitter)), ("strategy", .string(strategy)),
            ("failure", .string(failure)),
        ]
        let lines = choices.map { c -> String in
            JSON.object([("index", integer(c.index)), ("kind", .string(c.kind)), ("choice", integer(c.choice)),
                         ("thread", .string(c.thread)), ("line", integer(c.line)), ("time", number(c.time)),
                         ("detail", .string(c.detail))]).text
        }
        let fields = head.map { JSON.quote($0.0) + ": " + $0.1.text }
        return "{\n  " + fields.joined(separator: ",\n  ") + ",\n  \"choices\": [\n"
            + lines.map { "    " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    /// Why a schedule file cannot be read.
    public struct FileProblem: Error, Equatable {
        public let message: String
    }

    /// The schedule a file's text holds.
    public init(fileText text: String) throws(FileProblem) {
        let json: JSON
        do { json = try JSON.parse(text) } catch {
            throw FileProblem(message: "not JSON (\(error.message) at byte \(error.offset))")
        }
        guard let version = json["asyncviz_schedule"]?.int else {
            throw FileProblem(message: "not an asyncviz schedule (no \"asyncviz_schedule\" field)")
        }
        guard version == Schedule.version else {
            throw FileProblem(message: "schedule version \(version); this asyncviz reads version \(Schedule.version)")
        }
        func field<T>(_ key: String, _ read: (JSON) -> T?) throws(FileProblem) -> T {
            guard let value = json[key], let v = read(value) else { throw FileProblem(message: "field \"\(key)\" is missing or wrong") }
            return v
        }
        let machine = try field("machine") { Schedule.machine($0) }
        let choices = try field("choices") { Schedule.choices($0) }
        self.init(scenario: try field("scenario") { $0.string }, digest: try field("sha256") { $0.string },
                  seed: try field("seed") { $0.int },
                  arguments: try field("arguments") { v in Schedule.strings(v) },
                  machine: machine, jitter: try field("jitter") { $0.double },
                  strategy: try field("strategy") { $0.string }, failure: try field("failure") { $0.string },
                  choices: choices)
    }

    private static func strings(_ v: JSON) -> [String]? {
        guard case .array(let items) = v else { return nil }
        let texts = items.compactMap(\.string)
        return texts.count == items.count ? texts : nil
    }

    private static func machine(_ v: JSON) -> MachineModel? {
        var m = MachineModel()
        guard let cpus = v["cpus"]?.int, case .bool(let gil)? = v["gil"], let interval = v["switch_interval"]?.double,
              let start = v["process_start"]?.double, let threadStart = v["thread_start"]?.double,
              let pickle = v["pickle_cost"]?.double, let instruction = v["instruction_cost"]?.double,
              let fixed = v["fixed"].flatMap(strings) else { return nil }
        (m.cpus, m.gil, m.switchInterval, m.processStart) = (cpus, gil, interval, start)
        (m.threadStart, m.pickleCost, m.instructionCost, m.fixed) = (threadStart, pickle, instruction, Set(fixed))
        m.lineCost = v["line_cost"]?.double ?? m.lineCost
        if let pool = v["pool"]?.string {
            guard let kind = MachineModel.PoolKind(rawValue: pool) else { return nil }
            m.pool = kind
        }
        m.workers = v["workers"]?.int
        return m
    }

    private static func choices(_ v: JSON) -> [ForcedChoice]? {
        guard case .array(let items) = v else { return nil }
        var out: [ForcedChoice] = []
        for item in items {
            guard let index = item["index"]?.int, let kind = item["kind"]?.string, let choice = item["choice"]?.int,
                  index >= 0, choice > 0 else { return nil }
            out.append(ForcedChoice(index: index, kind: kind, choice: choice, detail: item["detail"]?.string ?? "",
                                    thread: item["thread"]?.string ?? "", line: item["line"]?.int ?? -1,
                                    time: item["time"]?.double ?? 0))
        }
        return out
    }
}
