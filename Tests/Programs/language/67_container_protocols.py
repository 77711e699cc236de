# Container protocols: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__, slicing
class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self._songs = list(songs or [])

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name} (part)", self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, song):
        self._songs[index] = song

    def __delitem__(self, index):
        del self._songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs})"


mix = Playlist("Road trip", ["Africa", "Hey Jude", "Bohemian Rhapsody", "Wonderwall"])
print(len(mix), mix[0], mix[-1], mix[1:3])
mix[1] = "Let It Be"
del mix[0]
print(mix, "wonderwall" in mix, "Africa" in mix, "Yesterday" not in mix)
for number, song in enumerate(mix, 1):
    print(number, song)
print(list(mix), sorted(mix), ", ".join(mix), max(mix, key=len))
print(bool(mix), bool(Playlist("empty")), "empty" if not Playlist("x") else "full")
try:
    mix[10]
except IndexError as e:
    print("IndexError:", e)


class Grid:
    def __init__(self, width, height, fill=0):
        self.width, self.height = width, height
        self.cells = {}
        self.fill = fill

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise KeyError(pos)
        return self.cells.get(pos, self.fill)

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __len__(self):
        return self.width * self.height


g = Grid(3, 2)
g[0, 1] = "X"
g[2, 0] = "O"
print(g[0, 1], g[2, 0], g[1, 1], len(g))
try:
    g[5, 5]
except KeyError as e:
    print("KeyError:", e)


class Squares:
    """Iterable through __getitem__ alone: iteration stops at IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), sum(Squares(4)))
a, b, c = Squares(3)
print(a, b, c)


class Flags:
    def __init__(self, **flags):
        self.flags = flags

    def __bool__(self):
        return any(self.flags.values())


print(bool(Flags(a=False)), bool(Flags(a=False, b=True)), [x.flags for x in [Flags(), Flags(z=1)] if x])


class NotIterable:
    pass


for action in [lambda: len(NotIterable()), lambda: NotIterable()[0], lambda: list(NotIterable()), lambda: 1 in NotIterable()]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
