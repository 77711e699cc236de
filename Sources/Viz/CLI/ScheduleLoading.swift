import ArgumentParser
import Foundation
import Runtime

/// Reading a schedule file `explore --save` wrote, with one clear line for each way it can fail.
enum ScheduleLoading {
    /// The schedule at `path` for `source`, or its problem on stderr and exit status 2.
    static func loadOrExit(_ path: String, for source: SourceFile) throws -> Schedule {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("asyncviz: \(path): no such schedule file (or it cannot be read)")
            throw ExitCode(2)
        }
        let schedule: Schedule
        do {
            schedule = try Schedule(fileText: String(decoding: data, as: UTF8.self))
        } catch {
            Console.error("asyncviz: \(path): \(error.message)")
            throw ExitCode(2)
        }
        guard schedule.digest == Schedule.digest(of: source.text) else {
            Console.error("asyncviz: \(path): this schedule was found for another text of \(schedule.scenario) "
                          + "(its SHA-256 differs); run `asyncviz explore` on \(source.path) again")
            throw ExitCode(2)
        }
        return schedule
    }

    /// Writes `schedule` to `path`, or says why it cannot (exit status 2).
    static func saveOrExit(_ schedule: Schedule, to path: String) throws {
        if let refusal = OutputFile.refusal(path) {
            Console.error(refusal)
            throw ExitCode(2)
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(schedule.fileText.utf8)) else {
            Console.error("asyncviz: \(path): cannot be written")
            throw ExitCode(2)
        }
    }
}
