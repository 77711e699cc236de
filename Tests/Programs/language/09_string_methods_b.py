# String methods B: startswith endswith find rfind index count center ljust rjust zfill is* splitlines partition
s = "hello world, hello python"
print(s.startswith("hello"), s.startswith("world"), s.endswith("python"), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("on", "zz")))
print(s.find("hello"), s.find("hello", 1), s.find("zzz"), s.rfind("hello"), s.rfind("zzz"))
print(s.find("o"), s.rfind("o"), s.find(""), s.find("o", 5, 8))
print(s.index("world"), s.count("hello"), s.count("o"), s.count("l"), s.count("xyz"))
print("aaaa".count("aa"), "aaaa".count("a"), "abc".count(""))
try:
    s.index("missing")
except ValueError:
    print("ValueError from index")
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, ".") + "]")
print("[" + "ab".rjust(5, "0") + "]", "[" + "toolong".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "12345".zfill(3), "".zfill(2))
for t in ["123", "12a", "", "abc", "ABC", "aBc", "   ", " a ", "\t\n", "A1", "caf\u00e9"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower())
text = "line1\nline2" + chr(13) + "\nline3\n\nline5"
print(text.splitlines())
print("no newline".splitlines(), "".splitlines(), "trailing\n".splitlines())
print("key=value=x".partition("="))
print("novalue".partition("="))
print("a.b.c".partition("."), "abc".partition("abc"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
table = [("apple", 3), ("kiwi", 12), ("banana", 7)]
for name, qty in table:
    print(name.ljust(8) + "|" + str(qty).rjust(4) + "|" + name.center(10, "-"))
filename = "report.final.txt"
if filename.endswith(".txt"):
    print("text file:", filename[:filename.rfind(".")])
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "123".isupper(), "a1".islower())
words = "one Two THREE four".split()
print([w for w in words if w.islower()], [w for w in words if w.isupper()])
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".index("c", 3))
print("x".center(4), "|", "xy".center(5), "|")
