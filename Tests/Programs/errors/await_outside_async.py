# SyntaxError: 'await' outside async function (inside a plain def)
def fetch():
    return 1

def main():
    value = await fetch()
    return value
