import Runtime

/// A grid of cells the views draw into: the one thing a panel produces. The
/// terminal adapter flushes it to ncurses; `asyncviz frame` and the tests
/// read it as text.
struct Canvas: Equatable {
    /// How a cell is drawn: a colour role and emphasis (the terminal maps roles to colours or attributes).
    enum Role: UInt8 {
        case plain, dim, title, highlight, running, idle, waiting, done, current
    }

    struct Cell: Equatable {
        var character: Character = " "
        var role: Role = .plain
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped at `limit` (or the right edge); returns the column after it.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, role: Role = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return put(characters: Canvas.sanitized(text), x: x, y: y, role: role, limit: limit)
        }
        // Printable ASCII, most of what panels draw: a column a character, nothing to escape or measure.
        let end = min(width, limit ?? width)
        var column = x
        for byte in text.utf8 {
            guard column < end else { break }
            if column >= 0 { self[column, y] = Cell(character: Character(Unicode.Scalar(byte)), role: role) }
            column += 1
        }
        return column
    }

    /// Writes characters `sanitized` made from (x, y), clipped at `limit` (or the right edge); returns the
    /// column after them. `widths`, when given, are the characters' widths, measured once by a caller that
    /// writes the same characters many times.
    @discardableResult
    mutating func put(characters: [Character], widths: [Int]? = nil, x: Int, y: Int, role: Role = .plain,
                      limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit ?? width)
        var column = x
        for (k, ch) in characters.enumerated() {
            let w = widths?[k] ?? Canvas.width(ch)
            guard column + w <= end else { break }
            if column >= 0 { self[column, y] = Cell(character: ch, role: role) }
            // The second column of a wide character: drawn by the character itself, skipped by `text` and the terminal.
            if w == 2, column + 1 >= 0 { self[column + 1, y] = Cell(character: Canvas.continuation, role: role) }
            column += w
        }
        return column
    }

    /// A frame around `rect` with its title in the top edge.
    mutating func box(_ rect: Rect, title: String, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        // Each edge glyph made safe and measured once, not once a cell.
        let horizontal = Canvas.sanitized(glyphs.horizontal), vertical = Canvas.sanitized(glyphs.vertical)
        let across = horizontal.map(Canvas.width), down = vertical.map(Canvas.width)
        for x in rect.x...right {
            put(characters: horizontal, widths: across, x: x, y: rect.y)
            put(characters: horizontal, widths: across, x: x, y: bottom)
        }
        for y in rect.y...bottom {
            put(characters: vertical, widths: down, x: rect.x, y: y)
            put(characters: vertical, widths: down, x: right, y: y)
        }
        put(glyphs.topLeft, x: rect.x, y: rect.y)
        put(glyphs.topRight, x: right, y: rect.y)
        put(glyphs.bottomLeft, x: rect.x, y: bottom)
        put(glyphs.bottomRight, x: right, y: bottom)
        put(" \(title) ", x: rect.x + 1, y: rect.y, role: .title, limit: right)
    }

    /// The grid as lines of text, trailing spaces kept so every line is `width` wide.
    var text: String {
        var out = ""
        out.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            for x in 0..<width where self[x, y].character != Canvas.continuation { out.append(self[x, y].character) }
            out.append("\n")
        }
        return out
    }

    /// The cell after a wide character, which that character covers.
    static let continuation: Character = "\u{0}"

    /// Text from a scenario or a log never reaches the terminal raw: controls and bidi overrides are shown as
    /// `\x1b` / `\u202e` (the escaping every command shares), a tab as a space, a lone combining mark on `◌`.
    static func sanitized(_ text: String) -> [Character] {
        TerminalText.escaped(String(text.map { $0 == "\t" ? " " : $0 })).map { ch in
            Canvas.width(ch) == 0 ? Character("\u{25CC}" + String(ch)) : ch
        }
    }

    /// `TerminalText.width`, with a one-byte (ASCII) character taking one column without a Unicode lookup.
    static func width(_ ch: Character) -> Int {
        ch.utf8.count == 1 ? 1 : TerminalText.width(ch)
    }
}

/// A rectangle of cells.
struct Rect: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// The inside of a box drawn on this rectangle.
    var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }

    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}

/// Box lines and symbols, in Unicode or in ASCII for terminals that cannot show Unicode.
struct Glyphs {
    var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    var arrow, current, state, activeState, running, idle, marker: String
    /// Lane glyphs: waiting for the GIL, for a core, blocked on a lock/future/queue/join, in a sleep or I/O,
    /// and an event loop's thread blocked inside a callback (the whole loop stalls).
    var wantsGIL, wantsCPU, blocked, sleeping, loopBlocked: String
    /// Lane glyphs of a core busy starting a worker process and pickling.
    var starting, pickling: String
    /// A choice a replayed schedule forced, on its lane at its moment; a run that failed.
    var forced, cross: String

    static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                arrow: "→", current: "▶", state: "○", activeState: "◉", running: "█", idle: "░", marker: "▸",
                                wantsGIL: "▒", wantsCPU: "▓", blocked: "─", sleeping: "┈", loopBlocked: "▚",
                                starting: "▞", pickling: "▤", forced: "✱", cross: "✗")
    static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                              arrow: "->", current: ">", state: "o", activeState: "@", running: "#", idle: ".", marker: ">",
                              wantsGIL: "=", wantsCPU: "%", blocked: "-", sleeping: ":", loopBlocked: "X",
                              starting: "^", pickling: "p", forced: "*", cross: "x")
}
