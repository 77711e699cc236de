# SyntaxError: 'return' outside function
print("this line must not run")
x = 5
return x
