"""Parse an access log with a verbose pattern and named groups, then summarise it."""
import re

LOG = """\
192.168.1.10 - - [07/Dec/2026:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.0.7 - alice [07/Dec/2026:10:15:40 +0000] "POST /api/login HTTP/1.1" 302 0 "https://example.com/" "curl/8.1"
192.168.1.10 - - [07/Dec/2026:10:16:01 +0000] "GET /static/app.js?v=3 HTTP/1.1" 304 - "-" "Mozilla/5.0"
garbage line that does not parse
172.16.4.2 - bob [07/Dec/2026:10:17:12 +0000] "DELETE /api/items/42 HTTP/2.0" 404 153 "-" "python-requests/2.31"
10.0.0.7 - alice [07/Dec/2026:10:18:59 +0000] "GET /api/items?page=2&size=50 HTTP/1.1" 200 2048 "-" "curl/8.1"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})          # client address
    \s-\s(?P<user>\S+)\s                        # ident is always '-'
    \[(?P<day>\d{2})/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4})
      :(?P<time>\d{2}:\d{2}:\d{2})\s[+-]\d{4}\]
    \s"(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s(?P<proto>HTTP/[\d.]+)"
    \s(?P<status>\d{3})\s(?P<size>\d+|-)
    (?:\s"(?P<referer>[^"]*)"\s"(?P<agent>[^"]*)")?$
""", re.VERBOSE | re.MULTILINE)

print(LINE.groups, sorted(LINE.groupindex))
print(LINE.flags & re.VERBOSE == re.VERBOSE, bool(LINE.flags & re.MULTILINE))

records = []
for m in LINE.finditer(LOG):
    records.append(m.groupdict())
    print(m.start(), m.group('ip', 'method', 'status'), m.lastgroup, m.lastindex)

print(len(records), 'parsed of', len(LOG.splitlines()), 'lines')
bad = [line for line in LOG.splitlines() if not LINE.match(line)]
print('unparsed:', bad)

by_status = {}
for r in records:
    by_status.setdefault(r['status'][0] + 'xx', []).append(r['path'])
for k in sorted(by_status):
    print(k, by_status[k])

total = sum(int(r['size']) for r in records if r['size'] != '-')
print('bytes sent:', total)

for r in records:
    if r['query']:
        params = dict(re.findall(r'(\w+)=([^&]*)', r['query']))
        print(r['path'], params)

first = LINE.search(LOG)
print(first)
print(first.span('time'), first['user'], first.group(0) == LOG.splitlines()[0])
print(first.groups()[:4])

# Which users appear, and on which lines (MULTILINE anchors).
users = re.findall(r'^\S+ - (\w+) ', LOG, re.M)
print(users, sorted(set(users)))
print(re.findall(r'^(\d+)\.', LOG, flags=re.MULTILINE))

# Redact addresses: keep the first octet only.
redacted = re.sub(r'\b(\d{1,3})(?:\.\d{1,3}){3}\b', r'\1.x.x.x', LOG)
print(redacted.splitlines()[1])
count = re.subn(r'"(GET|POST)', r'"\1!', LOG)[1]
print('methods marked:', count)

# Time stamps to seconds since midnight with a callback.
def seconds(m):
    h, mnt, s = (int(g) for g in m.groups())
    return str(h * 3600 + mnt * 60 + s)

print(re.sub(r'(\d{2}):(\d{2}):(\d{2})', seconds, '10:15:32 then 10:18:59'))
