# Module structure: __name__ == "__main__" guard, functions defined before use, main() returning values
print("module level runs first, __name__ is", __name__)

def helper(x):
    return x * 2

def main():
    print("inside main")
    results = [helper(i) for i in range(5)]
    print(results)
    status = summarize(results)
    print("status", status)
    return status

def summarize(values):
    total = sum(values)
    print("total", total, "avg", total / len(values))
    return "ok" if total > 10 else "low"

if __name__ == "__main__":
    print("guard entered")
    outcome = main()
    print("main returned", outcome)
else:
    print("imported, not run")

if __name__ != "__main__":
    print("never printed")
elif __name__ == "__main__" and helper(1) == 2:
    print("elif branch with call")

def later():
    return "defined after guard"
print(later())

def redefined():
    return 1
print(redefined())
def redefined():
    return 2
print(redefined())

def uses_late_global():
    return LATE_VALUE
LATE_VALUE = "bound at call time"
print(uses_late_global())
LATE_VALUE = "rebound"
print(uses_late_global())

name_copy = __name__
print(name_copy == "__main__", type(__name__).__name__, len(__name__))
print(main.__name__, helper.__name__)
if __name__ == "__main__":
    for step in range(3):
        print("second guard block", step)
