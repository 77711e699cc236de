/// Groups: `(...)`, `(?:...)`, `(?P<name>...)`, `(?P=name)`, lookarounds, `(?>...)`, `(?#...)`,
/// conditionals `(?(1)yes|no)` and inline flags, scoped `(?i:...)` or global `(?i)`.
extension RegexParser {
    /// `(?flags)` at the cursor (a global flags group): its flags, the cursor past it; else nil, cursor unmoved.
    mutating func globalFlags() throws -> RegexFlags? {
        guard peek("("), peek("?", at: 1), let c = (i + 2 < text.count ? text[i + 2] : nil),
              let scalar = Unicode.Scalar(c), RegexFlags.inline(scalar) != nil else { return nil }
        let start = i
        i += 2
        let (on, off) = try inlineFlags()
        if peek(")") && off.isEmpty {
            i += 1
            return on
        }
        i = start
        return nil
    }

    /// The letters of `(?aiLmsux-imsx` up to `:` or `)`, checked as CPython checks them.
    mutating func inlineFlags() throws -> (RegexFlags, RegexFlags) {
        var on: RegexFlags = []
        var off: RegexFlags = []
        while let c = current, let flag = RegexFlags.inline(Unicode.Scalar(c)!) {
            i += 1
            if flag == .locale {
                throw RegexError(message: "bad inline flags: cannot use 'L' flag with a str pattern", position: i)
            }
            on.insert(flag)
            if on.contains(.ascii) && on.contains(.unicode) {
                throw RegexError(message: "bad inline flags: flags 'a', 'u' and 'L' are incompatible", position: i)
            }
        }
        guard let c = current else { throw RegexError(message: "missing -, : or )", position: i) }
        if c == 0x2D {
            i += 1
            guard let d = current else { throw RegexError(message: "missing flag", position: i) }
            guard RegexFlags.inline(Unicode.Scalar(d)!) != nil else {
                throw RegexError(message: "unknown flag", position: i)
            }
            while let c = current, let flag = RegexFlags.inline(Unicode.Scalar(c)!) {
                i += 1
                if flag == .ascii || flag == .unicode || flag == .locale {
                    throw RegexError(message: "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", position: i)
                }
                off.insert(flag)
                if on.contains(flag) {
                    throw RegexError(message: "bad inline flags: flag turned on and off", position: i)
                }
            }
            guard peek(":") else { throw RegexError(message: "missing :", position: i) }
        } else if c != 0x3A && c != 0x29 {
            throw RegexError(message: Unicode.Scalar(c)!.properties.isAlphabetic ? "unknown flag" : "missing -, : or )",
                             position: i)
        }
        return (on, off)
    }

    /// A group of any kind, the cursor at its `(`.
    mutating func group() throws -> RegexNode? {
        let start = i
        i += 1
        guard peek("?") else { return try capture(start: start, name: nil) }
        i += 1
        guard let c = current else { throw RegexError(message: "unexpected end of pattern", position: i) }
        switch Unicode.Scalar(c)! {
        case ":":
            i += 1
            return .group(nil, try body(start: start))
        case "P":
            i += 1
            guard let d = current else { throw RegexError(message: "unexpected end of pattern", position: i) }
            if d == 0x3C {
                i += 1
                return try capture(start: start, name: try name(until: ">"))
            }
            if d == 0x3D {
                i += 1
                let at = i
                let name = try name(until: ")")
                return try reference(named: name, at: at)
            }
            throw RegexError(message: "unknown extension ?P" + String(Unicode.Scalar(d)!), position: i - 1)
        case "#":
            while let d = current, d != 0x29 { i += 1 }
            guard !atEnd else { throw RegexError(message: "missing ), unterminated comment", position: start) }
            i += 1
            return nil
        case "=", "!":
            i += 1
            return .look(c == 0x3D ? .ahead : .notAhead, try body(start: start))
        case ">":
            i += 1
            return .atomic(try body(start: start))
        case "<":
            return try lookbehind(start: start)
        case "(":
            return try conditional(start: start)
        default:
            return try scopedFlags(start: start)
        }
    }

    /// A capturing group, numbered in the order its `(` appears.
    mutating func capture(start: Int, name: (String, Int)?) throws -> RegexNode {
        groups += 1
        let number = groups
        if let (name, at) = name {
            if let previous = names[name] {
                let message = "redefinition of group name '\(name)' as group \(number); was group \(previous)"
                throw RegexError(message: message, position: at)
            }
            names[name] = number
            nameOrder.append((name, number))
        }
        open.insert(number)
        let node = try body(start: start)
        open.remove(number)
        return .group(number, node)
    }

