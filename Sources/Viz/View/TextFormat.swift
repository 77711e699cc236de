/// Small text helpers the panels share.
enum TextFormat {
    /// Virtual seconds with three decimals: `0.300`.
    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let frac = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }

    /// `s` in lines of at most `width` characters, broken at spaces (a longer word is cut).
    static func wrapped(_ s: String, _ width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in s.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
            while current.count > width {
                lines.append(String(current.prefix(width)))
                current = String(current.dropFirst(width))
            }
        }
        return current.isEmpty ? lines : lines + [current]
    }

    static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func rightAligned(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    /// `s` in at most `width` characters, keeping its distinguishing end: `…Executor-0_3`.
    static func fitted(_ s: String, _ width: Int) -> String {
        guard s.count > width else { return s }
        guard width > 1 else { return String(s.suffix(max(0, width))) }
        return "…" + s.suffix(width - 1)
    }

    /// `s` in at most `width` characters, keeping its start: `'a long str…`, for reprs.
    static func clipped(_ s: String, _ width: Int) -> String {
        s.count > width ? String(s.prefix(max(0, width - 1))) + "…" : s
    }
}
