# Uncaught ValueError from a %-format template with an unknown conversion character
rows = [("alpha", 3), ("beta", 12)]
for name, count in rows:
    print("%-8s %3d" % (name, count))
print("%-8s %3y" % ("gamma", 7))
