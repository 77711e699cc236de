/// Short reprs of values for events (a queue's items, a coroutine's arguments): CPython's repr of builtin
/// values and of asyncviz's own objects (`<Future pending>`), `<Job object>` (`ValueError(…)`) for an
/// instance of a Python class — its `__repr__` is Python code, which must not run only because someone
/// watches the run — and `…` where a repr is longer than `limit` characters or a container deeper than two
/// levels.
enum EventRepr {
    static func short(_ v: Value, limit: Int = 40) -> String {
        let text = describe(v, depth: 0)
        return text.count > limit ? String(text.prefix(max(1, limit - 1))) + "…" : text
    }

    private static func describe(_ v: Value, depth: Int) -> String {
        guard case .object(let o) = v else { return Repr.repr(v) }
        let type = TypeOf.type(v)
        switch o {
        case let list as PyList where type === BuiltinTypes.list:
            return "[" + items(list.items, depth) + "]"
        case let tuple as PyTuple where type === BuiltinTypes.tuple:
            return "(" + items(tuple.items, depth) + (tuple.items.count == 1 ? ",)" : ")")
        case let dict as PyDict where type === BuiltinTypes.dict:
            guard depth < 2 else { return "{…}" }
            let shown = dict.entries.prefix(6).map {
                describe($0.key, depth: depth + 1) + ": " + describe($0.value, depth: depth + 1)
            }
            return "{" + shown.joined(separator: ", ") + (dict.entries.count > 6 ? ", …" : "") + "}"
        case is PyException:
            return "\(type.name)(…)"
        case is PyInstance:
            return "<\(type.name) object>"
        default:
            return o.kind == .list || o.kind == .tuple || o.kind == .dict ? "<\(type.name) object>" : Repr.repr(v)
        }
    }

    private static func items(_ values: [Value], _ depth: Int) -> String {
        guard depth < 2 else { return values.isEmpty ? "" : "…" }
        let shown = values.prefix(6).map { describe($0, depth: depth + 1) }
        return shown.joined(separator: ", ") + (values.count > 6 ? ", …" : "")
    }
}
