# Properties: computed attributes, validation in setters, deleters, read-only properties, property()
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("resetting temperature")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius, vars(t))
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(isinstance(Temperature.fahrenheit, property))


class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @property
    def diameter(self):
        return self._radius * 2


c = Circle(3)
print(c.radius, c.diameter)
for attempt in ["radius", "diameter"]:
    try:
        setattr(c, attempt, 10)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del c.radius
except AttributeError as e:
    print("AttributeError:", e)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    def get_full(self):
        return f"{self.first} {self.last}"

    def set_full(self, value):
        self.first, self.last = value.split(" ")

    full_name = property(get_full, set_full, doc="The person's full name")


p = Person("Grace", "Hopper")
print(p.full_name)
p.full_name = "Ada Lovelace"
print(p.first, p.last, Person.full_name.__doc__)
print(Person.full_name.fget is Person.get_full, Person.full_name.fdel)


class Inventory:
    def __init__(self):
        self.items = {}

    @property
    def total(self):
        return sum(self.items.values())

    @property
    def is_empty(self):
        return not self.items


inv = Inventory()
print(inv.total, inv.is_empty)
inv.items["apples"] = 3
inv.items["pears"] = 4
print(inv.total, inv.is_empty)
