# A small command interpreter built on match statements.

inventory = {"lamp": 1}
position = [0, 0]
log = []


def execute(command):
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are at {tuple(position)}, carrying {sorted(inventory)}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            dx, dy = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[direction]
            position[0] += dx
            position[1] += dy
            return f"you walk {direction}"
        case ["go", other]:
            return f"you can't go {other}"
        case ["take", item] if item in inventory:
            inventory[item] += 1
            return f"another {item}"
        case ["take", item]:
            inventory[item] = 1
            return f"taken: {item}"
        case ["take", first, *rest]:
            for item in [first, *rest]:
                inventory[item] = inventory.get(item, 0) + 1
            return f"taken {1 + len(rest)} things"
        case ["drop", item] if inventory.get(item, 0) > 0:
            inventory[item] -= 1
            if inventory[item] == 0:
                del inventory[item]
            return f"dropped {item}"
        case ["drop", _]:
            return "you don't have that"
        case ["quit" | "exit"]:
            return None
        case [verb, *args]:
            return f"unknown command {verb!r} with {len(args)} argument(s)"


script = """
look
go north
go north
go up
take key
take key
take rope torch
drop lamp
drop lamp
look
dance wildly now

quit
look
"""

for line in script.strip("\n").split("\n"):
    reply = execute(line)
    if reply is None:
        print("> " + line + "\nbye")
        break
    print(f"> {line}\n{reply}")


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click outside"
        case {"type": "click", "pos": (x, y), **extra}:
            return f"click at {x},{y} extra={extra}"
        case {"type": "key", "key": str(key)} if len(key) == 1:
            return f"key {key!r}"
        case {"type": "key", "key": key}:
            return f"special key {key}"
        case {"type": kind}:
            return f"unhandled {kind}"
        case _:
            return "not an event"


for event in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [-1, 2]},
              {"type": "click", "pos": (1, 1), "button": "left", "double": True},
              {"type": "key", "key": "q"}, {"type": "key", "key": "Escape"},
              {"type": "scroll"}, ["type", "click"], 42]:
    print(handle(event))
