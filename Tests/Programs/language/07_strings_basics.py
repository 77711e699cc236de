# String basics: concatenation, repetition, indexing, len, iteration, immutability, ord/chr
s = "Hello, World"
print(s, len(s))
print(s[0], s[-1], s[7], s[-5])
print(s + "!", s * 2, 3 * "ab", "x" * 0, "y" * -1)
for ch in "abc":
    print(ch, ord(ch), chr(ord(ch) + 1))
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('\u00e9'))
print(chr(65), chr(97), chr(48), chr(233), chr(8364))
print(str(42), str(-3.5), str(True), str(None), str([1, 'a']))
print(str("abc"), repr("abc"))
print("abc" == 'abc', "abc" != "abd", "a" + "b" == "ab")
print('caf\u00e9', len('caf\u00e9'), 'caf\u00e9'[3])
t = ""
for i in range(5):
    t += str(i)
    print(t)
t = "-".join(["a", "b", "c"])
print(t)
try:
    s[0] = 'h'
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[100])
except IndexError as e:
    print("IndexError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
count = 0
for ch in s:
    if ch in "aeiouAEIOU":
        count += 1
print("vowels", count)
print(list("hey"), tuple("ab"), sorted("banana"))
print("".join(reversed("stressed")))
print(s[::-1])
rows = ["a\tb", "c\\d", "e'f", 'g"h']
for r in rows:
    print(r, len(r), repr(r))
print(max("hello"), min("hello"), sorted("hello", reverse=True))
print("abc" < "abd" < "b", "10" < "9")
multi = """first
  second
third"""
print(multi)
print(multi.count("\n"), len(multi))
