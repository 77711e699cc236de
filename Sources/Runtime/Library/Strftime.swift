/// `strftime` in the C locale, as glibc formats a UTC time: the directives
/// `time.strftime` and `datetime.strftime` pass through, with glibc's `-`
/// flag (no padding); an unknown directive is kept as written.
enum Strftime {
    /// `zone` is `%Z`; `offset` is `%z` (nil: empty, as for a naive datetime).
    static func format(_ format: String, _ t: BrokenDownTime, zone: String, offset: String?,
                       microsecond: Int? = nil) -> String {
        var out = ""
        var chars = format.makeIterator()
        while let c = chars.next() {
            guard c == "%" else {
                out.append(c)
                continue
            }
            guard var d = chars.next() else {
                out.append("%")
                break
            }
            var pad = true
            if d == "-" {
                pad = false
                guard let next = chars.next() else {
                    out += "%-"
                    break
                }
                d = next
            }
            if let text = directive(d, t, zone: zone, offset: offset, microsecond: microsecond, pad: pad) {
                out += text
            } else {
                out += pad ? "%\(d)" : "%-\(d)"
            }
        }
        return out
    }

    private static func directive(_ d: Character, _ t: BrokenDownTime, zone: String, offset: String?,
                                  microsecond: Int?, pad: Bool) -> String? {
        func num(_ n: Int, _ width: Int = 2, _ fill: Character = "0") -> String {
            let s = String(n)
            guard pad, s.count < width else { return s }
            return String(repeating: fill, count: width - s.count) + s
        }
        let hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12
        let dayName = BrokenDownTime.dayNames[t.weekday % 7]
        let monthName = BrokenDownTime.monthNames[(t.month + 11) % 12]
        switch d {
        case "a": return String(dayName.prefix(3))
        case "A": return dayName
        case "b", "h": return String(monthName.prefix(3))
        case "B": return monthName
        case "c": return format("%a %b %e %H:%M:%S %Y", t, zone: zone, offset: offset)
        case "C": return num(t.year / 100)
        case "d": return num(t.day)
        case "D": return format("%m/%d/%y", t, zone: zone, offset: offset)
        case "e": return num(t.day, 2, " ")
        case "f": return microsecond.map { num($0, 6) }
        case "F": return format("%Y-%m-%d", t, zone: zone, offset: offset)
        case "G": return String(t.isoWeek.year)
        case "g": return num(t.isoWeek.year % 100)
        case "H": return num(t.hour)
        case "I": return num(hour12)
        case "j": return num(t.yearDay, 3)
        case "k": return num(t.hour, 2, " ")
        case "l": return num(hour12, 2, " ")
        case "m": return num(t.month)
        case "M": return num(t.minute)
        case "n": return "\n"
        case "p": return t.hour < 12 ? "AM" : "PM"
        case "P": return t.hour < 12 ? "am" : "pm"
        case "r": return format("%I:%M:%S %p", t, zone: zone, offset: offset)
        case "R": return format("%H:%M", t, zone: zone, offset: offset)
        case "s": return String(t.epochSeconds)
        case "S": return num(t.second)
        case "t": return "\t"
        case "T", "X": return format("%H:%M:%S", t, zone: zone, offset: offset)
        case "u": return String(t.weekday + 1)
        case "U": return num((t.yearDay - 1 + 7 - (t.weekday + 1) % 7) / 7)
        case "V": return num(t.isoWeek.week)
        case "w": return String((t.weekday + 1) % 7)
        case "W": return num((t.yearDay - 1 + 7 - t.weekday) / 7)
        case "x": return format("%m/%d/%y", t, zone: zone, offset: offset)
        case "y": return num(t.year % 100)
        case "Y": return String(t.year)
        case "z": return offset ?? ""
        case "Z": return zone
        case "%": return "%"
        default: return nil
        }
    }
}
