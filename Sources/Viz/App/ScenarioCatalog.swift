import Foundation

/// The bundled scenarios the picker offers: each file with the title and
/// description from its docstring.
struct ScenarioCatalog: Equatable {
    struct Entry: Equatable {
        var path: String
        var title: String
        var description: [String]

        /// The number a tour scenario's file name starts with (`07_event_loop.py` is 7).
        var tourNumber: Int? {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Int(name.prefix { $0.isNumber })
        }
    }

    var entries: [Entry]

    /// The `.py` files under `folder` (relative to the current directory): the numbered tour first, in order, then the rest by path.
    /// `root` is the project folder the paths are relative to (the current directory by default).
    static func load(folder: String = "Scenarios", root: String = ".") -> ScenarioCatalog {
        let files = (FileManager.default.enumerator(atPath: root + "/" + folder)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".py") }.sorted { a, b in
                let (na, nb) = (a.first?.isNumber ?? false, b.first?.isNumber ?? false)
                return na != nb ? na : a < b
            }
        return ScenarioCatalog(entries: files.map { name in
            let path = folder + "/" + name
            let text = (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
            let (title, description) = docstring(text)
            return Entry(path: path, title: title ?? name, description: description)
        })
    }

    /// The first line of the module docstring and the lines after it.
    static func docstring(_ text: String) -> (String?, [String]) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for quote in ["\"\"\"", "'''"] where trimmed.hasPrefix(quote) {
            let body = trimmed.dropFirst(3)
            guard let end = body.range(of: quote) else { return (nil, []) }
            let lines = body[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            return (lines.first, Array(lines.dropFirst().drop { $0.isEmpty }))
        }
        return (nil, [])
    }
}
