# String processing: caesar cipher, palindromes, anagrams, vowel counts, word wrapping, title-casing table
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3), caesar(msg, 26) == msg, caesar("abc", -1))

def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalpha())
    return cleaned == cleaned[::-1]
for p in ["Racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(p), is_palindrome(p))

def anagram_key(w):
    return "".join(sorted(w.lower()))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(anagram_key(w), []).append(w)
for key, members in groups.items():
    print(key, members)

text = "The quick brown fox jumps over the lazy dog"
vowels = {v: text.lower().count(v) for v in "aeiou"}
print(vowels, sum(vowels.values()))
print(len(set(text.lower().replace(" ", ""))) == 26)

def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = current + " " + word if current else word
    if current:
        lines.append(current)
    return lines
for line in wrap(text + " and then keeps running around the field", 16):
    print("|" + line.ljust(16) + "|")

def count_words(s):
    counts = {}
    for w in s.lower().split():
        w = w.strip(".,!?;:'\"")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts
print(count_words("It's a test. A TEST, it's! Is it? a"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
s = "a1b22c333"
digits = "".join(c for c in s if c.isdigit())
letters = "".join(c for c in s if c.isalpha())
print(digits, letters, int(digits) % 1000)
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate("alternating case")))
print("-".join(text.split()[::-1][:4]).title())
