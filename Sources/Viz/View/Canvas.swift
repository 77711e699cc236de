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
        let end = min(width, limit ?? width)
        var column = x
        for ch in Canvas.sanitized(text) {
            guard column < end else { break }
            if column >= 0 { self[column, y] = Cell(character: ch, role: role) }
            column += 1
        }
        return column
    }

    /// A frame around `rect` with its title in the top edge.
    mutating func box(_ rect: Rect, title: String, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        for x in rect.x...right {
            put(glyphs.horizontal, x: x, y: rect.y)
            put(glyphs.horizontal, x: x, y: bottom)
        }
        for y in rect.y...bottom {
            put(glyphs.vertical, x: rect.x, y: y)
            put(glyphs.vertical, x: right, y: y)
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
            for x in 0..<width { out.append(self[x, y].character) }
            out.append("\n")
        }
        return out
    }

    /// Text from a scenario or a log never reaches the terminal raw: control characters are shown as `^X` / `\u{..}`.
    static func sanitized(_ text: String) -> [Character] {
        var out: [Character] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0..<0x20: out.append("^"); out.append(Character(Unicode.Scalar(scalar.value + 0x40)!))
            case 0x7F: out.append("^"); out.append("?")
            case 0x80..<0xA0, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}")
            default: out.append(Character(scalar))
            }
        }
        return out
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

    static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                arrow: "→", current: "▶", state: "○", activeState: "◉", running: "█", idle: "░", marker: "▸",
                                wantsGIL: "▒", wantsCPU: "▓", blocked: "─", sleeping: "┈", loopBlocked: "▚")
    static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                              arrow: "->", current: ">", state: "o", activeState: "@", running: "#", idle: ".", marker: ">",
                              wantsGIL: "=", wantsCPU: "%", blocked: "-", sleeping: ":", loopBlocked: "X")
}
