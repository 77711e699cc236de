# SyntaxError: unterminated string literal
print("this line must not run")
greeting = "hello
print(greeting)
