class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


items = ["a", "b", "c", "d"]
print(items[Slot(1)], items[Slot(-1)], items[Slot(1):Slot(3)], "hello"[Slot(0)], (1, 2, 3)[Slot(2)])
print(list(range(Slot(3))), hex(Slot(255)), bin(Slot(5)), b"xyz"[Slot(1)], bytes(Slot(2)))
items[Slot(0)] = "z"
print(items)


class Bad:
    def __index__(self):
        return "no"


try:
    items[Bad()]
except TypeError as e:
    print(e)
