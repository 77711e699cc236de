import Testing
@testable import Runtime
@testable import Viz

/// The instruction limit's defaults: none for `exec`, 50,000,000 for the commands that show a run,
/// and `--max-steps` wins for both.
@Suite struct RunOptionsDefaultsTests {
    @Test func execRunsUnlimitedAndTheViewingCommandsStopRunawayLoops() throws {
        let defaults = try RunOptionsGroup.parse([])
        #expect(defaults.execOptions.limits.maxInstructions == Int.max)
        #expect(defaults.runOptions.limits.maxInstructions == 50_000_000)
        let given = try RunOptionsGroup.parse(["--max-steps", "1234"])
        #expect(given.execOptions.limits.maxInstructions == 1234)
        #expect(given.runOptions.limits.maxInstructions == 1234)
    }
}