    /// The alternation inside a group and its closing `)`.
    mutating func body(start: Int) throws -> RegexNode {
        try enter()
        let node = try alternation()
        depth -= 1
        guard peek(")") else { throw RegexError(message: "missing ), unterminated subpattern", position: start) }
        i += 1
        return node
    }

    /// One group deeper: CPython's parser, recursive in Python, runs out of recursion near 500 nested groups
    /// (and a thread with a small native stack may run out before).
    mutating func enter() throws {
        depth += 1
        if depth > 495 { throw RegexNesting() }
        try NativeStack.check()
    }

    /// A group name up to `terminator`, which must be an identifier (or, for a conditional, a group number);
    /// the name and where it starts.
    mutating func name(until terminator: Unicode.Scalar, numbers: Bool = false) throws -> (String, Int) {
        let at = i
        var name = ""
        while let c = current, c != terminator.value {
            name.unicodeScalars.append(Unicode.Scalar(c)!)
            i += 1
        }
        guard !atEnd else {
            throw RegexError(message: "missing \(terminator), unterminated name", position: at)
        }
        i += 1
        if name.isEmpty { throw RegexError(message: "missing group name", position: at) }
        let number = numbers && name.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.numericType != nil }
        guard number || RegexCharacters.isIdentifier(name) else {
            throw RegexError(message: "bad character in group name '\(name)'", position: at)
        }
        return (name, at)
    }

    /// `(?P=name)`.
    func reference(named name: (String, Int), at: Int) throws -> RegexNode {
        guard let number = names[name.0] else {
            throw RegexError(message: "unknown group name '\(name.0)'", position: at)
        }
        return try backreference(number, at: at)
    }

    func backreference(_ number: Int, at: Int) throws -> RegexNode {
        if open.contains(number) { throw RegexError(message: "cannot refer to an open group", position: at - 1) }
        if let first = lookbehindFirstGroup, number >= first {
            let message = "cannot refer to group defined in the same lookbehind subpattern"
            throw RegexError(message: message, position: i)
        }
        return .backreference(number, ignoreCase: flags.contains(.ignoreCase), ascii: flags.contains(.ascii))
    }

    /// `(?<=...)`, `(?<!...)`: its pattern must match a fixed number of characters.
    mutating func lookbehind(start: Int) throws -> RegexNode {
        i += 1
        guard let c = current, c == 0x3D || c == 0x21 else {
            let next = current.map { String(Unicode.Scalar($0)!) } ?? ""
            if atEnd { throw RegexError(message: "unexpected end of pattern", position: i) }
            throw RegexError(message: "unknown extension ?<" + next, position: start + 1)
        }
        i += 1
        let outer = lookbehindFirstGroup
        lookbehindFirstGroup = outer ?? groups + 1
        let node = try body(start: start)
        lookbehindFirstGroup = outer
        guard node.width != nil else {
            throw RegexError(message: "look-behind requires fixed-width pattern", position: nil)
        }
        return .look(c == 0x3D ? .behind : .notBehind, node)
    }

    /// `(?(group)yes|no)`.
    mutating func conditional(start: Int) throws -> RegexNode {
        i += 1
        let at = i
        let (name, _) = try name(until: ")", numbers: true)
        let number: Int
        if let n = Int(name) {
            if n == 0 { throw RegexError(message: "bad group number", position: at) }
            number = n
        } else if let n = names[name] {
            number = n
        } else {
            throw RegexError(message: "unknown group name '\(name)'", position: at)
        }
        try enter()
        let yes = try sequence(first: false)
        var no = RegexNode.empty
        if peek("|") {
            i += 1
            no = try sequence(first: false)
            if peek("|") {
                throw RegexError(message: "conditional backref with more than two branches", position: i)
            }
        }
        depth -= 1
        guard peek(")") else { throw RegexError(message: "missing ), unterminated subpattern", position: start) }
        i += 1
        if number > groups && !laterGroups.contains(where: { $0.0 == number }) { laterGroups.append((number, at)) }
        return .conditional(number, yes: yes, no: no)
    }

    /// `(?i:...)`, `(?-i:...)`, or an unknown extension.
    mutating func scopedFlags(start: Int) throws -> RegexNode {
        let c = text[i]
        guard let scalar = Unicode.Scalar(c), RegexFlags.inline(scalar) != nil || c == 0x2D else {
            throw RegexError(message: "unknown extension ?" + String(Unicode.Scalar(c)!), position: start + 1)
        }
        let (on, off) = try inlineFlags()
        guard peek(":") else { throw RegexError(message: "missing -, : or )", position: i) }
        i += 1
        let saved = flags
        flags.formUnion(on)
        if on.contains(.ascii) { flags.remove(.unicode) }
        if on.contains(.unicode) { flags.remove(.ascii) }
        flags.subtract(off)
        defer { flags = saved }
        return .group(nil, try body(start: start))
    }
}
