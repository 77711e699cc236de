data = b'hello world'
print(data, len(data), data[0], data[-1], data[1:5], data[::-1])
print(b'it\'s', b"say \"hi\"", b'\x00\x7f\x80\xff\t\n\r\\', b'both \' and "')
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('héllo', 'utf-8'), bytes())
print('héllo €'.encode(), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
print(b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
print(b'\xff abc'.decode('utf-8', 'replace'), b'\xff abc'.decode('utf-8', 'ignore'))
for bad in (b'\xff', b'\xe2\x82', b'\xe2\x28\xa1', b'abc\x80'):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    '€€x'.encode('latin-1')
except UnicodeError as e:
    print(type(e).__name__, e)
print(b'ab' + b'cd', b'ab' * 3, 3 * b'x', b'' * 5)
print(b'b' in b'abc', 98 in b'abc', b'bd' in b'abc', b'' in b'abc')
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc')
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
print(b'a,b,,c'.split(b','), b'  a  b '.split(), b'a b c'.split(maxsplit=1), b'a,b,c'.rsplit(b',', 1))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'-'.join([b'a', b'b', bytearray(b'c')]))
print(b'hello'.upper(), b'HeLLo'.lower(), b'abc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.count(b'l'), b'hello'.index(b'e'), b'hello'.find(b'z'))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'123'.isdigit(), b'abc'.isalpha())
print(b'\xde\xad\xbe\xef'.hex(), b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), bytes.fromhex('de ad BE ef'))
print(b'a\nb\r\nc'.splitlines(), b'a\nb\r\nc'.splitlines(True), b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='))
print(list(b'abc'), [x for x in b'\x01\x02'], bool(b''), bool(b'\x00'), str(b'x'), repr(b"'"))
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
ba += b'!'
print(ba, len(ba), ba.pop(), ba)
ba[1:3] = b'EY'
del ba[0]
print(ba, bytes(ba), bytearray(3), bytearray([1, 2]), isinstance(ba, bytearray), isinstance(b'', bytes))
print(type(b''), type(ba), type(b'').__name__)
print(f"{b'ab'}", '%s %r' % (b'x', b'y'), '{}'.format(b'z'))
x = b'abc' b'def'
print(x, sorted(b'cab'), max(b'az'), b'%', bytes(b'copy'))
for bad in (lambda: b'a' + 'b', lambda: 'a' in b'abc', lambda: b'abc'[5], lambda: bytearray(b'a')[9],
            lambda: bytes([256]), lambda: bytes('x'), lambda: hash(bytearray()), lambda: b'x'[str('a')],
            lambda: bytes.fromhex('zz'), lambda: b'a'.decode('nope'), lambda: bytes(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def f():
    b = b'x'
    b[0] = 1
try:
    f()
except TypeError as e:
    print(e)


def kind(message: bytes) -> str:
    match message:
        case b'PING':
            return 'ping'
        case b'':
            return 'empty'
        case _:
            return 'data ' + message.decode()


print([kind(m) for m in (b'PING', b'', b'xyz')], {b'a', b'a', bytes(b'a')})
