# staticmethod and classmethod: alternate constructors, counters per class, utility functions
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class BirthDate(Date):
    def age_in(self, year):
        return year - self.year


d = Date.from_string("2024-02-29")
print(d, Date.epoch(), Date.is_leap(2024), d.is_leap(1900), Date.is_leap(2000))
b = BirthDate.from_string("1990-06-15")
print(b, type(b).__name__, b.age_in(2024))
print(BirthDate.epoch())


class Pizza:
    made = 0

    def __init__(self, toppings):
        self.toppings = toppings
        type(self).made += 1

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.made}"

    @staticmethod
    def describe(toppings):
        return " & ".join(toppings) if toppings else "plain"


class Calzone(Pizza):
    made = 0


Pizza.margherita()
Pizza(["ham"])
Calzone.margherita()
print(Pizza.count(), Calzone.count())
print(Pizza.describe(["olives", "basil"]), Calzone.describe([]))
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["describe"]).__name__)
print(Pizza.margherita.__self__ is Pizza, Calzone.margherita.__self__ is Calzone)


class MathUtils:
    @staticmethod
    def clamp(value, low, high):
        return max(low, min(value, high))

    square = staticmethod(lambda x: x * x)


print(MathUtils.clamp(15, 0, 10), MathUtils().clamp(-3, 0, 10), MathUtils.square(7))


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **options):
        self.options = {**self.defaults, **options}

    @classmethod
    def with_debug(cls, **options):
        return cls(debug=True, **options)


print(Config.with_debug(level=3).options, Config().options)
