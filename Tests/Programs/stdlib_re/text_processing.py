"""Everyday text clean-up with re: case conversion, whitespace, markup, word statistics."""
import re

def snake_case(name):
    name = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name).lower()

def camel_case(name):
    return re.sub(r'_+([a-z0-9])', lambda m: m.group(1).upper(), name)

for n in ['CamelCase', 'getHTTPResponseCode', 'HTTPServer2Go', 'already_snake']:
    print(n, '->', snake_case(n), '->', camel_case(snake_case(n)))

messy = '  Lots   of\t\tspace\n\n\nand   lines  '
print(repr(re.sub(r'\s+', ' ', messy).strip()))
print(repr(re.sub(r'\n{2,}', '\n', messy)))
print(re.split(r'\s+', messy.strip()))

html = '<p>Hello <b>bold</b> and <i>italic</i> <a href="https://x.org/a?b=1">link</a></p>'
print(re.findall(r'<(\w+)', html))
print(re.findall(r'<.*>', html)[0][:20], re.findall(r'<.*?>', html)[:3])
print(re.sub(r'<[^>]+>', '', html))
print(re.findall(r'href="([^"]*)"', html))
print(re.sub(r'<(/?)b>', r'<\1strong>', html))

# Word frequencies, case-insensitively, ignoring punctuation.
poem = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs! Quick, quick: the end."""
counts = {}
for word in re.findall(r"[a-z']+", poem.lower()):
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(len(re.findall(r'^The', poem, re.M)), len(re.findall(r'^The', poem)))
print(re.findall(r'\w+(?=[.;!])', poem))
print([m.span() for m in re.finditer(r'\bquick\b', poem, re.I)])

# Key/value configuration with comments and continuation.
config = """
# server settings
host = example.org
port=8080
  debug =  true   # inline comment
name = "My App"
"""
settings = {}
for m in re.finditer(r'^\s*(?P<key>\w+)\s*=\s*(?P<value>"[^"]*"|[^#\n]*?)\s*(?:#.*)?$', config, re.M):
    settings[m['key']] = m['value'].strip('"')
print(settings)

# Numbers with thousands separators and signs.
amounts = 'Paid 1,234.50 then -99 and +3,000,000; refund (12.5)'
print(re.findall(r'[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?', amounts))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', '1234567 and 89 and 1000'))

# Unicode text: \w and \d are Unicode-aware; ASCII narrows them.
greek = 'Καλημέρα κόσμε 123 ٤٥٦ naïve café'
print(re.findall(r'\w+', greek))
print(re.findall(r'\w+', greek, re.ASCII), re.findall(r'\d+', greek), re.findall(r'(?a)\d+', greek))
print(re.findall(r'(?i)CAFÉ|NAÏVE', greek))
german = 'Die STRASSE, die Straße, die STRAẞE; ſtraße im Fraktursatz'
print(re.findall(r'(?i)stra(?:ß|ss)e', german), re.findall(r'(?i)\bs\w+', german))
print(re.findall(r'(?i)[a-zß]+', german), re.sub(r'(?i)STRASSE', 'Weg', german))

# Lazy, atomic and possessive quantifiers, conditionals.
print(re.match(r'(a+?)(a*)', 'aaaa').groups(), re.match(r'(a{2,3}?)(.*)', 'aaaa').groups())
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'a*+b', 'aab'))
quoted = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, bool(quoted.match(s)))

# Many substitutions at once via a dict and an alternation.
swap = {'cat': 'dog', 'dog': 'cat', 'mouse': 'elephant'}
pattern = re.compile('|'.join(map(re.escape, sorted(swap, key=len, reverse=True))))
print(pattern.sub(lambda m: swap[m.group(0)], 'The cat chased the dog which feared the mouse.'))
print(pattern.subn(lambda m: swap[m[0]].upper(), 'cat cat dog', 2))

# Long subjects: the matcher keeps its choices on a stack of its own, not the native one.
big = 'ab' * 50_000 + 'c'
print(re.match(r'(?:a|b)*c', big).end(), re.match(r'(a|b)*c', big).span(1), len(re.findall(r'ab', big)))
print(re.search(r'(?<=b)c$', big).start(), re.fullmatch(r'(?:(?:ab)+)+c', big) is not None)
