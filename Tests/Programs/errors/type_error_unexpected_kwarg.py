# TypeError from a call with an unexpected keyword argument (misspelt parameter name)
def repeat(word, count=1):
    return word * count

print(repeat("ab", count=2))
print(repeat("ab", cont=2))
