"""A nightly job summarises its workers' results in a wrapped, indented plain-text report."""
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor

USAGE = """
    usage: nightly [--workers N] [--dry-run]

      Runs every queued job on a pool of workers
    \tand mails a plain-text summary.
"""

lock = threading.Lock()
notes = []


def check(name):
    detail = (f"{name}: the well-known state-of-the-art check ran against the read-only replica, "
              f"compared {len(name) * 1234} rows--no mismatches--and finished.  Next run is tomorrow.")
    with lock:
        notes.append((name, detail))
    return len(detail)


with ThreadPoolExecutor(max_workers=3) as pool:
    sizes = list(pool.map(check, ["orders", "customers", "inventory", "shipping-labels"]))

print(textwrap.dedent(USAGE).strip())
print(sizes)
for name, detail in sorted(notes):
    print(textwrap.fill(detail, width=48, initial_indent="- ", subsequent_indent="  "))
    print(textwrap.shorten(detail, width=60))
    print(textwrap.shorten(detail, width=40, placeholder=" (more)"))

wrapper = textwrap.TextWrapper(width=30, max_lines=3, fix_sentence_endings=True, break_on_hyphens=False)
for name, detail in sorted(notes)[:2]:
    print(wrapper.wrap(detail))
print(textwrap.wrap("averyveryverylongidentifier_without_breaks and more", 12, break_long_words=False))
print(textwrap.wrap("  leading and  trailing   ", 10, drop_whitespace=False))
print(textwrap.fill("col1\tcol2\tcol3 tabs expand", 20, tabsize=4))
print(textwrap.indent("first\n\nsecond\n  third\n", "| "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")
print(repr(textwrap.dedent("\t  x\n\t  y\n\n\t    z\n")))
print(repr(textwrap.dedent("  mixed\n\tindent\n")))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", width=3)
except ValueError as e:
    print("ValueError:", e)
