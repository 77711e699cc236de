/// One choice a run made differently from an ordinary run: which point, what was chosen, and the words
/// a learner reads ("Thread-1 preempted at bank.py:12").
public struct ForcedChoice: Equatable, Sendable {
    /// The point's number in the run (`ChoicePoint.index`).
    public var index: Int
    public var kind: String
    public var choice: Int
    /// What happened, for the account and the viewer's marks (`preempted; Thread-2 runs`, `delayed 0.02 s`).
    public var detail: String
    /// The thread that made the choice (its lane), the scenario line it was at (-1: none), and when.
    public var thread: String
    public var line: Int
    public var time: Double

    public init(index: Int, kind: String, choice: Int, detail: String = "", thread: String = "", line: Int = -1,
                time: Double = 0) {
        self.index = index
        self.kind = kind
        self.choice = choice
        self.detail = detail
        self.thread = thread
        self.line = line
        self.time = time
    }
}
