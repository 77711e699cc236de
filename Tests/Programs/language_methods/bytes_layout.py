# Framing binary records the way protocol code does: padding, prefixes, case on ASCII, translation tables.
records = [b"id", b"name", b"x", b"-42", b"+7", b""]
for r in records:
    print(r.center(7, b"*"), r.ljust(5, b"."), r.rjust(5), r.zfill(4), bytearray(r).center(6))
print(b"abc".center(2), bytearray(b"abc").rjust(3, b"-"), b"ab".center(5, bytearray(b"_")))
print(b"GET /index\tHTTP/1.1\r\nHost:\tx".expandtabs(4))
print(b"header:body".removeprefix(b"header:"), bytearray(b"frame.bin").removesuffix(b".bin"),
      b"same".removesuffix(b""), b"abc".removeprefix(b"zz"))
for r in [b"hello world", b"HELLO wORLD", b"123abc", b"they're bill's", b"Hello World", b"Hello world", b""]:
    print(r.capitalize(), r.title(), r.istitle(), bytearray(r).title())
upper = bytes.maketrans(b"abc", b"ABC")
print(len(upper), upper[97:100], b"aabbcc".translate(upper), b"aabbcc".translate(upper, b"b"))
print(b"hello".translate(None, b"l"), bytearray(b"hello").translate(None, delete=b"ho"))
for bad in [lambda: b"x".center(3, b"ab"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"),
            lambda: b"x".removeprefix("x")]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
