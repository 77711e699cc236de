# Uncaught KeyError from a missing dict key inside a function
def lookup(table, key):
    return table[key]

ages = {"ann": 31, "bob": 42}
print(lookup(ages, "ann"))
print(lookup(ages, "carol"))
