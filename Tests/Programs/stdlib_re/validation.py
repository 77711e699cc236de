"""Validating input, reporting bad patterns, and the flags and reprs of compiled patterns."""
import re

EMAIL = re.compile(r'^[\w.+-]+@(?:[a-z\d-]+\.)+[a-z]{2,}$', re.IGNORECASE)
for address in ['bob@example.com', 'Alice.Smith+tag@Mail.Example.ORG', 'no-at-sign.com', 'x@y', 'a b@c.io']:
    print(f'{address!r:40} {"valid" if EMAIL.match(address) else "invalid"}')

# Passwords: lookaheads for each rule, fullmatch for the length.
STRONG = re.compile(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\w\s])\S{8,64}')
for pw in ['hunter2', 'Hunter2!', 'correct horse', 'P@ssw0rd', 'Aa1!' * 20]:
    print(pw[:12], bool(STRONG.fullmatch(pw)))

DATE = re.compile(r'(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])')
for text in ['2026-12-07', '2026-13-01', 'due 2027-02-28!', '2026-1-1']:
    m = DATE.search(text)
    print(text, '->', m and m.groupdict())
print(DATE.sub(r'\g<day>/\g<month>/\g<year>', 'from 2026-12-07 to 2027-01-15'))
print(DATE.sub(r'\3.\2.\1', 'from 2026-12-07 to 2027-01-15', count=1))

# Phone numbers in several spellings, normalised.
PHONE = re.compile(r'\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})\b')
for raw in ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234']:
    print(raw, '->', PHONE.sub(r'\1-\2-\3', raw))

# Repeated words, with a backreference and IGNORECASE.
text = 'This is is a test of the The repeated word word finder.'
print(re.findall(r'\b(\w+)\s+\1\b', text, re.I))
print(re.sub(r'\b(\w+)(\s+\1\b)+', r'\1', text, flags=re.IGNORECASE))

# Flags: values, combinations and reprs.
print(re.I, re.M, re.S | re.X, re.IGNORECASE | re.MULTILINE, int(re.A | re.I))
print(repr(re.compile(r'\d+')), repr(re.compile('x', re.I | re.S)), re.compile('(?im)^a').flags)
print(re.compile('a', re.A).flags, re.compile('a').flags == re.U, re.compile('(?x) a b').pattern)
print(repr(re.compile('x', re.A | re.I | re.M)), re.A | re.I | re.M, repr(re.compile('(?u)x')))
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I))
print(re.compile(r'(?P<key>\w+)=(?P<value>.*)').groupindex)
print(re.match('a', 'a').re, re.match('a', 'xa'), re.search('a', 'xa').string)

# Bad patterns: the message, the position and where it is.
for pattern in ['(unclosed', '*star', 'a{3,2}', '[z-a]', r'(?P<n>x)(?P<n>y)', 'ab\ncd)', r'\p', '(?<=a+)b']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(f'{pattern!r}: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}')

# Replacement templates that are wrong.
for template in [r'\2', r'\g<name>', r'\g<1', r'\q']:
    try:
        re.sub('(a)', template, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

print(re.escape('1.5*(x+y) [ok]? $5 ^_^ a|b'), re.escape('path/to/file-name_v2'))
literal = 'price (USD): $4.99'
print(re.findall(re.escape('$4.99'), literal), re.search(re.escape('(USD)'), literal).span())

# Match objects: groups, defaults, spans and truthiness.
m = re.match(r'(\w+)@(\w+)(\.com)?', 'user@host')
print(m, m.groups(), m.groups('.org'), m.span(3), m.start(2), m.end(), m[1], m.group(1, 2))
print(m.lastindex, m.pos, m.endpos, m.regs, m.expand(r'\2 <- \1'))
if m:
    print('matched', len(m.group()))
try:
    m.group(4)
except IndexError as e:
    print('IndexError', e)
print(re.compile(r'\d+').search('abc 123 def 456', 5), re.compile(r'\d+').match('abc 123', 4, 6))
