/// How a coroutine was called, for its `coro.create` event: `party('alice', <Future pending>)` — the
/// function's qualified name and its arguments' short reprs (`EventRepr`), in call order: positional ones,
/// the `*args`, keyword-only ones and the `**kwargs` by name.
enum CoroutineCallText {
    /// At most this many characters of one argument's repr.
    static let argumentWidth = 24

    static func text(_ code: CodeObject, _ locals: [Value]) -> String {
        let sig = code.signature
        func value(_ slot: Int) -> Value? { slot < locals.count && !locals[slot].isUnbound ? locals[slot] : nil }
        func short(_ v: Value) -> String { EventRepr.short(v, limit: argumentWidth) }
        var parts = (0..<sig.positionalCount).compactMap { value($0).map(short) }
        let kwOnly = sig.positionalCount..<(sig.positionalCount + sig.keywordOnlyCount)
        var slot = kwOnly.upperBound
        if sig.hasVarArgs {
            if let tuple = value(slot)?.object as? PyTuple { parts += tuple.items.map(short) }
            slot += 1
        }
        parts += kwOnly.compactMap { k in value(k).map { sig.names[k] + "=" + short($0) } }
        if sig.hasVarKeywords, let dict = value(slot)?.object as? PyDict {
            parts += dict.entries.map { Repr.str($0.key) + "=" + short($0.value) }
        }
        return code.qualifiedName + "(" + parts.joined(separator: ", ") + ")"
    }
}
