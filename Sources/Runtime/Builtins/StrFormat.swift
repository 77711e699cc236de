/// `str.format`: replacement fields with automatic or explicit numbering,
/// names, `[index]` and `.attribute` lookups, conversions and specs.
enum StrFormat {
    /// `mapping` (`str.format_map`) answers the named fields instead of `kwargs`.
    static func format(_ template: String, _ args: [Value], _ kwargs: KeywordArguments, mapping: Value? = nil,
                       vm: VM) throws -> String {
        var numbering = Numbering()
        return try format(template, args, kwargs, mapping: mapping, numbering: &numbering, levels: 2, vm: vm)
    }

    /// Automatic field numbering, shared by a template and the fields nested in its specs (`'{:>{}}'`).
    private struct Numbering {
        var next = 0
        var manual = false
    }

    /// `levels` is how many more levels of fields nested in specs are allowed (CPython allows one).
    private static func format(_ template: String, _ args: [Value], _ kwargs: KeywordArguments, mapping: Value?,
                               numbering: inout Numbering, levels: Int, vm: VM) throws -> String {
        guard levels > 0 else { throw PyError.value("Max string recursion exceeded") }
        let s = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[a..<b])) }
        while i < s.count {
            let c = s[i]
            if c == "}" {
                guard i + 1 < s.count, s[i + 1] == "}" else { throw PyError.value("Single '}' encountered in format string") }
                out.append("}")
                i += 2
                continue
            }
            guard c == "{" else {
                out.append(c)
                i += 1
                continue
            }
            if i + 1 < s.count && s[i + 1] == "{" {
                out.append("{")
                i += 2
                continue
            }
            var depth = 1, j = i + 1
            while j < s.count && depth > 0 {
                if s[j] == "{" { depth += 1 } else if s[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            guard j < s.count else { throw PyError.value("expected '}' before end of string") }
            let field = Array(s[(i + 1)..<j])
            i = j + 1
            var nameEnd = field.firstIndex { $0 == "!" || $0 == ":" } ?? field.count
            let fieldName = String(String.UnicodeScalarView(field[..<nameEnd]))
            var conversion = 0
            if nameEnd < field.count && field[nameEnd] == "!" {
                guard nameEnd + 1 < field.count else { throw PyError.value("end of string while looking for conversion specifier") }
                switch field[nameEnd + 1] {
                case "s": conversion = 1
                case "r": conversion = 2
                case "a": conversion = 3
                default: throw PyError.value("Unknown conversion specifier \(field[nameEnd + 1])")
                }
                nameEnd += 2
            }
            let value = try lookup(fieldName, args, kwargs, mapping: mapping, autoIndex: &numbering.next,
                                   manual: &numbering.manual, vm: vm)
            var spec = ""
            if nameEnd < field.count && field[nameEnd] == ":" {
                spec = try format(String(String.UnicodeScalarView(field[(nameEnd + 1)...])), args, kwargs,
                                  mapping: mapping, numbering: &numbering, levels: levels - 1, vm: vm)
            }
            out.appendScalars(of: try Formatting.formatField(value, conversion: conversion, spec: spec))
        }
        return String(out)
    }

    private static func lookup(_ name: String, _ args: [Value], _ kwargs: KeywordArguments, mapping: Value?,
                               autoIndex: inout Int, manual: inout Bool, vm: VM) throws -> Value {
        let head = name.prefix { $0 != "." && $0 != "[" }
        var rest = name.dropFirst(head.count)
        var value: Value
        if let mapping, Int(head) == nil && !head.isEmpty {
            value = try Subscript.get(mapping, .str(String(head)))
        } else if mapping != nil {
            throw PyError.value("Format string contains positional fields")
        } else if head.isEmpty {
            if manual { throw PyError.value("cannot switch from manual field specification to automatic field numbering") }
            guard autoIndex < args.count else { throw PyError.index("Replacement index \(autoIndex) out of range for positional args tuple") }
            value = args[autoIndex]
            autoIndex += 1
        } else if let n = Int(head) {
            if autoIndex > 0 { throw PyError.value("cannot switch from automatic field numbering to manual field specification") }
            manual = true
            guard n < args.count else { throw PyError.index("Replacement index \(n) out of range for positional args tuple") }
            value = args[n]
        } else {
            guard let v = Arguments.keyword(kwargs, String(head)) else { throw PyError.key(.str(String(head))) }
            value = v
        }
        while let first = rest.first {
            if first == "." {
                let attr = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                value = try Attributes.get(value, String(attr), vm: vm)
                rest = rest.dropFirst(1 + attr.count)
            } else {
                guard let close = rest.firstIndex(of: "]") else { throw PyError.value("Missing ']' in format string") }
                let key = rest[rest.index(after: rest.startIndex)..<close]
                value = try Subscript.get(value, Int(key).map { .int($0) } ?? .str(String(key)))
                rest = rest[rest.index(after: close)...]
            }
        }
        return value
    }
}
