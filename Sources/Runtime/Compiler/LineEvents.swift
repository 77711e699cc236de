/// Where the scenario's code may fire a line event, as CPython 3.11's `sys.settrace` fires them: when a frame
/// starts, when execution reaches an instruction whose line differs from the line of the instruction the frame
/// ran before it, and after a backward jump. Each line event costs `MachineModel.lineCost`.
///
/// The dispatch loop checks only the instructions marked here: at any other one, the instruction the frame ran
/// before is the one just above it (nothing jumps there), on the same line, so no event can happen. At a marked
/// one it compares the line with the frame's `lastLine` (-1 when the frame starts and after a backward jump).
enum LineEvents {
    /// Marks `code`'s first instruction, those that start another line, and the targets of its jumps, except
    /// the `silent` ones (`CodeBuilder.silently`).
    static func markChecks(_ code: CodeObject, jumpTargets: [Int], silent: Set<Int>) {
        let count = code.instructions.count
        for i in 0..<count where i == 0 || code.positions[i].start.line != code.positions[i - 1].start.line {
            code.instructions[i].checksLine = true
        }
        for target in jumpTargets where target < count {
            code.instructions[target].checksLine = true
        }
        for i in silent { code.instructions[i].checksLine = false }
    }
}
