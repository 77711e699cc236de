/// The Python source of `uuid`: `UUID` (from hex or int, with version, variant, hex, int, urn, fields), the
/// namespace constants and `uuid4`, whose 128 bits come from the run's seeded Mersenne Twister as
/// `random.getrandbits(128)` would give them (the harness makes CPython's `uuid4` draw the same way); `uuid3` and
/// `uuid5` from the MD5 and SHA-1 of a namespace and a name.
enum UuidSource {
    /// `_random_words()`: four 32-bit words of the run's generator, least significant first.
    static let natives: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("uuid", "_random_words") { vm, _, _ in
            .object(PyTuple((0..<4).map { _ in .int(Int(vm.random.getrandbits(32))) }))
        },
        VM.function("uuid", "_md5") { _, args, _ in .object(PyBytes(NameDigests.md5(try octets(args[0])))) },
        VM.function("uuid", "_sha1") { _, args, _ in .object(PyBytes(NameDigests.sha1(try octets(args[0])))) },
    ])

    private static func octets(_ v: Value) throws -> [UInt8] {
        guard let b = v.object as? PyBytes else {
            throw PyError.type("a bytes-like object is required, not '\(TypeOf.name(v))'")
        }
        return b.data
    }

    static let text = #"""
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class UUID:
    """A 128-bit universally unique identifier, immutable, ordered and hashable by its integer."""
    __slots__ = ('int',)

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=None):
        given = [a for a in (hex, bytes, bytes_le, fields, int) if a is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if bytes_le is not None:
            bytes = _swapped(_sixteen(bytes_le, 'bytes_le'))
        if bytes is not None:
            int = _int.from_bytes(_sixteen(bytes, 'bytes'), 'big')
        if fields is not None:
            int = _from_fields(fields)
        if isinstance(hex, str):
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(digits, 16)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version in (1, 2, 3, 4, 5):
            int = int & ~(0xc000 << 48) | 0x8000 << 48
            int = int & ~(0xf000 << 64) | version << 76
        elif version is not None:
            raise ValueError('illegal version number')
        super().__setattr__('int', int)

    def __setattr__(self, name, value) -> None:
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other) -> bool:
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other) -> bool:
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other) -> bool:
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other) -> bool:
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other) -> bool:
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.int)

    def __int__(self) -> int:
        return self.int

    def __repr__(self) -> str:
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self) -> str:
        h = self.hex
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def fields(self) -> tuple:
        n = self.int
        return (n >> 96, n >> 80 & 0xffff, n >> 64 & 0xffff, n >> 56 & 0xff, n >> 48 & 0xff, n & 0xffffffffffff)

    @property
    def bytes(self) -> "bytes":
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self) -> "bytes":
        return _swapped(self.bytes)

    @property
    def time_low(self) -> int:
        return self.fields[0]

    @property
    def time_mid(self) -> int:
        return self.fields[1]

    @property
    def time_hi_version(self) -> int:
        return self.fields[2]

    @property
    def clock_seq_hi_variant(self) -> int:
        return self.fields[3]

    @property
    def clock_seq_low(self) -> int:
        return self.fields[4]

    @property
    def clock_seq(self) -> int:
        return (self.fields[3] & 0x3f) << 8 | self.fields[4]

    @property
    def time(self) -> int:
        low, mid, high = self.fields[:3]
        return (high & 0x0fff) << 48 | mid << 32 | low

    @property
    def node(self):
        return self.fields[-1]

    @property
    def variant(self) -> str:
        bits = self.int >> 61 & 7
        return (RESERVED_NCS, RESERVED_NCS, RESERVED_NCS, RESERVED_NCS, RFC_4122, RFC_4122, RESERVED_MICROSOFT,
                RESERVED_FUTURE)[bits]

    @property
    def version(self) -> int:
        return self.int >> 76 & 0xf if self.variant == RFC_4122 else None


_int = int
_FIELD_WIDTHS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'), (8, 'an 8-bit'),
                 (48, 'a 48-bit'))


def _sixteen(octets: object, name: str) -> object:
    if len(octets) == 16:
        return octets
    raise ValueError(f'{name} is not a 16-char string')


def _swapped(octets: object) -> object:
    """The byte order of bytes_le: the first three fields little-endian, the rest as they are."""
    return octets[3::-1] + octets[5:3:-1] + octets[7:5:-1] + octets[8:]


def _from_fields(fields: tuple) -> int:
    if len(fields) - 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, (part, (width, label)) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= part < 1 << width:
            raise ValueError(f'field {position} out of range (need {label} value)')
        value = value << width | part
    return value


def uuid3(namespace: UUID, name: str) -> UUID:
    return UUID(bytes=_md5(namespace.bytes + name.encode('utf-8'))[:16], version=3)


def uuid5(namespace: UUID, name: str) -> UUID:
    return UUID(bytes=_sha1(namespace.bytes + name.encode('utf-8'))[:16], version=5)


def uuid4():
    words = _random_words()
    return UUID(int=sum(w << 32 * i for i, w in enumerate(words)), version=4)


NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = (
    UUID(f'6ba7b81{digit}-9dad-11d1-80b4-00c04fd430c8') for digit in '0124')
"""#
}
