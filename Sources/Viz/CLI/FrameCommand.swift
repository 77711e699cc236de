import ArgumentParser
import Foundation
import Runtime

/// `asyncviz frame FILE|LOG --at EVENT|TIMEs --size WxH`: one viewer screen as plain text.
struct FrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Print the viewer's screen at one moment of a run, as plain text.",
        discussion: """
        --at takes an event number (0 is the first event, as in the header and `trace`) or a virtual time with an `s` \
        (`--at 0.35s`: the state at that time, after the last event at or before it); without it the last event is shown. The same cells the viewer draws.
        """
    )

    @Argument(help: "A scenario (.py) to run, or a session log written by `exec --log`.")
    var input: String

    @Option(help: "An event number, or a virtual time such as 0.35s.")
    var at: String?

    @Option(help: "The screen size, WIDTHxHEIGHT.")
    var size: String = "100x32"

    @Option(help: "Print only this panel, on a canvas of --size: \(PanelView.Name.allCases.map(\.rawValue).joined(separator: ", ")).")
    var panel: String?

    @Flag(help: "ASCII box lines and symbols instead of Unicode.")
    var ascii = false

    @Option(parsing: .unconditional, help: "Run the scenario again under these flags (quoted, e.g. \"--cpus 8 --no-gil\") and show its lanes below, on the same time axis.")
    var compare: String?

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        let dimensions = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard dimensions.count == 2, dimensions[0] > 0, dimensions[1] > 0, dimensions[0] <= 1000, dimensions[1] <= 1000 else {
            Console.error("asyncviz: --size must look like 100x32, not '\(size)'")
            throw ExitCode(2)
        }
        let events = try EventInput.load(input, options: options)
        let run = RunData(store: events.store, source: events.source)
        try run.attachComparison(compare, input: input, arguments: options.scenarioArguments)
        guard let position = try position(in: run) else {
            Console.error("asyncviz: --at \(at ?? ""): the run has \(run.count) events (0…\(max(0, run.count - 1))) and ends at \(TextFormat.seconds(run.endTime)) s")
            throw ExitCode(2)
        }
        let state = ViewerState(position: position, focus: .initial(for: run))
        let glyphs: Glyphs = ascii ? .ascii : .unicode
        let canvas: Canvas
        if let panel {
            guard let name = PanelView.Name(rawValue: panel) else {
                let names = PanelView.Name.allCases.map(\.rawValue).joined(separator: ", ")
                Console.error("asyncviz: --panel takes one of \(names), not '\(panel)'")
                throw ExitCode(2)
            }
            canvas = PanelView.render(name, state: state, run: run, snapshot: run.timeline.snapshot(at: position + 1),
                                      width: dimensions[0], height: dimensions[1], glyphs: glyphs)
        } else {
            canvas = Screen.render(state: state, run: run, width: dimensions[0], height: dimensions[1], glyphs: glyphs)
        }
        try Console.out(canvas.text)
        try events.finish()
    }

    /// The event `--at` names, or nil when it is out of the run.
    func position(in run: RunData) throws -> Int? {
        guard let at else { return run.count - 1 }
        if at.hasSuffix("s"), let t = Double(at.dropLast()) {
            guard t >= 0, t <= run.endTime else { return nil }
            return run.timeline.event(atTime: t)
        }
        guard let n = Int(at) else {
            Console.error("asyncviz: --at takes an event number or a time like 0.35s, not '\(at)'")
            throw ExitCode(2)
        }
        return n >= 0 && n < run.count ? n : nil
    }
}
