# SyntaxError: unbalanced parenthesis ('(' was never closed)
print("this line must not run")
total = (1 + 2 * (3 + 4)
print(total)
