"""Abstract shapes with the deprecated abc decorators and update_abstractmethods; warnings captured by logging."""
import abc
class Shape(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def unit(): ...
    @abc.abstractproperty
    def area(self): ...
    @abc.abstractmethod
    def draw(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def unit(): return 1
    @property
    def area(self): return 4
    def draw(self): return "[]"
print(Square.make().area, Square.unit(), Square().draw(), sorted(Shape.__abstractmethods__))
class Late(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Late):
    pass
Impl.run = lambda self: "ran"
abc.update_abstractmethods(Impl)
print(Impl().run(), Impl.__abstractmethods__)
import logging, sys, warnings
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
logging.captureWarnings(True)
warnings.warn("disk almost full")
warnings.warn("old api", DeprecationWarning)
logging.captureWarnings(False)
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("shown:", c.__name__, m)
warnings.warn("back to warnings")
print(logging.getLogger("py.warnings").handlers)
