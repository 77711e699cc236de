# Self-documenting f-string fields and \N{...} escapes.
width = 7
price = 3.14159
items = ["a", "b"]
name = "Ada"

print(f"{width=}")
print(f"{price=:.2f}")
print(f"{name=!s} {name=!r} {name = }")
print(f"{width * 2 = }")
print(f"{items[0]=} {len(items)=}")
print(f"{price=:>10.3f}|")
print(f"{'nested'=}")
print(f"{width=}, {price=!s:8}|")
print(f"{width==7=}")
print(f"{(lambda x: x + 1)(width)=}")

print("\N{BULLET} item")
print("\N{greek small letter alpha}\N{GREEK SMALL LETTER BETA}")
print("\N{EURO SIGN}{:.2f}".format(price))
print(f"\N{RIGHTWARDS ARROW} {name}")
print("\N{LATIN SMALL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\N{SNOWMAN}"), "\N{SNOWMAN}" == "\u2603")
print(ascii("\N{NO-BREAK SPACE}"))
