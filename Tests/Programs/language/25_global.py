# Global statement: reading vs rebinding module globals from functions, shadowing, mutation without global
counter = 0
config = {'debug': False}
items = []

def bump():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

def shadow():
    counter = -1
    return counter

def mutate():
    items.append(len(items))
    config['debug'] = not config['debug']

print(bump(), bump(), read_only(), shadow(), counter)
mutate()
mutate()
mutate()
print(items, config)

def create_global():
    global created
    created = "made inside"
create_global()
print(created)

def reset():
    global counter, items
    counter = 0
    items = ['fresh']
reset()
print(counter, items)

total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
        print("running total", total)
add_all(1, 2, 3)
print(total)

def uses_before_assignment():
    try:
        print(counter)
        counter = 5
    except NameError as e:
        print(type(e).__name__, "caught")
        return "unbound local"
print(uses_before_assignment())

x = "module"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed by inner"
        return x
    r = inner()
    return r, x
print(outer(), x)

calls = 0
def counter_calls(n):
    global calls
    for _ in range(n):
        calls += 1
    return calls
print(counter_calls(3), counter_calls(2), calls)
