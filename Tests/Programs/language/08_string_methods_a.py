# String methods A: join split rsplit strip lstrip rstrip upper lower title capitalize replace
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"))
print("a b  c\td\n".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("  lead and trail  ".split(" "))
print("".split(), "".split(","))
print("one two three four".split(None, 2))
print("a-b-c-d".rsplit("-", 1), "a-b-c-d".rsplit("-"), "a b c".rsplit())
print("k=v=w".split("="), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "..a.b..".lstrip("."), "..a.b..".rstrip("."))
print(repr("\t\n spaced \n".strip()))
print("Hello".upper(), "Hello".lower(), "MiXeD 123".upper(), "MiXeD 123".lower())
print("hello world".title(), "HELLO WORLD".title(), "it's a dog's life".title())
print("hello world".capitalize(), "hELLO".capitalize(), "123abc".capitalize(), "".capitalize())
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "a.b.c".replace(".", ". "))
words = "the quick brown fox jumps over the lazy dog".split()
print(words)
print(len(words), " ".join(w.capitalize() for w in words))
print("_".join(w.upper() for w in words if len(w) > 3))
line = "  name : Ada Lovelace  "
key, value = line.split(":")
print(repr(key.strip()), repr(value.strip()))
csv = "1,2,3\n4,5,6\n7,8,9"
for row in csv.split("\n"):
    nums = [int(x) for x in row.split(",")]
    print(nums, sum(nums))
path = "/usr/local/bin/python"
print(path.split("/"), path.rsplit("/", 1)[-1])
s = "Mississippi"
print(s.lower().replace("ss", "SS"), s.upper().split("I"))
print("a\tb".split("\t"), "x".join(["1", "2"]))
print("  multiple   spaces   here ".split())
print("ABC".lower().upper().title())
t = "snake_case_name"
parts = t.split("_")
print(parts[0] + "".join(p.capitalize() for p in parts[1:]))
print("-".join(str(i) for i in range(5)))
print("1 2 3".split(" ", 0), "a b".split(maxsplit=1))
