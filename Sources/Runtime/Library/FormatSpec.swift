/// A Python format specification `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
/// as written, parsed the way CPython's `parse_internal_render_format_spec` reads it. What the spec
/// means depends on the object formatted (default alignment and type), so `resolved(for:)` completes
/// it into a `FormatSpec.Field` when the object is known; the `format(...)` entry points are in
/// `FormatSpecFormatting.swift`.
struct FormatSpec: Equatable {
    /// The spec text, quoted by the "Invalid format specifier" message; empty means `str(value)`.
    let source: String
    var fill: Unicode.Scalar?
    var align: Unicode.Scalar?
    var sign: Unicode.Scalar?
    var noNegativeZero = false
    var alternate = false
    /// The `0` before the width, which pads with zeros unless a fill was given.
    var zeroPadding = false
    var width: Int?
    var grouping = Grouping.none
    var precision: Int?
    var type: Unicode.Scalar?
    /// More than one character followed the precision, which CPython rejects once it knows the type.
    private var hasExcessCharacters = false

    /// The thousands-grouping request: `,` or `_` every three digits, or `_` every four (bin/oct/hex).
    enum Grouping: Equatable {
        case none, comma, underscore, underscoreEveryFour
    }

    /// The per-type parsing defaults CPython applies (`default_type`, `default_align`) and the type
    /// name quoted in error messages.
    struct Subject: Equatable {
        let typeName: String
        let defaultType: Unicode.Scalar?
        let defaultAlign: Unicode.Scalar

        static let int = Subject(typeName: "int", defaultType: "d", defaultAlign: ">")
        static let bool = Subject(typeName: "bool", defaultType: "d", defaultAlign: ">")
        static let float = Subject(typeName: "float", defaultType: nil, defaultAlign: ">")
        static let str = Subject(typeName: "str", defaultType: "s", defaultAlign: "<")
    }

    /// A spec completed for one kind of object: every field decided, defaults applied.
    struct Field: Equatable {
        var fill: Unicode.Scalar
        var align: Unicode.Scalar
        var sign: Unicode.Scalar?
        var noNegativeZero: Bool
        var alternate: Bool
        var width: Int?
        var grouping: Grouping
        var precision: Int?
        /// The presentation type; nil is CPython's "no type" (`'\0'`), only possible for floats.
        var type: Unicode.Scalar?
    }

    /// Parses `spec`, throwing the errors CPython raises before it looks at the object's type.
    init(_ spec: String) throws {
        source = spec
        let s = Array(spec.unicodeScalars)
        var pos = 0

        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }
        func next(is c: Unicode.Scalar) -> Bool { pos < s.count && s[pos] == c }

        if s.count - pos >= 2 && isAlign(s[pos + 1]) {
            fill = s[pos]
            align = s[pos + 1]
            pos += 2
        } else if pos < s.count && isAlign(s[pos]) {
            align = s[pos]
            pos += 1
        }
        if next(is: "+") || next(is: "-") || next(is: " ") {
            sign = s[pos]
            pos += 1
        }
        if next(is: "z") {
            noNegativeZero = true
            pos += 1
        }
        if next(is: "#") {
            alternate = true
            pos += 1
        }
        if fill == nil && next(is: "0") {
            zeroPadding = true
            pos += 1
        }
        width = try Self.integer(s, &pos)
        if let width { try Cost.allocate(bytes: width) }
        if next(is: ",") {
            grouping = .comma
            pos += 1
        }
        if next(is: "_") {
            if grouping != .none {
                throw FormatError(message: "Cannot specify both ',' and '_'.")
            }
            grouping = .underscore
            pos += 1
        }
        if next(is: ",") && grouping == .underscore {
            throw FormatError(message: "Cannot specify both ',' and '_'.")
        }
        if next(is: ".") {
            pos += 1
            guard let digits = try Self.integer(s, &pos) else {
                throw FormatError(message: "Format specifier missing precision")
            }
            precision = digits
        }
        hasExcessCharacters = s.count - pos > 1
        if s.count - pos == 1 {
            type = s[pos]
        }
    }

    /// Reads a run of Unicode decimal digits; nil when there are none.
    private static func integer(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0, count = 0
        while pos < s.count, s[pos].properties.numericType == .decimal, let digit = s[pos].properties.numericValue {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit))
            if overflow1 || overflow2 {
                throw FormatError(message: "Too many decimal digits in format string")
            }
            value = sum
            count += 1
            pos += 1
        }
        return count == 0 ? nil : value
    }

    /// Applies the subject's defaults and the remaining checks of CPython's parser: excess characters,
    /// and whether `,`/`_` suit the presentation type (`_` with b/o/x/X groups by four).
    func resolved(for subject: Subject) throws -> Field {
        if hasExcessCharacters {
            throw FormatError(message: "Invalid format specifier '\(source)' for object of type '\(subject.typeName)'")
        }
        var field = Field(
            fill: fill ?? (zeroPadding ? "0" : " "),
            align: align ?? (zeroPadding && subject.defaultAlign == ">" ? "=" : subject.defaultAlign),
            sign: sign, noNegativeZero: noNegativeZero, alternate: alternate, width: width,
            grouping: grouping, precision: precision, type: type ?? subject.defaultType)
        guard grouping != .none else { return field }
        switch field.type {
        case nil, "d", "e", "f", "g", "E", "G", "%", "F":
            return field
        case "b", "o", "x", "X":
            if grouping == .underscore {
                field.grouping = .underscoreEveryFour
                return field
            }
        default:
            break
        }
        let specifier = grouping == .comma ? "," : "_"
        throw FormatError(message: "Cannot specify '\(specifier)' with \(Self.quoted(field.type!)).")
    }

    /// A presentation type as CPython quotes it in messages: `'x'`, or `'\x1f'` when not printable ASCII.
    static func quoted(_ c: Unicode.Scalar) -> String {
        c.value > 32 && c.value < 128 ? "'\(c)'" : "'\\x\(String(c.value, radix: 16))'"
    }
}
