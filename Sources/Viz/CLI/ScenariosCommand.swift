import ArgumentParser

/// `asyncviz scenarios`: the bundled tour, in order.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios: number, file and title, in tour order.",
        discussion: "Run from the project folder (the scenarios are read from ./Scenarios). `asyncviz FILE` watches one."
    )

    func run() throws {
        try Console.out(ScenarioCatalog.load().listing)
    }
}

extension ScenarioCatalog {
    /// One line per scenario: its tour number (or blank), its path and its title, aligned.
    var listing: String {
        let width = entries.map(\.path.count).max() ?? 0
        return entries.map { e in
            let number = e.tourNumber.map { String(format: "%2d", $0) } ?? "  "
            return "\(number)  \(e.path.padding(toLength: width, withPad: " ", startingAt: 0))  \(e.title)\n"
        }.joined()
    }
}
