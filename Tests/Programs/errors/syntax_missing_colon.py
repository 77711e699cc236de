# SyntaxError: missing colon after an if condition (nothing runs, no output)
print("this line must not run")
x = 3
if x > 2
    print("big")
