/// Makes a failing schedule small: delta debugging (Zeller's ddmin) over its forced choices, keeping a
/// subset when replaying it still fails the same way.
struct Minimiser {
    /// Replays the minimiser may spend.
    var budget: Int
    private(set) var spent = 0

    init(budget: Int) { self.budget = budget }

    /// The smallest subset of `choices` found that still fails (1-minimal when the budget allows); `fails`
    /// replays a subset and says whether that run still fails the same way.
    mutating func minimise(_ choices: [ForcedChoice], fails: ([ForcedChoice]) -> Bool) -> [ForcedChoice] {
        var current = choices
        var parts = 2
        while current.count > 1 && spent < budget {
            let size = (current.count + parts - 1) / parts
            var reduced = false
            for start in stride(from: 0, to: current.count, by: size) where spent < budget {
                let rest = Array(current[..<start] + current[min(current.count, start + size)...])
                spent += 1
                if fails(rest) {
                    current = rest
                    parts = max(parts - 1, 2)
                    reduced = true
                    break
                }
            }
            if !reduced {
                if parts >= current.count { break }
                parts = min(parts * 2, current.count)
            }
        }
        return current
    }
}
