import BigInt

/// How `random.seed(a)` and `setstate` set a generator, with CPython 3.11's checks and messages: an int seeds
/// from the 32-bit words of its magnitude, `None` from the run's `--seed`, any other value from its hash;
/// text seeds from its bytes and their SHA-512 digest (`version=2`) or from the old string hash (`version=1`).
enum RandomSeeding {
    static func twister(_ a: Value, vm: VM) throws -> MersenneTwister {
        switch a {
        case .none: return MersenneTwister(seed: vm.seed)
        case .int(let i): return MersenneTwister(seed: i)
        case .object(let o as PyBigInt): return MersenneTwister(key: words(o.value.magnitude))
        case .float(let d): return MersenneTwister(key: words(hashWord(CPythonHash.float(d, identity: 0))))
        default: return MersenneTwister(key: words(hashWord(try Hashing.hash(a))))
        }
    }

    /// A hash as the unsigned word CPython seeds from (`(size_t)hash`).
    private static func hashWord(_ h: Int) -> BigUInt {
        BigUInt(UInt64(bitPattern: Int64(h)))
    }

    /// The 32-bit words of `n`, least significant first.
    private static func words(_ n: BigUInt) -> [UInt32] {
        var key: [UInt32] = []
        for word in n.words {
            key.append(UInt32(truncatingIfNeeded: word))
            key.append(UInt32(truncatingIfNeeded: UInt64(word) >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        return key
    }

    /// `setstate(state)` for the generator's part of a state: 624 words and a position.
    static func restore(_ twister: inout MersenneTwister, from state: Value) throws {
        guard let tuple = state.asTuple else { throw PyError.type("state vector must be a tuple") }
        guard tuple.items.count == MersenneTwister.stateWords + 1 else {
            throw PyError.value("state vector is the wrong size")
        }
        var words: [UInt32] = []
        for item in tuple.items.dropLast() {
            guard let n = item.bigInt else {
                throw PyError.type("'\(TypeOf.name(item))' object cannot be interpreted as an integer")
            }
            guard n >= 0 else { throw PyError(ExceptionTypes.overflowError, "can't convert negative int to unsigned") }
            words.append(UInt32(truncatingIfNeeded: n.magnitude.words.first ?? 0))
        }
        let index = try Arguments.int(tuple.items[MersenneTwister.stateWords])
        guard (0...MersenneTwister.stateWords).contains(index) else { throw PyError.value("invalid state") }
        twister.restore(words: words, index: index)
    }

    /// `seed(text)`, version 2: the int whose big-endian bytes are the text's UTF-8 and then their SHA-512.
    static let digestSeed = VM.function("random", "_digest_seed") { _, args, _ in
        let bytes = try octets(args[0])
        let value = (bytes + SHA512.digest(bytes)).reduce(BigUInt(0)) { $0 << 8 | BigUInt($1) }
        return .integer(BigInt(value))
    }

    /// `seed(text, version=1)`: Python 2's string hash of the text's characters (bytes as Latin-1).
    static let legacySeed = VM.function("random", "_legacy_seed") { _, args, _ in
        let codes: [UInt64]
        if let s = args[0].asStr { codes = s.value.unicodeScalars.map { UInt64($0.value) } } else {
            codes = try octets(args[0]).map(UInt64.init)
        }
        var x: UInt64 = codes.first.map { $0 << 7 } ?? 0
        for code in codes { x = (1_000_003 &* x) ^ code }
        return .integer(BigInt(x ^ UInt64(codes.count)))
    }

    private static func octets(_ v: Value) throws -> [UInt8] {
        if let s = v.asStr { return Array(s.value.utf8) }
        guard let b = v.object as? PyBytes else { throw PyError.type("expected str or bytes, not \(TypeOf.name(v))") }
        return b.data
    }
}
