"""Case mappings and letter tests over every code point of the Basic Multilingual Plane, summarised per block
of 4096 code points as (length, sum of code points) of the results, plus the special cases text shows."""

CHARS = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
BLOCK = 4096


def digest(pieces):
    text = "\x00".join(pieces)
    return len(text), sum(map(ord, text))


def summary(name, results):
    blocks = [digest(results[start:start + BLOCK]) for start in range(0, len(results), BLOCK)]
    print(name, blocks)


for method in (str.lower, str.upper, str.title, str.casefold, str.swapcase, str.capitalize):
    summary(method.__name__, list(map(method, CHARS)))
for test in (str.isalpha, str.isupper, str.islower, str.istitle, str.isalnum, str.isdigit, str.isdecimal,
             str.isnumeric, str.isspace, str.isidentifier, str.isprintable):
    summary(test.__name__, ["1" if flag else "" for flag in map(test, CHARS)])

for word in ["straße", "ǅemal", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁre ﬂy", "ǉubljana ǌegoš", "ὈΔΥΣΣΕΎΣ", "ŉ", "ΐ"]:
    print(word, word.lower(), word.upper(), word.title(), word.casefold(), word.swapcase(), word.capitalize(),
          [len(f(word)) for f in (str.lower, str.upper, str.title, str.casefold)], word.isalpha(), word.istitle())
