"""Case mappings and character tests over every code point of the Basic Multilingual Plane, summarised per
block of 4096 code points as (length, sum of code points) of the results (of the characters a test accepts),
plus the special cases real text shows: sharp s, final sigma, dotted I, ligatures, titlecase digraphs."""

import re

CHARS = list(map(chr, range(0xD800))) + list(map(chr, range(0xE000, 0x10000)))
BLOCK = 4096


def digest(pieces):
    text = "\x00".join(pieces)
    return len(text), sum(map(ord, text))


def summary(name, pick):
    blocks = [digest(pick(CHARS[start:start + BLOCK])) for start in range(0, len(CHARS), BLOCK)]
    print(name, blocks)


for method in (str.lower, str.upper, str.title, str.casefold, str.swapcase, str.capitalize):
    summary(method.__name__, lambda chars: list(map(method, chars)))
for test in (str.isalpha, str.isupper, str.islower, str.istitle, str.isalnum, str.isdigit, str.isdecimal,
             str.isnumeric, str.isspace, str.isidentifier, str.isprintable):
    summary(test.__name__, lambda chars: list(filter(test, chars)))

for word in ["straße", "ǅemal", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁre ﬂy", "ǉubljana ǌegoš", "ὈΔΥΣΣΕΎΣ", "ŉ", "ΐ"]:
    print(word, word.lower(), word.upper(), word.title(), word.casefold(), word.swapcase(), word.capitalize(),
          [len(f(word)) for f in (str.lower, str.upper, str.title, str.casefold)], word.isalpha(), word.istitle())
print("aΣ".lower(), "aΣb".lower(), "ΑΣ.".lower(), "a'Σ".lower(), "ᾳ".upper(), "ᾳ".title(), "hello wORLD ǆx".title())
for call in (lambda: "x".upper(1), lambda: "x".title(k=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
text = "".join(CHARS)
for pattern in (r"\w", r"\d", r"\s", r"(?i)straße", r"(?i)σ"):
    found = re.findall(pattern, text)
    print(pattern, len(found), sum(map(ord, "".join(found))))
