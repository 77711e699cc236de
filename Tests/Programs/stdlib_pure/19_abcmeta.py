from abc import ABCMeta, abstractmethod


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

    def twice(self):
        return self.run() * 2


class Impl(Base):
    def run(self):
        return 21


class Half(Base):
    pass


print(Impl().twice(), type(Base).__name__, type(Impl).__name__, sorted(Half.__abstractmethods__))
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)


class Plain(metaclass=type):
    pass


print(Plain, type(Plain))
